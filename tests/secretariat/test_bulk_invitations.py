"""Inviting several cities at once: reading the file, the preview, confirming, the task and
the result."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cities.enums import CityStatus
from cities.models import City
from invitations.bulk import (
    BULK_INLINE_ROWS,
    BULK_MAX_ROWS,
    bulk_rows_check,
    bulk_rows_read,
    bulk_text_decode,
    invitation_batch_send,
    invitation_batches_resume,
    problem_text,
)
from invitations.enums import BatchStatus
from invitations.models import Invitation, InvitationBatch
from invitations.services import invitation_create
from mayors_dialogue.models import Email
from tests.factories import CityFactory, CityMembershipFactory, UserFactory

HEADER = "city,country,continent,time zone,contact name,email,language,message"
FIVE = "\n".join(
    [
        HEADER,
        "Luanda,AO,africa,Africa/Luanda,Ana Sebastião,ana@luanda.example.org,pt,Bem-vindos",
        "Kumasi,Ghana,Africa,Africa/Accra,Ama Mensah,ama@kumasi.example.org,fr,",
        "Atlantis City,Atlantis,africa,Africa/Dakar,Nemo,nemo@atlantis.example.org,en,",
        "Leipzig,DE,Europa,Europe/Berlin,Jonas Weber,jonas@leipzig.example.org,de,",
        "Kumasi North,GH,africa,Africa/Accra,Ama Mensah,AMA@kumasi.example.org,fr,",
    ]
)
SUBJECT = "Your invitation to the Mayors Dialogue for %(target)s"


def upload(text: str | bytes, name="cities.csv") -> SimpleUploadedFile:
    data = text.encode() if isinstance(text, str) else text
    return SimpleUploadedFile(name, data, content_type="text/csv")


def read(text: str) -> list[dict]:
    return bulk_rows_check(rows=bulk_rows_read(text=text))


def codes(rows) -> dict[int, list[str]]:
    return {row["line"]: [problem["code"] for problem in row["problems"]] for row in rows}


def counts() -> dict:
    return {
        "invitations": Invitation.objects.count(),
        "cities": City.objects.count(),
        "emails": Email.objects.count(),
    }


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def preview(admin_client):
    """The five cities uploaded: a batch in preview."""
    response = admin_client.post("/en/secretariat/invitations/", {"file": upload(FIVE)})
    assert response.status_code == 302
    return InvitationBatch.objects.get()


# Reading


def test_reading_understands_names_in_other_languages_and_codes(db):
    rows = read(FIVE)

    assert [row["values"] for row in rows[:2]] == [
        {
            "city_name": "Luanda",
            "country": "AO",
            "continent": "africa",
            "timezone": "Africa/Luanda",
            "name": "Ana Sebastião",
            "email": "ana@luanda.example.org",
            "language": "pt",
            "message": "Bem-vindos",
        },
        {
            "city_name": "Kumasi",
            "country": "GH",
            "continent": "africa",
            "timezone": "Africa/Accra",
            "name": "Ama Mensah",
            "email": "ama@kumasi.example.org",
            "language": "fr",
            "message": "",
        },
    ]
    assert rows[3]["values"]["continent"] == "europe"  # "Europa", the German label


def test_reading_flags_unknown_country_and_a_repeated_address_naming_the_first_row(db):
    rows = read(FIVE)

    assert codes(rows) == {
        2: [],
        3: [],
        4: ["unknown_country"],
        5: [],
        6: ["duplicate_address"],
    }
    assert rows[4]["problems"] == [{"code": "duplicate_address", "column": "email", "line": 3}]
    assert problem_text(rows[4]["problems"][0]) == "The same address appears in row 3."
    assert problem_text(rows[2]["problems"][0]) == "Unknown country: “Atlantis”"


def test_a_utf8_file_with_byte_order_mark_and_semicolons_is_read(db):
    data = "\ufeff" + FIVE.replace(",", ";").replace("\n", "\r\n")

    rows = bulk_rows_read(text=bulk_text_decode(data=data.encode()))

    assert [row["cells"]["city_name"] for row in rows] == [
        "Luanda",
        "Kumasi",
        "Atlantis City",
        "Leipzig",
        "Kumasi North",
    ]


def test_tabs_pasted_from_a_spreadsheet_are_read_and_columns_may_come_in_any_order(db):
    text = "Email address\tCity name\tCountry\tContinent\tTime zone\tName\tLanguage\n"
    text += "ana@luanda.example.org\tLuanda\tAngola\tÁfrica\tafrica/luanda\tAna\tPortuguês\n"

    (row,) = read(text)

    assert row["problems"] == []
    assert (row["values"]["country"], row["values"]["continent"], row["values"]["timezone"]) == (
        "AO",
        "africa",
        "Africa/Luanda",
    )
    assert row["values"]["language"] == "pt"


def test_a_file_in_another_encoding_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as refused:
        bulk_text_decode(data=FIVE.encode("cp1252"))

    assert refused.value.messages == [
        "The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again."
    ]


def test_utf16_is_refused_as_not_utf8():
    with pytest.raises(ValidationError) as refused:
        bulk_text_decode(data=FIVE.encode("utf-16-le"))

    assert refused.value.code == "not_utf8"


def test_missing_and_extra_columns_are_one_error_naming_them():
    text = "city,country,continent,time zone,email,language,phone\nA,SN,africa,UTC,a@b.org,en,1\n"

    with pytest.raises(ValidationError) as refused:
        bulk_rows_read(text=text)

    assert refused.value.messages == [
        "A column is missing: contact name. A column is not expected: “phone”. The first row "
        "names the columns: city, country, continent, time zone, contact name, email, "
        "language, message."
    ]


def test_a_row_with_more_values_than_columns_is_flagged(db):
    text = HEADER + "\nLuanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,,surplus\n"

    assert codes(read(text)) == {2: ["extra_values"]}


def test_missing_values_and_invalid_zone_language_and_email_are_flagged(db):
    text = HEADER + "\nLuanda,AO,,Mars/Olympus,Ana,ana@,xx,\n"

    (row,) = read(text)

    assert [problem_text(problem) for problem in row["problems"]] == [
        "Missing value: Continent",
        "Not the time zone of a place: “Mars/Olympus” (for example Africa/Dakar)",
        "Not an email address: “ana@”",
        "Not one of en, de, fr, pt: “xx”",
    ]


def test_formulas_in_names_are_flagged_and_a_message_stays_text(db):
    text = HEADER + (
        '\n"=HYPERLINK(""http://x"")",AO,africa,Africa/Luanda,@SUM(A1),a@luanda.example.org,pt,'
        "-Welcome +1\n"
    )

    (row,) = read(text)

    assert [problem["code"] for problem in row["problems"]] == ["formula", "formula"]
    assert problem_text(row["problems"][0]) == (
        'City starts like a spreadsheet formula: “=HYPERLINK("http://x")”. Type the name itself.'
    )
    assert row["values"]["message"] == "-Welcome +1"


def test_too_many_rows_are_refused_naming_the_limit():
    line = "Luanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,"
    text = HEADER + "\n" + "\n".join([line] * 10_000)

    with pytest.raises(ValidationError) as refused:
        bulk_rows_read(text=text)

    assert refused.value.messages == [
        f"There are 10000 rows; at most {BULK_MAX_ROWS} cities can be invited at once. Split "
        "the list into several files."
    ]


def test_empty_rows_are_skipped_and_line_numbers_match_the_spreadsheet(db):
    text = HEADER + "\n,,,,,,,\n\nLuanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,\n"

    (row,) = read(text)

    assert (row["line"], row["problems"]) == (4, [])


def test_an_existing_city_an_invited_address_and_a_member_are_flagged(db, admin_user):
    CityFactory(name_en="Kumasi", name_fr="Koumassi", country="GH")
    city = CityFactory()
    invitation_create(
        invited_by=admin_user,
        email="ana@luanda.example.org",
        name="Ana",
        language="pt",
        role="city_staff",
        city=city,
    )
    CityMembershipFactory(user=UserFactory(email="Jonas@Leipzig.example.org"))
    text = "\n".join(
        [
            HEADER,
            "Luanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,",
            "koumassi,GH,africa,Africa/Accra,Ama,ama@kumasi.example.org,fr,",
            "Leipzig,DE,europe,Europe/Berlin,Jonas,jonas@leipzig.example.org,de,",
            "Kumasi,Gana,africa,Africa/Accra,Kofi,kofi@kumasi.example.org,pt,",
        ]
    )

    assert codes(read(text)) == {
        2: ["already_invited"],
        3: ["city_exists"],
        4: ["member"],
        5: ["city_exists"],
    }


def test_the_same_city_twice_in_the_file_flags_the_later_row(db):
    text = "\n".join(
        [
            HEADER,
            "Luanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,",
            "LUANDA,Angola,africa,Africa/Luanda,Rui,rui@luanda.example.org,pt,",
        ]
    )

    rows = read(text)

    assert codes(rows) == {2: [], 3: ["duplicate_city"]}
    assert problem_text(rows[1]["problems"][0]) == "The same city appears in row 2."


# The pages


def test_uploading_shows_a_preview_and_creates_nothing_else(admin_client, preview):
    response = admin_client.get(f"/en/secretariat/invitations/{preview.pk}/")

    assert response.status_code == 200
    assert counts() == {"invitations": 0, "cities": 0, "emails": 0}
    assert mail.outbox == []
    assert (preview.status, preview.row_count, preview.valid_count) == ("preview", 5, 3)
    assert [row["problems"] for row in response.context["with_problems"]] == [
        ["Unknown country: “Atlantis”"],
        ["The same address appears in row 3."],
    ]
    assert "Send 3 invitations" in response.text


def test_a_file_that_is_not_utf8_is_a_field_error_and_no_batch(admin_client):
    response = admin_client.post(
        "/en/secretariat/invitations/", {"file": upload(FIVE.encode("latin-1"))}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "file": ["The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again."]
    }
    assert InvitationBatch.objects.count() == 0


def test_ten_thousand_rows_are_refused_and_nothing_is_created(admin_client):
    line = "Luanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,"
    data = HEADER + "\n" + "\n".join([line] * 10_000)

    response = admin_client.post("/en/secretariat/invitations/", {"file": upload(data)})

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["file"]
    assert InvitationBatch.objects.count() == 0
    assert counts() == {"invitations": 0, "cities": 0, "emails": 0}


def test_neither_a_file_nor_rows_is_a_field_error(admin_client):
    response = admin_client.post("/en/secretariat/invitations/", {"pasted": "  "})

    assert response.context["form"].errors == {
        "file": ["Upload a CSV file or paste the rows below."]
    }


def test_pasted_rows_are_read_like_a_file(admin_client):
    response = admin_client.post("/en/secretariat/invitations/", {"pasted": FIVE})

    batch = InvitationBatch.objects.get()
    assert response["Location"] == f"/en/secretariat/invitations/{batch.pk}/"
    assert (batch.row_count, batch.valid_count, batch.source) == (5, 3, "")


def test_confirming_sends_each_valid_row_in_its_language(
    admin_client, preview, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")

    assert response["Location"] == f"/en/secretariat/invitations/{preview.pk}/"
    preview.refresh_from_db()
    assert (preview.status, preview.sent_count, preview.skipped_count) == ("done", 3, 2)
    invitations = Invitation.objects.order_by("pk")
    assert [(i.email, i.language, i.invites_city, i.city.status) for i in invitations] == [
        ("ana@luanda.example.org", "pt", True, CityStatus.INVITED),
        ("ama@kumasi.example.org", "fr", True, CityStatus.INVITED),
        ("jonas@leipzig.example.org", "de", True, CityStatus.INVITED),
    ]
    emails = {email.recipient: email for email in Email.objects.all()}
    for address, language, city in [
        ("ana@luanda.example.org", "pt", "Luanda"),
        ("ama@kumasi.example.org", "fr", "Kumasi"),
        ("jonas@leipzig.example.org", "de", "Leipzig"),
    ]:
        with translation.override(language):
            subject = translation.gettext(SUBJECT) % {"target": city}
        assert subject != SUBJECT % {"target": city}
        assert (emails[address].language, emails[address].subject) == (language, subject)
    assert emails["ana@luanda.example.org"].subject == (
        "O seu convite para o Diálogo de Autarcas (Luanda)"
    )
    assert "Bem-vindos" in emails["ana@luanda.example.org"].body_text
    assert len(mail.outbox) == 3


def test_the_result_lists_what_was_sent_and_what_was_skipped(
    admin_client, preview, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")

    response = admin_client.get(f"/en/secretariat/invitations/{preview.pk}/")

    assert [row["shown"]["city_name"] for row in response.context["sent"]] == [
        "Luanda",
        "Kumasi",
        "Leipzig",
    ]
    assert [(row["line"], row["problems"]) for row in response.context["skipped"]] == [
        (4, ["Unknown country: “Atlantis”"]),
        (6, ["The same address appears in row 3."]),
    ]
    assert response.templates[0].name == "secretariat/bulk_done.html"
    csv = admin_client.get(f"/en/secretariat/invitations/{preview.pk}/?format=csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "Row,City,Country,Continent,Time zone,Contact,Email,Language,Message,Result,Reason"
    )
    assert lines[1] == (
        "2,Luanda,Angola,Africa,Africa/Luanda,Ana Sebastião,ana@luanda.example.org,"
        "Português,Bem-vindos,Sent,"
    )


def test_confirming_twice_sends_nothing_twice(
    admin_client, preview, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")
        again = admin_client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")

    assert again["Location"] == f"/en/secretariat/invitations/{preview.pk}/"
    assert (Invitation.objects.count(), Email.objects.count(), len(mail.outbox)) == (3, 3, 3)


def test_a_row_taken_since_the_preview_is_skipped_with_its_reason(
    admin_client, admin_user, preview, django_capture_on_commit_callbacks
):
    CityFactory(name_en="Leipzig", country="DE", timezone="Europe/Berlin")

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")

    preview.refresh_from_db()
    assert (preview.sent_count, preview.skipped_count) == (2, 3)
    assert preview.rows[3]["reason"] == {"code": "city_exists", "column": "city_name"}


def test_a_long_list_is_sent_by_the_task_with_its_progress(
    admin_client, django_capture_on_commit_callbacks
):
    count = BULK_INLINE_ROWS + 40
    lines = [
        f"City {n},SN,africa,Africa/Dakar,Person {n},p{n}@example.org,{'fr' if n % 2 else 'en'},"
        for n in range(count)
    ]
    admin_client.post("/en/secretariat/invitations/", {"pasted": "\n".join([HEADER, *lines])})
    batch = InvitationBatch.objects.get()

    with django_capture_on_commit_callbacks(execute=False) as queued:
        admin_client.post(f"/en/secretariat/invitations/{batch.pk}/confirm/")

    # Nothing is sent before the confirmation commits; then the task does it.
    assert (Invitation.objects.count(), len(queued)) == (0, 1)
    page = admin_client.get(f"/en/secretariat/invitations/{batch.pk}/")
    assert page.templates[0].name == "secretariat/bulk_sending.html"
    assert page["Refresh"] == "5"
    assert "0 of 60 rows done" in page.text
    assert re.search(r'<progress id="bulk-progress"\s+max="60"\s+value="0">', page.text)

    left = invitation_batch_send(batch_id=batch.pk, limit=25)
    batch.refresh_from_db()
    assert (left, batch.processed, batch.status) == (35, 25, BatchStatus.SENDING)
    assert "25 of 60 rows done" in admin_client.get(f"/en/secretariat/invitations/{batch.pk}/").text

    with django_capture_on_commit_callbacks(execute=True):
        queued[0]()  # the task, run eagerly, goes on until every row is done
    batch.refresh_from_db()
    assert (batch.status, batch.sent_count, batch.skipped_count) == ("done", 60, 0)
    assert Invitation.objects.count() == Email.objects.count() == 60


def test_the_task_run_twice_sends_each_row_once(admin_client, django_capture_on_commit_callbacks):
    lines = [f"City {n},SN,africa,Africa/Dakar,P{n},p{n}@example.org,en," for n in range(30)]
    admin_client.post("/en/secretariat/invitations/", {"pasted": "\n".join([HEADER, *lines])})
    batch = InvitationBatch.objects.get()
    with django_capture_on_commit_callbacks(execute=False) as queued:
        admin_client.post(f"/en/secretariat/invitations/{batch.pk}/confirm/")

    with django_capture_on_commit_callbacks(execute=True):
        queued[0]()
        queued[0]()

    assert Invitation.objects.count() == 30


def test_the_preview_is_in_the_readers_language(admin_client, preview):
    response = admin_client.get(f"/fr/secretariat/invitations/{preview.pk}/")

    assert response.status_code == 200
    assert '<html lang="fr">' in response.text
    with translation.override("fr"):
        expected = translation.gettext("Unknown country: “{value}”").format(value="Atlantis")
    assert response.context["with_problems"][0]["problems"] == [expected]


def test_the_upload_page_lists_recent_batches_in_a_fixed_number_of_queries(
    admin_client, admin_user, django_assert_num_queries
):
    def batches(n):
        for _ in range(n):
            InvitationBatch.objects.create(created_by=UserFactory(), rows=[], row_count=0)

    batches(2)
    with django_assert_num_queries(3) as small:
        admin_client.get("/en/secretariat/invitations/")
    batches(8)
    with django_assert_num_queries(len(small.captured_queries)):
        response = admin_client.get("/en/secretariat/invitations/")
    assert len(response.context["batches"]) == 10


@pytest.mark.parametrize("name", ["staff_a", "staff_b", "mayor_a", "partner_staff"])
def test_other_roles_are_refused(client, roles, name, preview):
    client.force_login(roles[name])

    codes_seen = [
        client.get("/en/secretariat/invitations/").status_code,
        client.post("/en/secretariat/invitations/", {"pasted": FIVE}).status_code,
        client.get(f"/en/secretariat/invitations/{preview.pk}/").status_code,
        client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/").status_code,
    ]

    assert codes_seen == [403, 403, 403, 403]
    assert (InvitationBatch.objects.count(), Invitation.objects.count()) == (1, 0)


def test_anonymous_visitors_are_sent_to_sign_in(client, preview):
    client.logout()

    response = client.post(f"/en/secretariat/invitations/{preview.pk}/confirm/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert client.get("/en/secretariat/invitations/")["Location"].startswith("/en/accounts/login/")
    assert Invitation.objects.count() == 0


def test_the_template_file_reads_back_without_problems(admin_client):
    response = admin_client.get("/en/secretariat/invitations/?format=csv")

    text = response.content.decode()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert codes(read(bulk_text_decode(data=text.encode()))) == {2: []}


def test_unnamed_columns_are_ignored_when_empty_and_flagged_when_not(db):
    text = HEADER + ",,\nLuanda,AO,africa,Africa/Luanda,Ana,ana@luanda.example.org,pt,,,\n"
    text += "Kumasi,GH,africa,Africa/Accra,Ama,ama@kumasi.example.org,fr,,,x\n"

    assert codes(read(text)) == {2: [], 3: ["extra_values"]}


def test_a_list_whose_task_was_lost_is_resumed_by_beat(
    admin_client, django_capture_on_commit_callbacks
):
    lines = [f"City {n},SN,africa,Africa/Dakar,P{n},p{n}@example.org,en," for n in range(30)]
    admin_client.post("/en/secretariat/invitations/", {"pasted": "\n".join([HEADER, *lines])})
    batch = InvitationBatch.objects.get()
    with django_capture_on_commit_callbacks(execute=False) as queued:
        admin_client.post(f"/en/secretariat/invitations/{batch.pk}/confirm/")
    assert len(queued) == 1  # the broker was down: this task never runs
    confirmed = InvitationBatch.objects.get().progress_at

    # a sweep soon after leaves it alone: its task may still be on its way
    assert invitation_batches_resume(now=confirmed + timedelta(minutes=4)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        resumed = invitation_batches_resume(now=confirmed + timedelta(minutes=6))

    batch.refresh_from_db()
    assert resumed == 1
    assert (batch.status, batch.sent_count) == (BatchStatus.DONE, 30)
    assert Invitation.objects.count() == Email.objects.count() == 30
    assert invitation_batches_resume(now=confirmed + timedelta(hours=1)) == 0
