"""The atlas of needs and potentials: the matrix and counts, its filters, its theme pages,
briefs and CSV; only public information, and a need kept for participants counted but never
quoted."""

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from atlas.selectors import atlas_matrix, atlas_theme
from cities.enums import CityStatus, Continent, NeedAudience
from evidence.models import EvidenceDocument
from meetings.models import Meeting
from partnerships.models import Proposal
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    CityNeedFactory,
    CityPotentialFactory,
    ThemeFactory,
)

SECRET = "Our shelter capacity is exhausted"


@pytest.fixture
def housing(db):
    return ThemeFactory(slug="housing", name_en="Housing", position=1)


@pytest.fixture
def skills(db):
    return ThemeFactory(slug="skills", name_en="Skills", position=2)


@pytest.fixture
def world(housing, skills):
    """Dakar needs housing (for participants only) and skills; Lisbon offers housing;
    Accra needs housing; Porto needs skills and offers it; an invited city needs housing."""
    dakar = CityFactory(slug="dakar", name_en="Dakar", country="SN")
    accra = CityFactory(slug="accra", name_en="Accra", country="GH")
    lisbon = CityFactory(slug="lisbon", name_en="Lisbon", country="PT", continent=Continent.EUROPE)
    porto = CityFactory(slug="porto", name_en="Porto", country="PT", continent=Continent.EUROPE)
    invited = CityFactory(slug="invited", name_en="Hiddenham", status=CityStatus.INVITED)
    CityNeedFactory(
        city=dakar, theme=housing, description_en=SECRET, audience=NeedAudience.PARTICIPANTS
    )
    CityNeedFactory(city=dakar, theme=skills, description_en="Dakar wants skills.")
    CityNeedFactory(city=accra, theme=housing, description_en="Accra wants housing.")
    CityNeedFactory(city=invited, theme=housing, description_en="Invisible need.")
    CityNeedFactory(city=porto, theme=skills, description_en="Porto wants skills.")
    CityPotentialFactory(city=lisbon, theme=housing, description_en="Lisbon offers housing.")
    CityPotentialFactory(city=porto, theme=skills, description_en="=HYPERLINK(1)")
    return {"dakar": dakar, "accra": accra, "lisbon": lisbon, "porto": porto, "invited": invited}


def rows_of(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode())))


def marks(atlas) -> dict[str, list[tuple[bool, bool, bool]]]:
    return {
        row.city.slug: [(cell.need, cell.offer, cell.need_private) for cell in row.cells]
        for row in atlas.rows
    }


def test_matrix_and_counts_cover_public_cities_only(world, housing, skills):
    atlas = atlas_matrix()

    assert marks(atlas) == {
        "accra": [(True, False, False), (False, False, False)],
        "dakar": [(True, False, True), (True, False, False)],
        "lisbon": [(False, True, False), (False, False, False)],
        "porto": [(False, False, False), (True, True, False)],
    }
    counts = {count.theme.slug: (count.needs, count.offers, count.gap) for count in atlas.counts}
    assert counts == {"housing": (2, 1, 1), "skills": (2, 1, 1)}
    assert atlas.cities_total == 4
    assert [count.theme.slug for count in atlas.gaps] == ["housing", "skills"]


def test_matrix_filters_by_continent_and_theme(world, housing, skills):
    europe = atlas_matrix(continent=Continent.EUROPE)
    on_housing = atlas_matrix(theme=housing)

    assert [row.city.slug for row in europe.rows] == ["lisbon", "porto"]
    assert {c.theme.slug: (c.needs, c.offers) for c in europe.counts} == {
        "housing": (0, 1),
        "skills": (1, 1),
    }
    assert [row.city.slug for row in on_housing.rows] == ["accra", "dakar", "lisbon"]


def test_atlas_page_filters_without_javascript(client, world):
    response = client.get("/en/atlas/?continent=europe&theme=skills")

    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'<th scope="row">\s*<a href="/en/cities/([\w-]+)/"', html) == ["porto"]
    assert '<option value="europe" selected>' in html


def test_atlas_page_tells_what_a_filter_value_is_not(client, world):
    response = client.get("/en/atlas/?continent=asia&theme=nothing")

    assert response.status_code == 200
    assert response.content.decode().count('class="errorlist"') == 2


def test_atlas_page_past_the_last_page_is_404(client, world):
    assert client.get("/en/atlas/?page=9").status_code == 404


def test_theme_page_quotes_public_needs_and_counts_private_ones(client, world):
    response = client.get("/en/atlas/themes/housing/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Accra wants housing." in html
    assert "Lisbon offers housing." in html
    assert SECRET not in html
    assert "Invisible need." not in html
    assert "Hiddenham" not in html
    assert "and 1 more city, whose details are for participants of the dialogue" in html


def test_theme_selector_never_reads_private_words(world, housing):
    atlas = atlas_theme(theme=housing)

    africa = atlas.needs[0]
    assert [(entry.city.slug, entry.text()[0]) for entry in africa.entries] == [
        ("accra", "Accra wants housing.")
    ]
    assert (africa.count, africa.private, atlas.needs_count, atlas.offers_count) == (1, 1, 2, 1)


def test_unknown_theme_is_404(client, world):
    assert client.get("/en/atlas/themes/no-such-theme/").status_code == 404
    assert client.get("/en/atlas/themes/no-such-theme.csv").status_code == 404
    assert client.get("/en/atlas/themes/no-such-theme/brief/").status_code == 404


@pytest.mark.parametrize("path", ["/en/atlas/", "/en/atlas/themes/housing/", "/en/atlas/brief/",
                                  "/en/atlas/themes/housing/brief/"])  # fmt: skip
def test_a_signed_in_participant_sees_no_private_words_on_the_atlas_either(
    client, world, staff_a, path
):
    """The atlas is public information, the same for everyone."""
    client.force_login(staff_a)

    response = client.get(path)

    assert response.status_code == 200
    assert SECRET not in response.content.decode()


def test_briefs_state_date_and_source(client, world):
    atlas = client.get("/en/atlas/brief/").content.decode()
    theme = client.get("/en/atlas/themes/housing/brief/").content.decode()

    for html in (atlas, theme):
        assert "Source: Mayors Dialogue on Human Mobility, http://testserver/en/atlas/" in html
        assert SECRET not in html
        assert 'class="dossier"' in html
    assert "Accra wants housing." in theme


def test_atlas_csv_one_row_per_city_and_theme(client, world):
    response = client.get("/en/atlas/atlas.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="mayors-dialogue-atlas-\d{4}-\d\d-\d\d\.csv"',
        response["Content-Disposition"],
    )
    assert rows_of(response.content) == [
        ["City", "Country", "Continent", "Theme", "Needs", "Offers", "Who may read the need"],
        ["Accra", "Ghana", "Africa", "Housing", "yes", "", "Everyone"],
        ["Dakar", "Senegal", "Africa", "Housing", "yes", "", "Participants only"],
        ["Dakar", "Senegal", "Africa", "Skills", "yes", "", "Everyone"],
        ["Lisbon", "Portugal", "Europe", "Housing", "", "yes", ""],
        ["Porto", "Portugal", "Europe", "Skills", "yes", "yes", "Everyone"],
    ]


def test_theme_csv_has_no_private_words_and_is_formula_safe(client, world):
    housing = rows_of(client.get("/en/atlas/themes/housing.csv").content)
    skills = rows_of(client.get("/en/atlas/themes/skills.csv").content)

    assert housing == [
        ["Kind", "Theme", "City", "Country", "Continent", "Who may read it",
         "What the city wrote", "Language of the text"],
        ["Need", "Housing", "Accra", "Ghana", "Africa", "Everyone", "Accra wants housing.", "en"],
        ["Need", "Housing", "Dakar", "Senegal", "Africa", "Participants only", "", ""],
        ["Offer", "Housing", "Lisbon", "Portugal", "Europe", "Everyone",
         "Lisbon offers housing.", "en"],
    ]  # fmt: skip
    assert skills[-1] == [
        "Offer", "Skills", "Porto", "Portugal", "Europe", "Everyone", "'=HYPERLINK(1)", "en"
    ]  # fmt: skip


def test_theme_page_in_french_marks_english_words_as_fallback(client, world):
    response = client.get("/fr/atlas/themes/housing/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr"' in html
    assert '<span lang="en">Accra wants housing.</span>' in html
    assert "/fr/cities/accra/" in html


def test_french_csv_uses_french_names(client, world):
    rows = rows_of(client.get("/fr/atlas/atlas.csv").content)

    assert rows[1][:3] == ["Accra", "Ghana", "Afrique"]


def _proposal(city, theme, status, title):
    proposal = Proposal.objects.create(
        city=city, title_en=title, summary_en="S", kind="peer_learning", status=status
    )
    proposal.themes.add(theme)
    return proposal


def _document(theme, visibility, title):
    document = EvidenceDocument.objects.create(
        title_en=title, doc_type="policy_brief", publication_date=date(2024, 1, 1),
        languages="en", visibility=visibility, external_url="https://example.org/doc",
    )  # fmt: skip
    document.themes.add(theme)
    return document


def _meeting(theme, title, **fields):
    start = datetime(2031, 1, 1, 9, tzinfo=UTC)
    meeting = Meeting.objects.create(
        title_en=title, format="virtual", start=start, end=start + timedelta(hours=2),
        timezone="Africa/Dakar", video_link="https://meet.example.org/x", **fields,
    )  # fmt: skip
    meeting.themes.add(theme)
    return meeting


def test_theme_page_lists_only_public_partnerships_documents_and_meetings(client, world, housing):
    _proposal(world["dakar"], housing, "agreed", "Agreed partnership")
    _proposal(world["dakar"], housing, "draft", "Draft proposal")
    _proposal(world["dakar"], housing, "open", "Open proposal")
    _proposal(world["invited"], housing, "agreed", "Invited city's partnership")
    _document(housing, "public", "Public study")
    _document(housing, "participants", "Internal study")
    _meeting(housing, "Public meeting", status="scheduled", is_public=True)
    _meeting(housing, "Private meeting", status="scheduled", is_public=False)
    _meeting(housing, "Draft meeting", status="draft", is_public=True)

    html = client.get("/en/atlas/themes/housing/").content.decode()

    assert "Agreed partnership" in html
    assert "Public study" in html
    assert "Public meeting" in html
    assert "1 open proposal on this theme, for participants of the dialogue" in html
    for hidden in ("Draft proposal", "Open proposal", "Invited city", "Internal study",
                   "Private meeting", "Draft meeting"):  # fmt: skip
        assert hidden not in html, hidden


def test_theme_page_bounds_its_lists(world, housing):
    for number in range(12):
        _document(housing, "public", f"Study {number}")

    atlas = atlas_theme(theme=housing, latest=5)

    assert (len(atlas.documents.items), atlas.documents.count, atlas.documents.more) == (
        5,
        12,
        True,
    )


def _grow(size: int, themes):
    for number in range(size):
        city = CityFactory(continent=(Continent.AFRICA, Continent.EUROPE)[number % 2])
        for theme in themes:
            CityNeedFactory(city=city, theme=theme, audience=NeedAudience.PARTICIPANTS)
            CityPotentialFactory(city=city, theme=theme)
            _proposal(city, theme, "agreed", f"P{number}")
            _document(theme, "public", f"D{number}")
            _meeting(theme, f"M{number}", status="held", is_public=True)


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


@pytest.mark.parametrize(
    "path", ["/en/atlas/", "/en/atlas/?continent=africa&theme=housing", "/en/atlas/themes/housing/",
             "/en/atlas/brief/", "/en/atlas/themes/housing/brief/", "/en/atlas/atlas.csv",
             "/en/atlas/themes/housing.csv"],
)  # fmt: skip
def test_atlas_pages_run_a_fixed_number_of_queries(client, housing, skills, path):
    _grow(2, [housing])
    small = _queries(client, path)
    _grow(6, [housing, skills, ThemeFactory()])
    from django.core.cache import caches

    caches["pages"].clear()
    large = _queries(client, path)

    assert small == large
    assert large <= 16


def test_participants_only_need_on_city_page_and_dossier(client, world, staff_b):
    dakar = world["dakar"]

    anonymous = [client.get(f"/en/cities/{dakar.slug}/{tail}") for tail in ("", "dossier/")]
    client.force_login(staff_b)
    signed_in = client.get(f"/en/cities/{dakar.slug}/").content.decode()

    for response in anonymous:
        html = response.content.decode()
        assert SECRET not in html
        assert "Details for participants of the dialogue" in html
        assert "Housing" in html
    assert SECRET in signed_in
    # and what an anonymous reader gets afterwards is still the public version
    client.logout()
    assert SECRET not in client.get(f"/en/cities/{dakar.slug}/").content.decode()


def test_city_editor_offers_the_audience_of_a_need(client, city_a, housing):
    member = CityMembershipFactory(city=city_a, role="staff").user
    client.force_login(member)

    html = client.get(f"/en/cities/{city_a.slug}/edit/").content.decode()

    assert 'name="needs-0-audience"' in html
    assert 'name="potentials-0-audience"' not in html


def test_need_form_keeps_the_audience_and_leaves_it_public_when_not_sent(housing):
    from cities.forms import NeedForm

    chosen = NeedForm(
        {"theme": housing.pk, "description_en": "x", "audience": "participants"},
        working_language="en",
    )
    left_out = NeedForm({"theme": housing.pk, "description_en": "x"}, working_language="en")

    assert chosen.is_valid()
    assert left_out.is_valid()
    assert (chosen.cleaned_data["audience"], left_out.cleaned_data["audience"]) == (
        "participants",
        "public",
    )


def test_an_existing_need_for_participants_stays_so_when_the_field_is_left_out(world, housing):
    from cities.forms import NeedForm

    need = world["dakar"].needs.get(theme=housing)
    form = NeedForm(
        {"theme": housing.pk, "description_en": SECRET}, instance=need, working_language="en"
    )

    assert form.is_valid()
    assert form.cleaned_data["audience"] == NeedAudience.PARTICIPANTS
    assert not form.has_changed()


def test_theme_slugs_never_shadow_the_atlas_pages(client, world):
    brief = ThemeFactory(slug="brief", name_en="Briefings")
    atlas = ThemeFactory(slug="atlas", name_en="Atlases")
    CityNeedFactory(city=world["accra"], theme=brief, description_en="Accra wants briefings.")

    assert "Accra wants briefings." in client.get("/en/atlas/themes/brief/").content.decode()
    assert client.get("/en/atlas/themes/atlas.csv")["Content-Disposition"].startswith(
        'attachment; filename="'
    )
    whole = client.get("/en/atlas/brief/").content.decode()
    assert "Accra wants briefings." not in whole  # the whole atlas's brief, not the theme's
    assert atlas.slug in client.get("/en/atlas/themes/atlas/").content.decode()


def test_secretariat_export_marks_a_need_kept_for_participants(client, world, admin_user):
    client.force_login(admin_user)

    rows = rows_of(client.get("/en/cities/export.csv").content)

    dakar = next(row for row in rows if row[0] == "Dakar")
    assert dakar[8] == f"Housing (participants only): {SECRET}\nSkills: Dakar wants skills."
