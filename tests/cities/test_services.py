"""The profile services take plain values, so a command, a task or a test calls them as the
editor's view does."""

from cities.models import CityNeed, GoodPractice
from cities.services import city_profile_update, partner_profile_update
from mayors_dialogue.rows import RowInput
from tests.factories import CityNeedFactory, PartnerOrganisationFactory, ThemeFactory, UserFactory


def test_city_profile_update_without_a_form_records_what_changed(city_a):
    user = UserFactory()
    climate, housing = ThemeFactory(name_en="Climate"), ThemeFactory(name_en="Housing")
    need = CityNeedFactory(city=city_a, theme=climate, description_en="Old text.")

    change = city_profile_update(
        city=city_a,
        user=user,
        values={"population": 120_000, "description_fr": "Une ville côtière."},
        rows={
            "need": [
                RowInput(pk=need.pk, values={"theme": climate, "description_en": "New text."}),
                RowInput(pk=None, values={"theme": housing, "description_en": "Homes."}),
            ],
            "good_practice": [
                RowInput(pk=None, values={"title_en": "Welcome desk", "themes": [housing]})
            ],
        },
    )

    assert change.changes == [
        {"item": "profile", "label": "Alphaville", "action": "changed",
         "fields": ["population", "description_fr"]},
        {"item": "need", "label": "Housing", "action": "added", "fields": []},
        {"item": "need", "label": "Climate", "action": "changed", "fields": ["description_en"]},
        {"item": "good_practice", "label": "Welcome desk", "action": "added", "fields": []},
    ]  # fmt: skip
    city_a.refresh_from_db()
    assert (city_a.population, city_a.description_fr) == (120_000, "Une ville côtière.")
    assert list(CityNeed.objects.filter(city=city_a).values_list("theme__name_en", flat=True)) == [
        "Climate",
        "Housing",
    ]
    assert list(GoodPractice.objects.get().themes.all()) == [housing]


def test_city_profile_update_with_the_same_values_changes_nothing(city_a):
    assert city_profile_update(
        city=city_a, user=UserFactory(), values={"name_en": city_a.name_en}, rows={}
    ) is None  # fmt: skip


def test_city_profile_update_removes_a_row_of_its_own_city_only(city_a, city_b):
    theme = ThemeFactory(name_en="Climate")
    own, other = (
        CityNeedFactory(city=city_a, theme=theme),
        CityNeedFactory(city=city_b, theme=theme),
    )

    change = city_profile_update(
        city=city_a,
        user=UserFactory(),
        values={},
        rows={"need": [RowInput(pk=own.pk, delete=True)]},
    )

    assert change.changes == [
        {"item": "need", "label": "Climate", "action": "removed", "fields": []}
    ]
    assert list(CityNeed.objects.all()) == [other]


def test_partner_profile_update_without_a_form(db):
    organisation = PartnerOrganisationFactory(website="")

    change = partner_profile_update(
        organisation=organisation, user=UserFactory(), values={"website": "https://odi.org/"}
    )

    assert change.changes[0]["fields"] == ["website"]
