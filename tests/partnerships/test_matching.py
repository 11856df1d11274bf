import pytest
from django.utils import translation

from partnerships import matching
from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory, ThemeFactory


@pytest.fixture
def themes(db):
    return {
        slug: ThemeFactory(slug=slug, name_en=name, name_fr=name_fr)
        for slug, name, name_fr in [
            ("jobs", "labour migration and skills", "migration de travail et compétences"),
            ("climate", "climate mobility", "mobilité climatique"),
            ("data", "data and evidence", "données et preuves"),
        ]
    }


def city(name, continent, needs=(), offers=(), themes=None):
    c = CityFactory(name_en=name, name_fr=name, continent=continent)
    for slug in needs:
        CityNeedFactory(city=c, theme=themes[slug])
    for slug in offers:
        CityPotentialFactory(city=c, theme=themes[slug])
    return c


def test_each_direction_has_its_own_list_and_only_its_own_reasons(themes):
    freetown = city("Freetown", "africa", needs=["jobs"], offers=["climate"], themes=themes)
    city("Accra", "africa", offers=["jobs"], themes=themes)
    city("Milan", "europe", needs=["climate"], offers=["jobs"], themes=themes)
    city("Zurich", "europe", offers=["data"], themes=themes)
    city("Tunis", "africa", needs=["climate"], themes=themes)

    helping = matching.cities_offering_what_city_needs(freetown)
    helped = matching.cities_city_can_help(freetown)

    # who can help Freetown: what they offer that Freetown needs, and nothing else
    assert [(m.city.name_en, m.score, m.across) for m in helping] == [
        ("Milan", 3, True),
        ("Accra", 2, False),
    ]
    assert [m.reasons for m in helping] == [
        ["Milan offers expertise in “labour migration and skills”, which Freetown needs."],
        ["Accra offers expertise in “labour migration and skills”, which Freetown needs."],
    ]
    # whom Freetown can help: what Freetown offers that they need
    assert [(m.city.name_en, m.across) for m in helped] == [("Milan", True), ("Tunis", False)]
    for match in helped:
        (reason,) = match.reasons
        assert reason.startswith("Freetown offers expertise in “climate mobility”, which ")
    # the African–European pair is a marker, never a reason
    assert not any("African–European" in r for m in helping + helped for r in m.reasons)


def test_reasons_are_in_the_readers_language(themes):
    freetown = city("Freetown", "africa", needs=["jobs"], themes=themes)
    city("Milan", "europe", offers=["jobs"], themes=themes)

    with translation.override("fr"):
        (match,) = matching.cities_offering_what_city_needs(freetown)

    assert match.reasons[0] == (
        "Milan offre une expertise en « migration de travail et compétences », dont Freetown a "
        "besoin."
    )


def test_theme_names_stay_whole_and_in_their_own_case_in_german(themes):
    """Theme names are labels: German cannot decline them inside a sentence, so they stand
    quoted after a colon, joined with "und"."""
    freetown = city("Freetown", "africa", needs=["jobs", "climate"], themes=themes)
    city("Milan", "europe", offers=["jobs", "climate"], themes=themes)

    with translation.override("de"):
        (match,) = matching.cities_offering_what_city_needs(freetown)
        names = sorted(str(theme.name) for theme in themes.values() if theme.slug != "data")

    assert match.reasons[0] == (
        f"Milan bietet Expertise, die Freetown braucht: „{names[0]}“ und „{names[1]}“."
    )


def test_no_overlap_means_no_suggestion_and_ties_are_stable(themes):
    lonely = city("Agadez", "africa", needs=["data"], themes=themes)
    city("Paris", "europe", offers=["climate"], themes=themes)
    city("Bristol", "europe", offers=["data"], themes=themes)
    city("Antwerp", "europe", offers=["data"], themes=themes)

    matches = matching.cities_offering_what_city_needs(lonely)

    assert [m.city.name_en for m in matches] == ["Antwerp", "Bristol"]
    assert matching.cities_offering_what_city_needs(lonely) == matches


@pytest.mark.parametrize("size", [3, 12])
def test_matching_runs_a_fixed_number_of_queries(themes, django_assert_num_queries, size):
    freetown = city("Freetown", "africa", needs=["jobs"], themes=themes)
    for number in range(size):
        city(f"City {number}", "europe", offers=["jobs"], needs=["data"], themes=themes)

    with django_assert_num_queries(3):
        matches = matching.cities_offering_what_city_needs(freetown, limit=100)

    assert len(matches) == size
