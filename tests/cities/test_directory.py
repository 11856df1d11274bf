import csv
import io
import re

import pytest

from cities.enums import CityStatus
from partnerships.suggestions import suggestions_rebuild
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    CityNeedFactory,
    CityPotentialFactory,
    GoodPracticeFactory,
    MayorFactory,
    PartnerOrganisationFactory,
    ThemeFactory,
)


def listed_cities(html: str) -> list[str]:
    return re.findall(r'<h3 class="card-title">\s*<a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def directory(db):
    jobs = ThemeFactory(slug="jobs", name_en="Jobs")
    data = ThemeFactory(slug="data", name_en="Data")
    dakar = CityFactory(
        slug="dakar", name_en="Dakar", name_pt="Dacar", country="SN", continent="africa"
    )
    lisbon = CityFactory(
        slug="lisbon", name_en="Lisbon", name_de="Lissabon", country="PT", continent="europe"
    )
    milan = CityFactory(
        slug="milan", name_en="Milan", name_de="Mailand", country="IT", continent="europe"
    )
    CityNeedFactory(city=dakar, theme=jobs)
    CityPotentialFactory(city=dakar, theme=data)
    CityNeedFactory(city=lisbon, theme=data)
    CityPotentialFactory(city=milan, theme=jobs)
    return {"jobs": jobs, "data": data}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Dakar", "Lisbon", "Milan"]),
        ("continent=europe", ["Lisbon", "Milan"]),
        ("country=SN", ["Dakar"]),
        ("q=mailand", ["Milan"]),
        ("q=Dacar", ["Dakar"]),
        ("continent=africa&q=mil", []),
    ],
)
def test_directory_filters_without_javascript(client, directory, query, expected):
    response = client.get(f"/en/cities/?{query}")

    assert response.status_code == 200
    assert listed_cities(response.text) == expected


def test_directory_filters_by_needed_and_offered_theme(client, directory):
    needs_jobs = client.get(f"/en/cities/?needs={directory['jobs'].pk}").text
    offers_jobs = client.get(f"/en/cities/?offers={directory['jobs'].pk}").text

    assert listed_cities(needs_jobs) == ["Dakar"]
    assert listed_cities(offers_jobs) == ["Milan"]


def test_unknown_filter_values_are_field_errors_not_500(client, directory):
    response = client.get("/de/cities/?continent=atlantis&needs=999999")

    assert response.status_code == 200
    assert response.context["filter"].form.errors == {
        "continent": ["Bitte eine gültige Auswahl treffen. atlantis ist keine gültige Auswahl."],
        "needs": ["Bitte eine gültige Auswahl treffen. Dies ist keine gültige Auswahl."],
    }


def test_directory_paginates_and_keeps_the_filters(client, db):
    for number in range(30):
        CityFactory(name_en=f"Town {number:02}", continent="africa")

    first = client.get("/en/cities/?continent=africa")
    second = client.get("/en/cities/?continent=africa&page=2")

    assert len(listed_cities(first.text)) == 24
    assert len(listed_cities(second.text)) == 6
    assert 'href="?continent=africa&amp;page=2"' in first.text
    assert "Page 2 of 2" in second.text


def make_cities(size: int) -> None:
    themes = ThemeFactory.create_batch(3)
    for city in CityFactory.create_batch(size):
        CityNeedFactory(city=city, theme=themes[0])
        CityPotentialFactory(city=city, theme=themes[1])
        CityPotentialFactory(city=city, theme=themes[2])


@pytest.mark.parametrize("size", [3, 20])
def test_directory_runs_a_fixed_number_of_queries(client, db, django_assert_num_queries, size):
    make_cities(size)

    # count, page, needs, potentials, the map (how many cities, then their points or
    # areas), countries, themes for two filters
    with django_assert_num_queries(9):
        response = client.get("/en/cities/")

    assert len(listed_cities(response.text)) == size


def make_profile(city, size: int) -> None:
    for theme in ThemeFactory.create_batch(size):
        CityNeedFactory(city=city, theme=theme)
        CityPotentialFactory(city=city, theme=theme)
        GoodPracticeFactory(city=city).themes.add(theme)
    MayorFactory.create_batch(size, city=city)


def make_partners(city, size: int) -> None:
    """`size` cities that offer what the city needs and need what it offers, so that its
    page shows suggestions in both directions."""
    for number, need in enumerate(city.needs.all()[:size]):
        other = CityFactory(continent="europe" if number % 2 else "africa")
        CityPotentialFactory(city=other, theme=need.theme)
        CityNeedFactory(city=other, theme=need.theme)
    suggestions_rebuild()


@pytest.mark.parametrize("size", [3, 15])
def test_city_profile_runs_a_fixed_number_of_queries(
    client, db, django_assert_num_queries, staff_a, city_a, size
):
    make_profile(city_a, size)
    make_partners(city_a, size)
    client.force_login(staff_a)

    # session, user, the city for the permission check, then city, needs, potentials,
    # practices, their themes, mayors, changes, the permission checks for editing and
    # inviting, its meetings (its invitations, then those coming up, held, their count), its
    # partnerships and proposals
    # and their count, the count of documents about it, the kept matchmaking (its rows, then
    # those cities and the city with their needs and potentials: 4), and the kept open
    # proposals that fit it (its rows, those proposals with their themes, the profiles of
    # the city and their cities: 5), and whether the viewer is a participant (contact details)
    with django_assert_num_queries(28):
        response = client.get(f"/en/cities/{city_a.slug}/")

    # its good practices, and the first five suggestions of each direction
    assert response.text.count('class="card-title"') == size + 2 * min(size, 5)


@pytest.mark.parametrize("size", [3, 15])
def test_public_profile_runs_a_fixed_number_of_queries(
    client, db, django_assert_num_queries, city_a, size
):
    make_profile(city_a, size)
    make_partners(city_a, size)

    # the city for the permission check, then city, needs, potentials, practices, their
    # themes, mayors, meetings (its invitations, then those coming up, held, their count),
    # partnerships and proposals
    # and their count, the count of documents about it, and the kept matchmaking (its rows,
    # then those cities and the city with their needs and potentials: 4)
    with django_assert_num_queries(19):
        client.get(f"/en/cities/{city_a.slug}/")


def test_profile_shows_the_current_mayor_with_the_translated_title(client, city_a):
    MayorFactory(city=city_a, name="Ana Lima", title="mayor", gender="f", term_start="2019-02-07")
    MayorFactory(
        city=city_a, name="Old Mayor", title="lord_mayor", gender="m",
        term_start="2010-01-01", term_end="2019-02-06",
    )  # fmt: skip

    german = client.get(f"/de/cities/{city_a.slug}/").text
    english = client.get(f"/en/cities/{city_a.slug}/").text

    assert '<p class="person-name">Bürgermeisterin Ana Lima</p>' in german
    assert "Oberbürgermeister Old Mayor" in german
    assert '<p class="person-name">Mayor Ana Lima</p>' in english
    assert "Lord Mayor Old Mayor" in english


def test_completeness_panel_only_for_people_who_edit(client, city_a, staff_a, staff_b):
    client.force_login(staff_b)
    other = client.get(f"/en/cities/{city_a.slug}/").text
    client.force_login(staff_a)
    own = client.get(f"/en/cities/{city_a.slug}/")

    assert "% complete" not in other
    assert "Profile 10% complete" in own.text  # only its location on the map
    # A proper name is never listed as a translation to add.
    assert own.context["completeness"].translation_suggestions == {}


def test_completeness_suggests_translations_of_texts_written_elsewhere(
    client, city_a, staff_a, need_a
):
    city_a.description_en = ""
    city_a.description_fr = "Au bord du lac."
    city_a.description_pt = "À beira do lago."
    city_a.save()
    client.force_login(staff_a)

    completeness = client.get(f"/en/cities/{city_a.slug}/").context["completeness"]

    assert [(str(label), done) for label, done in completeness.items][:3] == [
        ("Short description", True),
        ("Migration context", False),
        ("At least one need", True),
    ]
    assert {
        code: [str(x) for x in labels]
        for code, labels in completeness.translation_suggestions.items()
    } == {
        "en": ["Short description"],
        "de": ["Short description", "Need: Labour migration and skills"],
        "fr": ["Need: Labour migration and skills"],
        "pt": ["Need: Labour migration and skills"],
    }


def test_csv_export_lists_every_city_with_needs_and_potentials(client, admin_user, directory):
    CityFactory(slug="newtown", name_en="Newtown", status=CityStatus.INVITED)
    client.force_login(admin_user)

    response = client.get("/en/cities/export.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="mayors-dialogue-cities-'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "City", "Country", "Continent", "Status", "Population", "Participant since",
        "Needs", "Potentials", "Needs in detail", "Potentials in detail",
    ]  # fmt: skip
    assert [row[0] for row in rows[1:]] == ["Dakar", "Lisbon", "Milan", "Newtown"]
    assert rows[1][1:4] == ["Senegal", "Africa", "Participant"]
    assert rows[1][6:8] == ["Jobs", "Data"]
    assert rows[4][3] == "Invited"


@pytest.mark.parametrize("size", [3, 20])
def test_csv_export_runs_a_fixed_number_of_queries(
    client, admin_user, django_assert_num_queries, size
):
    make_cities(size)
    client.force_login(admin_user)

    # session, user, cities, needs, potentials
    with django_assert_num_queries(5):
        client.get("/en/cities/export.csv")


def test_dossier_is_printable_and_names_the_city(client, city_a):
    response = client.get(f"/fr/cities/{city_a.slug}/dossier/")

    assert response.status_code == 200
    assert "Dossier de la ville" in response.text
    assert '<p class="no-print">' in response.text


def test_partner_staff_are_listed_only_for_participants(client, partner_staff, staff_a):
    organisation = partner_staff.partner_memberships.get().organisation
    partner_staff.display_name = "Priya Shah"
    partner_staff.save()

    public = client.get(f"/en/partners/{organisation.slug}/").text
    client.force_login(staff_a)
    signed_in = client.get(f"/en/partners/{organisation.slug}/").text

    assert "Priya Shah" not in public
    assert "<li>Priya Shah</li>" in signed_in


def test_own_city_staff_see_their_invited_city_in_the_directory(client, db):
    invited = CityFactory(name_en="Newtown", status=CityStatus.INVITED)
    client.force_login(CityMembershipFactory(city=invited).user)

    assert listed_cities(client.get("/en/cities/").text) == ["Newtown"]


def test_directory_sorts_by_the_shown_name_with_english_fallback(client, db):
    CityFactory(name_en="Zurich", name_de="Zürich")
    CityFactory(name_en="Antwerp", name_de="Antwerpen")
    CityFactory(name_en="Milan", name_de="")

    html = client.get("/de/cities/").text

    titles = re.findall(r'<h3 class="card-title">\s*<a href="[^"]+">(.*?)</a>', html)
    assert titles == ["Antwerpen", '<span lang="en">Milan</span>', "Zürich"]


@pytest.mark.parametrize(("language", "shown"), [("en", "1,680,000"), ("de", "1.680.000")])
def test_population_is_formatted_for_the_reader(client, city_a, language, shown):
    city_a.population = 1680000
    city_a.save()

    html = client.get(f"/{language}/cities/{city_a.slug}/").text

    assert re.search(rf"<dd>\s*{re.escape(shown)}\s*</dd>", html)


@pytest.mark.parametrize("size", [3, 20])
def test_partner_list_runs_a_fixed_number_of_queries(client, db, django_assert_num_queries, size):
    PartnerOrganisationFactory.create_batch(size)

    with django_assert_num_queries(1):
        response = client.get("/en/partners/")

    assert response.text.count('<li class="card">') == size
