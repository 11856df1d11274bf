import os
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, Phase, settings

from cities.models import PartnerMembership
from partnerships.models import Interest, Proposal
from tests.factories import CityMembershipFactory, ThemeFactory

# Every form gets 200 examples in CI (HYPOTHESIS_PROFILE=ci, which .ci/run sets) and 20 in a
# local `make test`; the same ones on every run (derandomize), and nothing is written to
# .hypothesis/. Each test runs its examples inside one test transaction, so the
# function-scoped fixtures are shared on purpose; each example rolls itself back.
settings.register_profile("ci", max_examples=200)
settings.register_profile("dev", max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    # FUZZ_NO_SHRINK=1 reports failures as found, without minutes of shrinking.
    **({"phases": [Phase.explicit, Phase.generate]} if os.environ.get("FUZZ_NO_SHRINK") else {}),
)


def pytest_collection_modifyitems(items):
    # A failing example with a 10,000-character value has a long repr; say so, don't fail.
    for item in items:
        if item.nodeid.startswith("tests/fuzz/"):
            item.add_marker(pytest.mark.filterwarnings("ignore:Generating overly large repr"))


@pytest.fixture
def themes(db):
    return [ThemeFactory(slug="jobs"), ThemeFactory(slug="data")]


@pytest.fixture
def organisation(partner_staff):
    return PartnerMembership.objects.get(user=partner_staff).organisation


@pytest.fixture
def mayor_b(city_b):
    return CityMembershipFactory(city=city_b, role="mayor").user


@pytest.fixture
def meeting(city_a, city_b, organisation):
    from meetings.models import Meeting

    meeting = Meeting.objects.create(
        title_en="Dialogue meeting",
        format="virtual",
        start=datetime(2030, 1, 14, 13, tzinfo=UTC),
        end=datetime(2030, 1, 14, 15, tzinfo=UTC),
        timezone="Europe/Berlin",
        video_link="https://meet.example.org/dialogue",
        organiser=organisation,
        status="scheduled",
    )
    meeting.invited_cities.set([city_a, city_b])
    return meeting


def _proposal(city, status, themes, **fields):
    proposal = Proposal.objects.create(
        city=city, title_en="Peer learning on reception", summary_en="Two cities.", kind="peer_learning",
        status=status, **fields,
    )  # fmt: skip
    proposal.themes.set(themes)
    return proposal


@pytest.fixture
def open_proposal_b(city_b, themes):
    """City B's open proposal: city A may express interest, partners may support it."""
    return _proposal(city_b, "open", themes)


@pytest.fixture
def open_proposal_a(city_a, city_b, themes, staff_b):
    """City A's open proposal that city B is interested in: city A moves its status."""
    proposal = _proposal(city_a, "open", themes)
    Interest.objects.create(proposal=proposal, city=city_b, user=staff_b)
    return proposal


@pytest.fixture
def discussed_proposal(city_a, city_b, themes, staff_b):
    """City A's proposal in discussion with city B: both sides confirm."""
    proposal = _proposal(city_a, "in_discussion", themes)
    Interest.objects.create(proposal=proposal, city=city_b, user=staff_b)
    proposal.partner_cities.set([city_b])
    return proposal
