"""No message into the void: when nobody at an invited city (or at a proposing city) has an
account, the page says so in plain words and the city goes on the secretariat's list."""

import pytest
from django.core import mail

from cities.models import City
from invitations.enums import OutreachReason
from invitations.models import OutreachRequest
from meetings.models import Meeting
from partnerships.models import Proposal
from tests.factories import CityFactory, CityMembershipFactory, UserFactory

from .conftest import meeting_post_data


@pytest.fixture
def accra(db):
    return CityFactory(name_en="Accra", slug="accra-x")  # nobody there has an account


@pytest.fixture
def dakar_staff(db):
    return CityMembershipFactory(city__name_en="Dakar", city__slug="dakar-x").user


def messages_of(response):
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


def test_scheduling_says_who_was_told_and_who_nobody_could_tell(
    client, partner_staff, accra, dakar_staff, django_capture_on_commit_callbacks
):
    organiser = partner_staff.partner_memberships.get().organisation
    dakar = City.objects.get(slug="dakar-x")
    client.force_login(partner_staff)
    data = meeting_post_data(organiser=organiser.pk, invited_cities=[accra.pk, dakar.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/meetings/new/", data, follow=True)

    assert messages_of(response) == [
        (
            "success",
            "The meeting has been saved; 1 person is told, by email or in their notifications, as they chose.",
        ),
        (
            "warning",
            "Nobody at Accra has an account on the platform yet, so they were not told. "
            "The secretariat has been asked to reach them.",
        ),
    ]
    assert [m.to for m in mail.outbox] == [[dakar_staff.email]]
    (request,) = OutreachRequest.objects.all()
    assert (request.city, request.reason, request.requested_by) == (
        accra,
        OutreachReason.MEETING,
        partner_staff,
    )
    # While the email waits in the outbox the organiser's page says so; once sent, delivered.
    assert "1 waiting to be sent" in response.content.decode()
    page = client.get(response.redirect_chain[-1][0]).content.decode()
    assert "1 email delivered" in page
    assert "0 could not be delivered" in page
    assert 'href="/en/cities/accra-x/">Accra</a>' in page


def test_saving_again_does_not_ask_the_secretariat_twice(
    client, partner_staff, accra, django_capture_on_commit_callbacks
):
    organiser = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)
    data = meeting_post_data(organiser=organiser.pk, invited_cities=[accra.pk])
    client.post("/en/meetings/new/", data)
    meeting = Meeting.objects.get()

    response = client.post(f"/en/meetings/{meeting.pk}/edit/", data, follow=True)

    assert messages_of(response)[0] == (
        "success",
        "The meeting has been saved. Nobody needed to be told.",
    )
    assert OutreachRequest.objects.count() == 1


def test_the_secretariat_sees_the_list_and_it_clears_when_someone_accepts(
    client, admin_user, partner_staff, accra, django_capture_on_commit_callbacks
):
    from invitations.services import invitation_accept, invitation_create, outreach_request

    outreach_request(reason=OutreachReason.MEETING, requested_by=partner_staff, city=accra)
    client.force_login(admin_user)
    dashboard = client.get("/fr/invitations/").text
    assert "Personne à joindre pour l’instant" in dashboard
    assert "Invitée à une réunion" in dashboard
    assert f'href="/fr/cities/{accra.slug}/invite/"' in dashboard

    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(
            invited_by=admin_user, email="kofi@accra.example.org", name="Kofi", language="en",
            role="city_staff", city=accra,
        )  # fmt: skip
    token = mail.outbox[-1].body.split("/invitations/accept/")[1].split("/")[0]
    invitation_accept(token=token, display_name="Kofi", password="a-long-new-password-9")

    assert OutreachRequest.objects.open().count() == 0
    assert invitation.pk


def test_an_admin_marks_a_request_done_and_others_are_refused(
    client, admin_user, partner_staff, staff_a, accra
):
    from invitations.services import outreach_request

    request = outreach_request(reason=OutreachReason.MEETING, requested_by=None, city=accra)
    url = f"/en/invitations/outreach/{request.pk}/done/"
    for person in (partner_staff, staff_a):
        client.force_login(person)
        assert client.post(url).status_code == 403
    client.logout()
    assert client.post(url).status_code in (302, 403)
    assert OutreachRequest.objects.open().count() == 1

    client.force_login(admin_user)
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    assert OutreachRequest.objects.open().count() == 0


def test_interest_in_a_proposal_of_a_city_with_nobody_there_says_so(
    client, accra, dakar_staff, django_capture_on_commit_callbacks
):
    proposal = Proposal.objects.create(
        city=accra, title_en="Skills", summary_en="S", kind="peer_learning", status="open"
    )
    client.force_login(dakar_staff)
    dakar = City.objects.get(slug="dakar-x")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/partnerships/proposals/{proposal.pk}/interest/",
            {"city": dakar.pk, "message": ""},
            follow=True,
        )

    assert messages_of(response) == [
        (
            "warning",
            "Your city’s interest is saved on the proposal, but nobody at Accra has an account "
            "on the platform yet, so no one there was told. The secretariat has been asked to "
            "reach Accra.",
        )
    ]
    assert mail.outbox == []
    assert OutreachRequest.objects.get().reason == OutreachReason.INTEREST


def test_interest_says_how_many_people_were_told(
    client, dakar_staff, django_capture_on_commit_callbacks
):
    milan = CityFactory(name_en="Milan", slug="milan-x")
    for _ in range(2):
        CityMembershipFactory(city=milan)
    CityMembershipFactory(city=milan, user=UserFactory(is_active=False))
    proposal = Proposal.objects.create(
        city=milan, title_en="Skills", summary_en="S", kind="peer_learning", status="open"
    )
    client.force_login(dakar_staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/fr/partnerships/proposals/{proposal.pk}/interest/",
            {"city": City.objects.get(slug="dakar-x").pk, "message": ""},
            follow=True,
        )

    assert messages_of(response) == [
        (
            "success",
            "L’intérêt de votre ville a été transmis à Milan : 2 personnes en sont informées "
            "par e-mail.",
        )
    ]
    assert len(mail.outbox) == 2
    assert not OutreachRequest.objects.exists()
