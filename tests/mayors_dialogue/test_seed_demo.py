from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from cities.models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    Theme,
)
from mayors_dialogue.models import User
from meetings.models import RSVP, AgendaItem, Meeting

DIALOGUE_CITIES = {
    "Accra", "Agadez", "Amsterdam", "Antwerp", "Barcelona", "Bristol", "Dakar", "Durban",
    "Freetown", "Kampala", "Kanifing", "Lisbon", "Mannheim", "Maputo", "Milan", "Paris",
    "Tunis", "Zurich",
}  # fmt: skip


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


MEETING_FIELDS = [f.attname for f in Meeting._meta.concrete_fields if f.name != "updated_at"]


def snapshot():
    return (
        list(City.objects.order_by("slug").values()),
        list(Theme.objects.order_by("slug").values()),
        list(CityNeed.objects.order_by("pk").values()),
        list(CityPotential.objects.order_by("pk").values()),
        list(GoodPractice.objects.order_by("pk").values("pk", "title_en", "themes")),
        list(Mayor.objects.order_by("pk").values()),
        # a re-save only moves the "updated" timestamp
        list(Meeting.objects.order_by("pk").values(*MEETING_FIELDS)),
        list(AgendaItem.objects.order_by("pk").values()),
        list(RSVP.objects.order_by("pk").values("pk", "city", "response")),
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

    assert first == (
        "Cities: 18 created. Partners: 4 created.\n"
        "Themes and profile entries: 120 created.\n"
        "Meetings: 6 created.\n"
        "Demo accounts: 5 created.\n"
        "Demo invitations: 1 created.\n"
        "Partnership proposals: 8 created.\n"
        "Evidence documents: 12 created.\n"
    )
    assert second == (
        "Cities: 0 created. Partners: 0 created.\n"
        "Themes and profile entries: 0 created.\n"
        "Meetings: 0 created.\n"
        "Demo accounts: 0 created.\n"
        "Demo invitations: 0 created.\n"
        "Partnership proposals: 0 created.\n"
        "Evidence documents: 0 created.\n"
    )
    assert snapshot() == before
    assert set(City.objects.public().values_list("name_en", flat=True)) == DIALOGUE_CITIES
    assert City.objects.get(slug="kigali").status == "invited"
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


def test_every_city_has_a_profile_in_four_languages(db):
    seed("--without-accounts")

    for city in City.objects.prefetch_related("needs", "potentials", "good_practices", "mayors"):
        for field in ["description", "migration_context", "official_languages"]:
            for language in ["en", "de", "fr", "pt"]:
                assert getattr(city, f"{field}_{language}"), (city.slug, field, language)
        assert len(city.needs.all()) == 2, city.slug
        assert len(city.potentials.all()) == 2, city.slug
        assert len(city.good_practices.all()) >= 1, city.slug
        assert [m for m in city.mayors.all() if m.is_current], city.slug
    assert Theme.objects.count() == 10
    assert set(City.objects.filter(status="lead").values_list("slug", flat=True)) == {
        "milan",
        "freetown",
    }


def test_every_theme_is_both_needed_and_offered_somewhere(db):
    seed("--without-accounts")

    for theme in Theme.objects.all():
        assert CityNeed.objects.filter(theme=theme).exists(), theme.slug
        assert CityPotential.objects.filter(theme=theme).exists(), theme.slug


def test_the_demo_mayor_account_is_linked_to_milans_mayor(db, debug_on):
    seed()

    mayor = Mayor.objects.get(city__slug="milan", name="Giuseppe Sala")
    assert mayor.user.email == "mayor.milan@example.org"
    mayor.full_clean()


def test_lisbon_keeps_its_history_of_mayors(db):
    seed("--without-accounts")

    mayors = list(Mayor.objects.filter(city__slug="lisbon").values_list("name", "term_end"))
    assert [name for name, _end in mayors] == ["Carlos Moedas", "Fernando Medina"]
    assert str(mayors[1][1]) == "2021-10-18"
