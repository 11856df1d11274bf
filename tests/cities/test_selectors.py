from django.utils import translation

from cities.selectors import cities_by_continent, display_sort_key, partner_organisations
from tests.factories import CityFactory, PartnerOrganisationFactory


def test_sort_key_ignores_case_and_accents():
    assert sorted(["Zurique", "zürich", "Ávila", "Amsterdam"], key=display_sort_key) == [
        "Amsterdam",
        "Ávila",
        "zürich",
        "Zurique",
    ]


def test_cities_are_grouped_by_continent_and_sorted_by_the_shown_name(db, settings):
    CityFactory(name_en="Zurich", name_de="Zürich", continent="europe")
    CityFactory(name_en="Antwerp", name_de="Antwerpen", continent="europe")
    CityFactory(name_en="Kampala", name_de="", continent="africa")
    CityFactory(name_en="Accra", name_de="Accra", continent="africa")

    with translation.override("de"):
        groups = [(label, [c.name for c in cities]) for label, cities in cities_by_continent()]

    assert groups == [("Afrika", ["Accra", "Kampala"]), ("Europa", ["Antwerpen", "Zürich"])]


def test_partners_are_sorted_by_name(db):
    for name in ["Open Society Foundations", "ODI", "Mayors Migration Council"]:
        PartnerOrganisationFactory(name_en=name)

    assert [p.name for p in partner_organisations()] == [
        "Mayors Migration Council",
        "ODI",
        "Open Society Foundations",
    ]
