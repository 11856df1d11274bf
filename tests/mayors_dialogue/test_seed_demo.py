import re
from datetime import UTC, date, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.cache import cache
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
from evidence.demo import documents_demo_load
from evidence.models import EvidenceDocument
from mayors_dialogue.caching import cache_version
from mayors_dialogue.datafiles import DataFileError
from mayors_dialogue.models import LoadedRow, User
from meetings.demo import DEMO_FILE, meetings_demo_load
from meetings.models import RSVP, AgendaItem, Meeting, Series
from partnerships.enums import ProposalStatus
from partnerships.models import Confirmation, Interest, Proposal, Transition
from tests.factories import UserFactory

DIALOGUE_CITIES = {
    "Accra", "Agadez", "Amsterdam", "Antwerp", "Barcelona", "Bristol", "Dakar", "Durban",
    "Freetown", "Kampala", "Kanifing", "Lisbon", "Mannheim", "Maputo", "Milan", "Paris",
    "Tunis", "Zurich",
}  # fmt: skip

FIRST_RUN = (
    "Reference data: 10 themes, 18 cities and 4 partners created.\n"
    "City profiles: 18 created.\n"
    "Demo accounts: 5 created.\n"
    "Evidence documents: 12 created.\n"
    "Meetings: 13 created.\n"
    "Partnership proposals: 9 created.\n"
    "Invitations: 1 created.\n"
    "Matchmaking suggestions: 209 created.\n"
)
LATER_RUN = (
    "Reference data: 0 themes, 0 cities and 0 partners created.\n"
    "City profiles: 0 created.\n"
    "Demo accounts: 0 created.\n"
    "Evidence documents: 0 created.\n"
    "Meetings: 0 created.\n"
    "Partnership proposals: 0 created.\n"
    "Invitations: 0 created.\n"
    "Matchmaking suggestions: 0 created.\n"
)
COUNTED = [
    City, Theme, PartnerOrganisation, CityNeed, CityPotential, GoodPractice, Mayor, User,
    CityMembership, PartnerMembership, EmailAddress, Series, Meeting, AgendaItem, RSVP,
    Proposal, Interest, Confirmation, Transition, EvidenceDocument, LoadedRow,
]  # fmt: skip


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True


def test_seed_demo_loads_the_dialogue_once(db, debug_on):
    first = seed()
    after_first = counts()
    second = seed()

    assert (first, second) == (FIRST_RUN, LATER_RUN)
    assert counts() == after_first
    assert set(City.objects.public().values_list("name_en", flat=True)) == DIALOGUE_CITIES
    assert City.objects.get(slug="kigali").status == "invited"
    assert set(PartnerOrganisation.objects.values_list("name_en", flat=True)) == {
        "Mayors Migration Council", "Open Society Foundations", "ODI", "Robert Bosch Stiftung",
    }  # fmt: skip


def test_seed_demo_again_on_a_later_day_duplicates_nothing(db, debug_on):
    with time_machine.travel(datetime(2027, 3, 10, 9, tzinfo=UTC), tick=False):
        seed()
        before = counts()
        starts = list(Meeting.objects.order_by("pk").values_list("start", flat=True))

    with time_machine.travel(datetime(2027, 9, 1, 9, tzinfo=UTC), tick=False):
        assert seed() == LATER_RUN

    assert counts() == before
    assert list(Meeting.objects.order_by("pk").values_list("start", flat=True)) == starts


def test_seed_demo_keeps_what_people_changed_in_the_demo(db, debug_on):
    seed()
    freetown = City.objects.get(slug="freetown")
    freetown.description_en = "Our own words."
    freetown.save()
    Meeting.objects.filter(title_en__startswith="Skills partnerships").update(
        title_en="Skills pilots (renamed by ODI)"
    )
    CityNeed.objects.filter(city=freetown).delete()
    Proposal.objects.filter(city__slug="bristol").delete()

    seed()

    assert City.objects.get(slug="freetown").description_en == "Our own words."
    assert Meeting.objects.filter(title_en="Skills pilots (renamed by ODI)").count() == 1
    assert Meeting.objects.filter(title_en__startswith="Skills partnerships").count() == 0
    assert CityNeed.objects.filter(city=freetown).count() == 0
    assert Proposal.objects.filter(city__slug="bristol").count() == 0


def test_seed_demo_refuses_without_debug_and_loads_nothing(db, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError) as error:
        seed()

    assert str(error.value) == (
        "Refusing to load the demo with DJANGO_DEBUG off: it creates accounts with a "
        "published password and invented content. Load it into a development or staging "
        "database, or pass --force if this really is one. The release step runs "
        "load_reference_data instead."
    )
    assert (City.objects.count(), User.objects.count(), LoadedRow.objects.count()) == (0, 0, 0)


def test_seed_demo_with_force_loads_without_debug(db, settings):
    settings.DEBUG = False

    assert seed("--force") == FIRST_RUN


def test_seed_demo_refuses_a_database_with_real_accounts_even_with_force(db, settings):
    settings.DEBUG = False
    UserFactory(email="someone@city.example.org")
    call_command("load_reference_data", stdout=StringIO())
    freetown = City.objects.get(slug="freetown")
    before = counts()

    with pytest.raises(CommandError) as error:
        seed("--force")

    assert str(error.value) == (
        "Refusing to load the demo: this database holds accounts that seed_demo did not "
        "create (1), and the demo was never loaded into it, so it holds real data. seed_demo "
        "adds demo content only to an empty database or to one it seeded before. Nothing "
        "was changed."
    )
    assert counts() == before
    assert City.objects.get(pk=freetown.pk).description_en is None


def test_people_who_join_a_seeded_demo_do_not_stop_the_next_seed(db, debug_on):
    seed()
    UserFactory(email="newcomer@city.example.org")

    assert seed() == LATER_RUN


def test_seed_demo_fills_only_empty_profile_fields_of_a_founding_city(db, debug_on):
    call_command("load_reference_data", stdout=StringIO())
    City.objects.filter(slug="dakar").update(description_fr="Notre description.")

    seed()

    dakar = City.objects.get(slug="dakar")
    assert dakar.description_fr == "Notre description."
    assert dakar.description_en.startswith("Dakar is the capital of Senegal")


def test_a_typo_in_a_demo_file_names_the_file_and_entry_and_loads_nothing(db, tmp_path):
    call_command("load_reference_data", stdout=StringIO())
    documents_demo_load(today=date(2027, 3, 10))
    loaded = LoadedRow.objects.filter(origin="demo").count()
    text = DEMO_FILE.read_text()
    bad = tmp_path / "meetings.yaml"
    bad.write_text(text.replace("- climate-mobility\n", "- climat-mobility\n", 1))

    with pytest.raises(DataFileError) as error:
        meetings_demo_load(today=date(2027, 3, 10), path=bad)

    assert str(error.value) == (
        f"{bad}, meetings 3 (climate-mobility-2020): there is no theme 'climat-mobility'"
    )
    demo_rows = LoadedRow.objects.filter(origin="demo").count()
    assert (Series.objects.count(), Meeting.objects.count(), demo_rows) == (0, 0, loaded)


@pytest.mark.parametrize(
    "now", [datetime(2027, 5, 12, 10, tzinfo=UTC), datetime(2031, 12, 30, 18, tzinfo=UTC)]
)
def test_the_demo_is_alive_on_the_day_it_is_loaded(db, debug_on, client, now):
    with time_machine.travel(now, tick=False):
        seed()
        page = client.get("/en/meetings/").content.decode()
        upcoming = list(Meeting.objects.upcoming())
        summit = Meeting.objects.get(series__is_summit=True, start__gt=now)
        past_summit = Meeting.objects.get(series__is_summit=True, start__lt=now)

    assert "No meetings match." not in page
    assert len(upcoming) == 5
    assert all(meeting.start.weekday() < 5 for meeting in upcoming)
    assert f'href="/en/meetings/{upcoming[0].pk}/"' in page
    assert any(
        meeting.start - now < timedelta(hours=meeting.reminder_hours) for meeting in upcoming
    )
    assert summit.host_city.slug == "milan"
    assert timedelta(days=90) < summit.start - now < timedelta(days=150)
    assert summit.title_en == f"Mayors Dialogue summit {summit.start.year} in Milan"
    assert past_summit.status == "held"
    assert Meeting.objects.filter(start__lt=now, status="scheduled").count() == 0
    assert set(Proposal.objects.values_list("status", flat=True)) == set(ProposalStatus.values)
    assert any(
        _years(proposal.timeframe)[0] <= now.year <= _years(proposal.timeframe)[-1]
        for proposal in Proposal.objects.filter(status=ProposalStatus.OPEN)
    )


def _years(timeframe: str) -> list[int]:
    return [int(year) for year in re.findall(r"\d{4}", timeframe)]


def test_seed_demo_retires_every_cached_domain(db, debug_on, django_capture_on_commit_callbacks):
    domains = ["directory", "meetings", "proposals", "library", "people"]
    before = {domain: cache_version(domain) for domain in domains}

    with django_capture_on_commit_callbacks(execute=True):
        seed()

    assert all(cache.get(f"version:{domain}") != before[domain] for domain in domains)


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


def test_every_city_has_a_profile_in_four_languages(db, debug_on):
    seed()

    for city in City.objects.filter(slug__in=[c.lower() for c in DIALOGUE_CITIES]):
        city.full_clean()
        for field in ["description", "migration_context", "official_languages"]:
            for language in ["en", "de", "fr", "pt"]:
                assert getattr(city, f"{field}_{language}"), (city.slug, field, language)
        assert city.needs.count() == 2, city.slug
        assert city.potentials.count() == 2, city.slug
        assert city.good_practices.count() >= 1, city.slug
        assert [m for m in city.mayors.all() if m.is_current], city.slug
    assert set(City.objects.filter(status="lead").values_list("slug", flat=True)) == {
        "milan",
        "freetown",
    }
    for theme in Theme.objects.all():
        assert CityNeed.objects.filter(theme=theme).exists(), theme.slug
        assert CityPotential.objects.filter(theme=theme).exists(), theme.slug


def test_the_demo_mayor_account_is_linked_to_milans_mayor(db, debug_on):
    seed()

    mayor = Mayor.objects.get(city__slug="milan", name="Giuseppe Sala")
    assert mayor.user.email == "mayor.milan@example.org"
    mayor.full_clean()


def test_lisbon_keeps_its_history_of_mayors(db, debug_on):
    seed()

    mayors = list(Mayor.objects.filter(city__slug="lisbon").values_list("name", "term_end"))
    assert [name for name, _end in mayors] == ["Carlos Moedas", "Fernando Medina"]
    assert str(mayors[1][1]) == "2021-10-18"


def test_demo_meetings_and_proposals_cite_the_demo_evidence(db, debug_on):
    seed()

    coastal = EvidenceDocument.objects.get(title_en__startswith="Coastal change and human")
    assert sorted(coastal.agenda_items.values_list("meeting__title_en", flat=True)) == [
        "Climate mobility: from evidence to municipal plans",
        "Mayors Dialogue summit in Milan",
    ]
    assert list(coastal.proposals.values_list("title_en", flat=True)) == [
        "Greener, climate-resilient neighbourhoods"
    ]
