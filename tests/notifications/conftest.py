from datetime import UTC, datetime

import pytest

from tests.meetings.conftest import make_meeting  # noqa: F401  (the fixture)


@pytest.fixture
def organiser(partner_staff):
    partner_staff.language = "fr"
    partner_staff.timezone = "Africa/Dakar"
    partner_staff.display_name = "Awa"
    partner_staff.save()
    return partner_staff


@pytest.fixture
def meeting(make_meeting, organiser, city_a, city_b):  # noqa: F811
    return make_meeting(
        cities=[city_a, city_b],
        organiser=organiser.partner_memberships.get().organisation,
        title_en="Labour pathways",
        title_fr="Parcours de travail",
        start=datetime(2030, 1, 14, 13, tzinfo=UTC),
        end=datetime(2030, 1, 14, 15, tzinfo=UTC),
    )
