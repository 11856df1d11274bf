from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from cities.models import City, CityMembership, PartnerMembership, PartnerOrganisation
from mayors_dialogue.models import User

DIALOGUE_CITIES = {
    "Accra", "Agadez", "Amsterdam", "Antwerp", "Barcelona", "Bristol", "Dakar", "Durban",
    "Freetown", "Kampala", "Kanifing", "Lisbon", "Mannheim", "Maputo", "Milan", "Paris",
    "Tunis", "Zurich",
}  # fmt: skip


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return (
        list(City.objects.order_by("slug").values()),
        list(PartnerOrganisation.objects.order_by("slug").values()),
        list(User.objects.order_by("email").values()),
        list(CityMembership.objects.order_by("pk").values()),
        list(PartnerMembership.objects.order_by("pk").values()),
        list(EmailAddress.objects.order_by("pk").values()),
    )


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True


def test_seed_demo_loads_the_dialogue_and_is_idempotent(db, debug_on):
    first = seed()
    before = snapshot()
    second = seed()

    assert first == "Cities: 18 created. Partners: 4 created.\nDemo accounts: 5 created.\n"
    assert second == "Cities: 0 created. Partners: 0 created.\nDemo accounts: 0 created.\n"
    assert snapshot() == before
    assert set(City.objects.values_list("name_en", flat=True)) == DIALOGUE_CITIES
    assert set(PartnerOrganisation.objects.values_list("name_en", flat=True)) == {
        "Mayors Migration Council", "Open Society Foundations", "ODI", "Robert Bosch Stiftung",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("slug", "names", "zone"),
    [
        ("milan", ("Milan", "Mailand", "Milan", "Milão"), "Europe/Rome"),
        ("lisbon", ("Lisbon", "Lissabon", "Lisbonne", "Lisboa"), "Europe/Lisbon"),
        ("zurich", ("Zurich", "Zürich", "Zurich", "Zurique"), "Europe/Zurich"),
        ("dakar", ("Dakar", "Dakar", "Dakar", "Dacar"), "Africa/Dakar"),
        ("kampala", ("Kampala", "Kampala", "Kampala", "Campala"), "Africa/Kampala"),
    ],
)
def test_seeded_cities_have_four_names_and_their_time_zone(db, slug, names, zone):
    seed("--without-accounts")

    city = City.objects.get(slug=slug)
    assert (city.name_en, city.name_de, city.name_fr, city.name_pt) == names
    assert city.timezone == zone


def test_every_seeded_city_is_valid(db):
    seed("--without-accounts")

    for city in City.objects.all():
        city.full_clean()
    assert City.objects.filter(continent="africa").count() == 9
    assert City.objects.filter(continent="europe").count() == 9


def test_demo_accounts_log_in_with_the_documented_password(db, debug_on):
    seed()

    for email in [
        "admin@example.org",
        "staff.freetown@example.org",
        "staff.dakar@example.org",
        "mayor.milan@example.org",
        "partner.odi@example.org",
    ]:
        assert authenticate(email=email, password="dialogue-demo-2021") is not None, email
        assert EmailAddress.objects.get(email=email).verified


def test_demo_accounts_have_their_roles(db, debug_on):
    seed()

    assert User.objects.get(email="admin@example.org").is_staff
    assert User.objects.filter(is_staff=True).count() == 1
    assert User.objects.get(email="staff.dakar@example.org").language == "fr"
    assert set(CityMembership.objects.values_list("user__email", "city__slug", "role")) == {
        ("staff.freetown@example.org", "freetown", "staff"),
        ("staff.dakar@example.org", "dakar", "staff"),
        ("mayor.milan@example.org", "milan", "mayor"),
    }
    assert list(PartnerMembership.objects.values_list("user__email", "organisation__slug")) == [
        ("partner.odi@example.org", "odi")
    ]


def test_demo_accounts_are_refused_without_debug(db, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError) as error:
        seed()

    assert str(error.value) == (
        "Refusing to create demo accounts with DJANGO_DEBUG off. "
        "Use --without-accounts to load only the directory, or --force."
    )
    assert (City.objects.count(), User.objects.count()) == (0, 0)


def test_force_and_without_accounts_work_without_debug(db, settings):
    settings.DEBUG = False

    seed("--without-accounts")
    assert (City.objects.count(), User.objects.count()) == (18, 0)

    seed("--force")
    assert User.objects.count() == 5
