"""The organiser's attendance export: every invited city's answer, safe in a spreadsheet."""

import csv
import io

import pytest

from meetings.models import RSVP, Attendee
from tests.factories import CityFactory


@pytest.fixture
def meeting(make_meeting, partner_staff, city_a, staff_a):
    organisation = partner_staff.partner_memberships.get().organisation
    other = CityFactory(name_en="=HYPERLINK(1)", slug="formula")
    meeting = make_meeting(cities=[city_a, other], organiser=organisation)
    rsvp = RSVP.objects.create(
        meeting=meeting, city=city_a, response="attending", responded_by=staff_a
    )
    Attendee.objects.create(rsvp=rsvp, position=0, name="@SUM(1+1)", role="-Mayor")
    Attendee.objects.create(
        rsvp=rsvp, position=1, name="Ana", languages=["pt", "fr"], other_languages="Wolof"
    )
    return meeting


def test_the_organiser_downloads_every_city_with_its_answer(client, partner_staff, meeting):
    client.force_login(partner_staff)

    response = client.get(f"/fr/meetings/{meeting.pk}/attendance.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="meeting-{meeting.pk}-attendance.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Ville",
        "Réponse",
        "Réponse donnée par",
        "Date de la réponse",
        "Qui participe",
        "Rôle",
        "Langues comprises",
        "Autres langues",
        "Interprétation nécessaire",
    ]
    unanswered, first, second = rows[1:]  # by the names readers see: "=" before "A"
    assert first[:3] == ["Alphaville", "Participe", str(meeting.rsvps.get().responded_by)]
    # one row a person; would-be formulas are neutralised
    assert first[4:] == ["'@SUM(1+1)", "'-Mayor", "", "", ""]
    assert second[4:] == ["Ana", "", "Français, Portugais", "Wolof", "oui"]
    assert unanswered == ["'=HYPERLINK(1)", "", "", "", "", "", "", "", ""]


@pytest.mark.parametrize("role", ["staff_a", "staff_b", "mayor_a"])
def test_other_roles_are_refused(client, roles, meeting, role):
    client.force_login(roles[role])

    assert client.get(f"/en/meetings/{meeting.pk}/attendance.csv").status_code == 403


def test_the_public_is_sent_to_sign_in_and_admins_may(client, admin_user, meeting):
    assert client.get(f"/en/meetings/{meeting.pk}/attendance.csv").status_code in (302, 404)
    client.force_login(admin_user)
    assert client.get(f"/en/meetings/{meeting.pk}/attendance.csv").status_code == 200
