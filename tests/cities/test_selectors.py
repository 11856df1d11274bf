from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from cities.selectors import cities_by_continent, display_sort_key, partner_organisations
from mayors_dialogue.models import reader_zone
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    PartnerOrganisationFactory,
    UserFactory,
)


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
        groups = [
            (label, [c.name for c in cities], total)
            for label, cities, total in cities_by_continent()
        ]

    assert groups == [("Afrika", ["Accra", "Kampala"], 2), ("Europa", ["Antwerpen", "Zürich"], 2)]


def test_the_home_page_reads_only_the_cities_it_names(db, django_assert_num_queries):
    """Lead cities first, then by the shown name, at most `limit` a continent with the
    continent's total; model objects only for those named (the rest are plain rows)."""
    from django.db.models.signals import post_init

    from cities.models import City

    for name in ["Éze", "Bari", "Dover", "Cork", "Aarhus"]:
        CityFactory(name_en=name, continent="europe")
    CityFactory(name_en="Zagreb", continent="europe", status="lead")
    CityFactory(name_en="Praia", continent="africa")
    built = []

    def count(sender, instance, **kwargs):
        built.append(instance.name)

    post_init.connect(count, sender=City)
    try:
        with django_assert_num_queries(2):
            groups = cities_by_continent(limit=3)
    finally:
        post_init.disconnect(count, sender=City)

    assert [(label, [c.name for c in cities], total) for label, cities, total in groups] == [
        ("Africa", ["Praia"], 1),
        ("Europe", ["Zagreb", "Aarhus", "Bari"], 6),
    ]
    assert sorted(built) == ["Aarhus", "Bari", "Praia", "Zagreb"]


def test_partners_are_sorted_by_name(db):
    for name in ["Open Society Foundations", "ODI", "Mayors Migration Council"]:
        PartnerOrganisationFactory(name_en=name)

    assert [p.name for p in partner_organisations()] == [
        "Mayors Migration Council",
        "ODI",
        "Open Society Foundations",
    ]


def test_user_zone_is_their_own_setting_first(db):
    membership = CityMembershipFactory(
        user__timezone="Europe/Lisbon", city__timezone="Africa/Dakar"
    )

    assert reader_zone(membership.user) == ZoneInfo("Europe/Lisbon")


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_user_zone_falls_back_to_their_citys_zone(db):
    membership = CityMembershipFactory(user__timezone="", city__timezone="Africa/Kampala")

    assert reader_zone(fresh(membership.user)) == ZoneInfo("Africa/Kampala")


def test_the_city_zone_follows_memberships_and_the_citys_own_zone(db):
    """The zone is kept on the person's row, so reading it needs no query; it is the zone of
    the first city they joined, and follows that city's zone and their leaving it."""
    user = UserFactory(timezone="")
    first = CityMembershipFactory(user=user, city__timezone="Africa/Dakar")
    CityMembershipFactory(user=user, city__timezone="Africa/Kampala")
    assert fresh(user).city_timezone == "Africa/Dakar"

    first.city.timezone = "Africa/Accra"
    first.city.save()
    assert fresh(user).city_timezone == "Africa/Accra"

    first.delete()
    assert fresh(user).city_timezone == "Africa/Kampala"

    user.city_memberships.all().delete()
    assert fresh(user).city_timezone == ""
    assert reader_zone(fresh(user)) is None


def test_the_own_zone_comes_before_the_citys(db):
    membership = CityMembershipFactory(
        user__timezone="Europe/Lisbon", city__timezone="Africa/Dakar"
    )

    assert reader_zone(fresh(membership.user)) == ZoneInfo("Europe/Lisbon")


def test_user_zone_is_none_for_people_without_zone_or_city(db):
    assert reader_zone(UserFactory(timezone="")) is None
    assert reader_zone(AnonymousUser()) is None


def test_pages_activate_the_viewers_zone(client, db):
    membership = CityMembershipFactory(user__timezone="", city__timezone="Africa/Kampala")
    client.force_login(membership.user)

    response = client.get("/en/")

    assert response.context["TIME_ZONE"] == "Africa/Kampala"


def test_a_city_address_is_the_one_reverse_gives_in_each_language(db):
    from django.urls import reverse, set_script_prefix

    city = CityFactory(slug="freetown")
    for language in ["en", "fr", "pt"]:
        with translation.override(language):
            assert city.get_absolute_url() == reverse("cities:detail", kwargs={"slug": "freetown"})
            assert city.get_absolute_url() == f"/{language}/cities/freetown/"
    set_script_prefix("/dialogue/")
    try:
        with translation.override("de"):
            assert city.get_absolute_url() == "/dialogue/de/cities/freetown/"
    finally:
        set_script_prefix("/")
