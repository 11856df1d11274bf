"""Links that let someone in (an invitation, a password reset) never sit in clear text in
the outbox: the stored body shows a mark, the link is filled in at delivery from an
encrypted copy, and that copy is erased once the email is sent."""

import re
from io import StringIO

import pytest
from django.core import mail

from invitations.services import invitation_create
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email

TOKEN_LINK = re.compile(r"https?://\S+/(?:invitations/accept|accounts/password/reset/key)/\S+")


class TestTheOutboxKeepsNoUsableLink:
    def test_an_invitation(self, city_a, staff_a, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks() as callbacks:
            invitation_create(
                invited_by=staff_a, email="colleague@example.org", name="Colleague",
                language="fr", role="city_staff", city=city_a,
            )  # fmt: skip
        queued = Email.objects.get()

        for callback in callbacks:
            callback()

        sent = Email.objects.get()
        (message,) = mail.outbox
        link = TOKEN_LINK.search(message.body).group(0)
        assert (
            link.startswith("http://testserver/fr/invitations/accept/")
            or "/fr/invitations/accept/" in link
        )
        assert link in message.alternatives[0][0]
        assert TOKEN_LINK.search(queued.body_text) is None
        assert TOKEN_LINK.search(queued.body_html) is None
        assert "[lien masqué 1]" in queued.body_text
        assert (sent.status, sent.sealed) == (EmailStatus.SENT, "")

    def test_a_password_reset(self, client, staff_a, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/en/accounts/password/reset/", {"email": staff_a.email})

        stored = Email.objects.get()
        (message,) = mail.outbox
        assert TOKEN_LINK.search(message.body)
        assert TOKEN_LINK.search(stored.body_text) is None
        assert stored.sealed == ""

    def test_the_database_holds_no_usable_link_before_delivery(
        self, city_a, staff_a, tmp_path, django_capture_on_commit_callbacks, settings
    ):
        from django.core.management import call_command

        with django_capture_on_commit_callbacks():  # queued, not delivered
            invitation_create(
                invited_by=staff_a, email="colleague@example.org", name="Colleague",
                language="en", role="city_staff", city=city_a,
            )  # fmt: skip
        email = Email.objects.get()
        from mayors_dialogue.services import email_message

        token = TOKEN_LINK.search(email_message(email).body).group(0).rsplit("/", 2)[-2]

        # every row a backup holds (pg_dump and the SQLite copy take the same rows)
        call_command("dumpdata", output=str(tmp_path / "dump.json"), stdout=StringIO())

        dump = (tmp_path / "dump.json").read_text()
        assert "colleague@example.org" in dump
        assert token not in dump


class TestASecretKeyThatChanges:
    @pytest.fixture
    def queued(self, city_a, staff_a, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks():  # queued, not delivered
            invitation_create(
                invited_by=staff_a, email="colleague@example.org", name="Colleague",
                language="en", role="city_staff", city=city_a,
            )  # fmt: skip
        return Email.objects.get()

    def test_an_old_key_in_the_fallbacks_still_opens_the_link(self, queued, settings):
        from mayors_dialogue.services import email_deliver

        settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
        settings.SECRET_KEY = "a-new-secret-key-after-rotation-" + "x" * 32

        assert email_deliver(email=queued) is True
        assert TOKEN_LINK.search(mail.outbox[-1].body)

    def test_without_it_the_email_fails_and_says_why(self, queued, settings):
        from mayors_dialogue.services import email_deliver

        settings.SECRET_KEY = "a-new-secret-key-after-rotation-" + "x" * 32

        assert email_deliver(email=queued) is False
        queued.refresh_from_db()
        assert (queued.status, mail.outbox) == (EmailStatus.FAILED, [])
        assert "SECRET_KEY" in queued.last_error
