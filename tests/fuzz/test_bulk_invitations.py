"""Fuzzing the list of cities invited at once: whatever bytes are uploaded or text pasted,
the page answers (never a 500), shows what was sent escaped, and creates no city, invitation
or email before the confirmation; confirmed, it sends exactly the rows it says it sent."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from cities.models import City
from invitations.bulk import COLUMNS
from invitations.models import Invitation, InvitationBatch
from mayors_dialogue.models import Email

from .checks import Outcomes, assert_escaped, counts, rolled_back
from .conftest import FUZZ
from .payloads import ZONES, fuzz_fields, hostile, language

VALID = {
    "city_name": "Kumasi",
    "country": "GH",
    "continent": "africa",
    "timezone": "Africa/Accra",
    "name": "Ama Mensah",
    "email": "ama@kumasi.example.org",
    "language": "fr",
    "message": "Welcome to the dialogue.",
}
HEADERS = [column.english for column in COLUMNS]

row = fuzz_fields(
    VALID,
    country=["XX", "gh", "Ghana", "Gana", "\x00", "=1+1"],
    continent=["mars", "Afrika", "EUROPE"],
    timezone=ZONES,
    email=["a@b", "x@例え.jp", "a@@b.org", "AMA@KUMASI.EXAMPLE.ORG"],
    language=["xx", "EN", "Português", ""],
    city_name=["=HYPERLINK(1)", "@SUM(A1)", "Kumasi", "kumasi"],
)
# Most lists get past the header, so that their rows are checked too.
header = st.one_of(
    st.just(HEADERS),
    st.just(HEADERS),
    st.permutations(HEADERS),
    st.lists(st.one_of(st.sampled_from(HEADERS), hostile), min_size=1, max_size=10),
)


@st.composite
def csv_text(draw) -> str:
    names = draw(header)
    rows = draw(st.lists(row, min_size=1, max_size=6))
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    writer.writerow(names)
    for values in rows:
        cells = [values.get(column.key, "") for column in COLUMNS]
        writer.writerow(cells + draw(st.one_of(st.just([]), st.lists(hostile, max_size=2))))
    return draw(st.sampled_from(["", "\ufeff"])) + stream.getvalue()


content = st.one_of(
    csv_text(),
    csv_text(),
    csv_text().map(str.encode),
    csv_text().map(str.encode),
    st.binary(max_size=400),
    hostile,
)


def test_bulk_invitations(client, admin_user, django_capture_on_commit_callbacks):
    client.force_login(admin_user)
    outcomes = Outcomes()

    @FUZZ
    @given(language=language, as_file=st.booleans(), content=content, confirm=st.booleans())
    def submit(language, as_file, content, confirm):
        with rolled_back(client):
            before = counts(Invitation, City, Email, InvitationBatch)
            if as_file:
                data = content if isinstance(content, bytes) else content.encode("utf-8", "replace")
                sent = {"file": SimpleUploadedFile("cities.csv", data, content_type="text/csv")}
                shown = {}
            else:
                text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
                sent = shown = {"pasted": text}

            response = client.post(f"/{language}/secretariat/invitations/", sent)

            assert response.status_code in (200, 302), response.status_code
            outcomes.saw(accepted=response.status_code == 302)
            after = counts(Invitation, City, Email, InvitationBatch)
            assert {**after, "InvitationBatch": 0} == {**before, "InvitationBatch": 0}
            if response.status_code == 200:
                assert after == before
                assert response.context["form"].errors
                assert_escaped(response, shown)
                return
            batch = InvitationBatch.objects.latest("pk")
            assert response["Location"] == f"/{language}/secretariat/invitations/{batch.pk}/"
            preview = client.get(response["Location"])
            assert preview.status_code == 200
            assert_escaped(preview, {"content": str(content)})
            if not confirm:
                return
            with django_capture_on_commit_callbacks(execute=True):
                done = client.post(f"/{language}/secretariat/invitations/{batch.pk}/confirm/")
            assert done.status_code == 302
            batch.refresh_from_db()
            assert batch.status == "done"
            assert batch.sent_count + batch.skipped_count == batch.row_count
            assert batch.sent_count <= batch.valid_count
            assert Invitation.objects.count() == before["Invitation"] + batch.sent_count
            assert client.get(response["Location"]).status_code == 200

    submit()
    outcomes.assert_both_seen()
