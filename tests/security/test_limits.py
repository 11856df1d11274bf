"""Every public or email-sending form has a limit per client or per person, counted in the
database (mayors_dialogue.limits); past it the reader is told, in their language, when to try
again."""

import pytest
from django.core import mail
from django.utils import timezone

from invitations.models import Invitation
from invitations.services import invitation_create
from partnerships.models import Comment, Interest, Proposal
from tests.cities.test_invitations import token_in
from tests.factories import CityFactory, CityMembershipFactory, UserFactory

TOO_MANY_DE = "Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 60 Minuten erneut."
TOO_MANY_EN = "Too many attempts in a short time. Please try again in 60 minutes."


@pytest.fixture
def pending(city_a, staff_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(
            invited_by=staff_a, email="colleague@example.org", name="Colleague", language="de",
            role="mayor", city=city_a,
        )  # fmt: skip
    return invitation, token_in(mail.outbox[-1])


class TestTheFreshLinkForm:
    def ask(self, client, token, email, capture):
        with capture(execute=True):
            return client.post("/de/invitations/fresh-link/", {"token": token, "email": email})

    def test_a_working_link_is_not_killed_by_asking_again(
        self, client, pending, django_capture_on_commit_callbacks
    ):
        _invitation, token = pending
        mail.outbox.clear()

        self.ask(client, token, "colleague@example.org", django_capture_on_commit_callbacks)

        assert mail.outbox == []
        assert client.get(f"/de/invitations/accept/{token}/").status_code == 200

    def test_three_requests_an_hour_per_address(
        self, client, admin_user, pending, django_capture_on_commit_callbacks
    ):
        invitation, token = pending
        Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
        mail.outbox.clear()

        answers = [
            self.ask(client, token, "colleague@example.org", django_capture_on_commit_callbacks)
            for _ in range(4)
        ]

        assert [answer.status_code for answer in answers] == [302, 302, 302, 200]
        assert TOO_MANY_DE in answers[3].content.decode()
        # the first re-issues the link; the next two find it fresh and leave it working
        assert len(mail.outbox) == 1

    def test_ten_requests_an_hour_per_client_whatever_the_address(
        self, client, admin_user, django_capture_on_commit_callbacks
    ):
        answers = [
            self.ask(client, "", f"stranger{n}@example.org", django_capture_on_commit_callbacks)
            for n in range(11)
        ]

        assert [answer.status_code for answer in answers] == [302] * 10 + [200]
        assert TOO_MANY_DE in answers[10].content.decode()
        assert len(mail.outbox) == 10  # one to the one admin per request, then none


class TestColleagueInvitations:
    def test_twenty_a_day_per_person(self, client, city_a, staff_a):
        client.force_login(staff_a)

        answers = [
            client.post(f"/de/cities/{city_a.slug}/invite/", colleague(f"c{n}@example.org"))
            for n in range(21)
        ]

        assert [answer.status_code for answer in answers] == [302] * 20 + [200]
        assert (
            "Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 24 Stunden erneut."
            in answers[20].content.decode()
        )
        assert Invitation.objects.count() == 20


def colleague(email: str) -> dict:
    return {"email": email, "name": "C", "language": "de", "role": "city_staff", "message": ""}


class TestInterestAndComments:
    @pytest.fixture
    def proposals(self, city_a):
        return [
            Proposal.objects.create(
                city=city_a, title_en=f"P{n}", summary_en="S", kind="peer_learning", status="open"
            )
            for n in range(11)
        ]

    def test_interest_ten_an_hour_per_person(self, client, proposals):
        person = CityMembershipFactory(city=CityFactory(slug="other"), user__language="de").user
        client.force_login(person)

        for proposal in proposals:
            response = client.post(
                f"/de/partnerships/proposals/{proposal.pk}/interest/",
                {"city": person.city_memberships.get().city_id, "message": "Hello"},
                follow=True,
            )

        assert Interest.objects.count() == 10
        assert TOO_MANY_DE in response.content.decode()

    def test_comments_thirty_an_hour_per_person(self, client, staff_a, proposals):
        client.force_login(staff_a)

        for n in range(31):
            response = client.post(
                f"/de/partnerships/proposals/{proposals[0].pk}/comments/",
                {"body": f"Comment {n}"},
                follow=True,
            )

        assert Comment.objects.count() == 30
        assert TOO_MANY_DE in response.content.decode()


class TestPasswordReset:
    """Three reset emails an hour per address, with or without an account, and ten an hour
    per client; a refused request shows the form and its error, never the "sent" page."""

    def ask(self, client, email, capture, *, language="en", client_ip="198.51.100.7"):
        with capture(execute=True):
            return client.post(
                f"/{language}/accounts/password/reset/", {"email": email}, REMOTE_ADDR=client_ip
            )

    def test_three_an_hour_per_address_of_an_account(
        self, client, db, django_capture_on_commit_callbacks
    ):
        UserFactory(email="lena@example.org")

        answers = [
            self.ask(client, email, django_capture_on_commit_callbacks)
            for email in ["lena@example.org", "LENA@example.org", "Lena@Example.org"] * 2
        ]

        assert [answer.status_code for answer in answers] == [302] * 3 + [200] * 3
        assert TOO_MANY_EN in answers[3].content.decode()
        assert "/accounts/password/reset/done/" not in answers[3].get("Location", "")
        assert len(mail.outbox) == 3

    def test_three_an_hour_per_address_without_an_account(
        self, client, db, django_capture_on_commit_callbacks
    ):
        answers = [
            self.ask(client, "nobody@example.org", django_capture_on_commit_callbacks, client_ip=ip)
            for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"]
        ]

        assert [answer.status_code for answer in answers] == [302, 302, 302, 200]
        assert TOO_MANY_EN in answers[3].content.decode()
        assert len(mail.outbox) == 3

    def test_ten_an_hour_per_client_whatever_the_address(
        self, client, db, django_capture_on_commit_callbacks
    ):
        answers = [
            self.ask(client, f"stranger{n}@example.org", django_capture_on_commit_callbacks)
            for n in range(11)
        ]
        elsewhere = self.ask(
            client, "stranger11@example.org", django_capture_on_commit_callbacks,
            client_ip="203.0.113.9",
        )  # fmt: skip

        assert [answer.status_code for answer in answers] == [302] * 10 + [200]
        assert TOO_MANY_EN in answers[10].content.decode()
        assert elsewhere.status_code == 302
        assert len(mail.outbox) == 11

    def test_the_refusal_is_in_the_readers_language(
        self, client, db, django_capture_on_commit_callbacks
    ):
        UserFactory(email="lena@example.org", language="de")
        for _ in range(3):
            self.ask(client, "lena@example.org", django_capture_on_commit_callbacks)

        answer = self.ask(
            client, "lena@example.org", django_capture_on_commit_callbacks, language="fr"
        )

        assert answer.status_code == 200
        assert (
            "Trop de tentatives en peu de temps. Veuillez réessayer dans 60 minutes."
            in answer.content.decode()
        )
        assert len(mail.outbox) == 3
