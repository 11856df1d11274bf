from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_resend_all
from secretariat import selectors
from secretariat.views.emails import failure_reason

EMAILS = "/en/secretariat/emails/"
REFUSED = "SMTPRecipientsRefused({'a@example.org': (550, b'5.1.1 User unknown')})"
LOST = "Its hidden link cannot be read with this SECRET_KEY; send a fresh one."


def new_email(status=EmailStatus.FAILED, *, ago=timedelta(0), sent_ago=None, **fields):
    email = Email.objects.create(
        recipient=fields.pop("recipient", "fatou@example.org"), subject="Bienvenue",
        body_text="Texte", from_email="dialogue@example.org", language="fr", status=status,
        **fields,
    )  # fmt: skip
    now = timezone.now()
    Email.objects.filter(pk=email.pk).update(
        updated_at=now - ago, sent_at=now - sent_ago if sent_ago is not None else None
    )
    return email


def lost_link_email(**fields):
    """Queued under another SECRET_KEY: its hidden link cannot be read any more."""
    sealed = Fernet(Fernet.generate_key()).encrypt(b"{}").decode()
    return new_email(sealed=sealed, last_error=LOST, attempts=1, **fields)


def texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def admin(client, admin_user):
    client.force_login(admin_user)
    return client


def test_page_lists_failed_emails_with_a_readable_reason_and_waiting_ones(admin, settings):
    settings.EMAIL_STALE_AFTER_MINUTES = 10
    refused = new_email(last_error=REFUSED, attempts=5, recipient="refused@example.org")
    lost = lost_link_email(recipient="lost@example.org")
    late = new_email(EmailStatus.QUEUED, ago=timedelta(minutes=45), recipient="late@example.org")
    new_email(EmailStatus.QUEUED, recipient="soon@example.org")

    response = admin.get(EMAILS)

    failed = [(row.email, row.link_lost) for row in response.context["failed_rows"]]
    waiting = [(row.email.recipient, row.stale) for row in response.context["waiting_rows"]]
    assert failed == [(lost, True), (refused, False)]
    assert waiting == [("late@example.org", True), ("soon@example.org", False)]
    assert late.pk
    assert "The recipient’s mail server does not know this address" in response.text
    assert f"/en/secretariat/emails/{refused.pk}/resend/" in response.text
    assert f"/en/secretariat/emails/{lost.pk}/resend/" not in response.text  # a fresh link instead


@pytest.mark.parametrize(
    ("last_error", "start"),
    [
        (REFUSED, "The recipient’s mail server does not know"),
        (LOST, "Its link can no longer be read"),
        ("ConnectionRefusedError(111, 'Connection refused')", "Our mail server could not be reached"),
        ("SMTPAuthenticationError(535, b'5.7.8 Bad credentials')", "Our mail server refused"),
        ("SMTPDataError(554, b'5.7.1 Message rejected as spam')", "The recipient’s mail server rejected"),
        ("", "No reason was recorded."),
        ("KeyError('x')", "An error we do not recognise"),
    ],
)  # fmt: skip
def test_failure_reason_names_common_smtp_errors(last_error, start):
    assert failure_reason(last_error).startswith(start)


def test_delivery_rate_over_a_day_and_a_week(db, settings):
    settings.EMAIL_STALE_AFTER_MINUTES = 10
    new_email(EmailStatus.SENT, sent_ago=timedelta(hours=2))
    new_email(EmailStatus.SENT, sent_ago=timedelta(hours=3))
    new_email(EmailStatus.SENT, sent_ago=timedelta(days=3))
    new_email(EmailStatus.SENT, sent_ago=timedelta(days=9))  # too old for both
    new_email(EmailStatus.FAILED, ago=timedelta(hours=1))
    new_email(EmailStatus.FAILED, ago=timedelta(days=2))
    new_email(EmailStatus.QUEUED, ago=timedelta(minutes=30))
    new_email(EmailStatus.SENDING, lease_until=timezone.now() + timedelta(minutes=1))
    now = timezone.now()
    for minutes in (3, 7):
        new_email(
            EmailStatus.QUEUED, publish_next_at=now, publish_failures=1,
            waiting_since=now - timedelta(minutes=minutes),
        )  # fmt: skip

    health = selectors.email_health(now=now)

    assert (health.day.sent, health.day.failed, round(health.day.rate, 1)) == (2, 1, 66.7)
    assert (health.week.sent, health.week.failed, health.week.rate) == (3, 2, 60.0)
    assert (health.waiting, health.stale, health.failed) == (4, 1, 2)
    assert health.waiting_for_broker == 2
    assert health.oldest_for_broker == now - timedelta(minutes=7)


def test_rate_is_none_when_nothing_was_sent_or_given_up(db):
    assert selectors.email_health().day.rate is None


def test_resend_one_queues_it_once_after_commit(admin, django_capture_on_commit_callbacks):
    email = new_email(last_error=REFUSED)
    url = f"/en/secretariat/emails/{email.pk}/resend/"

    with django_capture_on_commit_callbacks() as callbacks:
        first = admin.post(url)
        second = admin.post(url)

    email.refresh_from_db()
    assert (first.status_code, first["Location"]) == (302, EMAILS)
    assert email.status == EmailStatus.QUEUED
    assert len(callbacks) == 1
    assert texts(second) == [
        "The email to fatou@example.org is queued again.",
        "This email is no longer waiting to be sent again.",
    ]


def test_resend_one_with_a_lost_link_is_refused_with_what_to_do(
    admin, django_capture_on_commit_callbacks
):
    email = lost_link_email()

    with django_capture_on_commit_callbacks() as callbacks:
        response = admin.post(f"/en/secretariat/emails/{email.pk}/resend/")

    email.refresh_from_db()
    assert email.status == EmailStatus.FAILED
    assert callbacks == []
    assert texts(response) == [
        "The email to fatou@example.org was not sent again: its link can no longer be read. "
        "Send a fresh invitation from the invitations dashboard."
    ]


def test_resend_all_queues_every_failed_email_but_those_with_a_lost_link(
    admin, django_capture_on_commit_callbacks
):
    failed = [new_email(last_error=REFUSED) for _ in range(3)]
    lost = lost_link_email()
    sent = new_email(EmailStatus.SENT, sent_ago=timedelta(hours=1))

    with django_capture_on_commit_callbacks() as callbacks:
        first = admin.post("/en/secretariat/emails/resend-all/")
        second = admin.post("/en/secretariat/emails/resend-all/")

    statuses = dict(Email.objects.values_list("pk", "status"))
    assert statuses == {
        **{email.pk: EmailStatus.QUEUED for email in failed},
        lost.pk: EmailStatus.FAILED,
        sent.pk: EmailStatus.SENT,
    }
    assert len(callbacks) == 1  # one hand-over of the three to the broker, none for the second
    callbacks[0]()
    assert sorted(Email.objects.filter(status=EmailStatus.SENT).values_list("pk", flat=True)) == (
        sorted([sent.pk, *(email.pk for email in failed)])
    )
    assert first.status_code == 302
    assert texts(second) == [
        "3 emails are queued again.",
        "1 could not be: its link is lost; send a fresh invitation from the invitations dashboard.",
        "1 failed email could not be sent again: its link is lost; send a fresh invitation "
        "from the invitations dashboard.",
    ]


def test_resend_all_service_only_moves_failed_rows_of_the_given_ids(db):
    chosen, other = new_email(), new_email()
    queued = new_email(EmailStatus.QUEUED)

    result = email_resend_all(ids=[chosen.pk, queued.pk])

    statuses = dict(Email.objects.values_list("pk", "status"))
    assert (result.queued, result.link_lost) == (1, 0)
    assert statuses == {chosen.pk: "queued", other.pk: "failed", queued.pk: "queued"}


@pytest.mark.parametrize(
    "url", [EMAILS, "/en/secretariat/emails/resend-all/", "/en/secretariat/emails/1/resend/"]
)
def test_other_roles_are_refused_and_visitors_sent_to_sign_in(client, staff_a, partner_staff, url):
    email = new_email()
    url = url.replace("/1/", f"/{email.pk}/")
    method = client.get if url == EMAILS else client.post

    anonymous = method(url)
    client.force_login(staff_a)
    staff = method(url)
    client.force_login(partner_staff)
    partner = method(url)

    email.refresh_from_db()
    assert (anonymous.status_code, staff.status_code, partner.status_code) == (302, 403, 403)
    assert anonymous["Location"].startswith("/en/accounts/login/")
    assert email.status == EmailStatus.FAILED


def page_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(EMAILS)
    assert response.status_code == 200
    return len(captured)


def test_email_page_runs_the_same_queries_at_any_size(admin):
    def grow(count):
        for _ in range(count):
            new_email(last_error=REFUSED)
            lost_link_email()
            new_email(EmailStatus.QUEUED, ago=timedelta(hours=1))
            new_email(EmailStatus.QUEUED, publish_next_at=timezone.now(), publish_failures=1)
            new_email(EmailStatus.SENDING, lease_until=timezone.now() + timedelta(minutes=2))

    grow(3)
    small = page_queries(admin)
    grow(30)  # beyond a page of 50
    large = page_queries(admin)

    assert (small, large) == (large, 7)
    assert admin.get(EMAILS + "?failed=2").context["failed_rows"].__len__() == 16


def test_emails_waiting_for_the_task_queue_are_counted_and_marked(admin, client):
    now = timezone.now()
    for minutes in (2, 12):
        new_email(
            EmailStatus.QUEUED, recipient=f"refused{minutes}@example.org",
            publish_next_at=now + timedelta(minutes=1), publish_failures=2,
            waiting_since=now - timedelta(minutes=minutes),
        )  # fmt: skip
    new_email(EmailStatus.SENDING, recipient="sending@example.org", lease_until=now)
    new_email(EmailStatus.QUEUED, recipient="queued@example.org")

    english = admin.get(EMAILS)
    french = admin.get("/fr/secretariat/emails/")

    states = {
        row.email.recipient: (row.being_sent, row.waiting_for_broker)
        for row in english.context["waiting_rows"]
    }
    assert states == {
        "refused2@example.org": (False, True),
        "refused12@example.org": (False, True),
        "sending@example.org": (True, False),
        "queued@example.org": (False, False),
    }
    assert english.context["health"].waiting_for_broker == 2
    assert "the oldest for 12\xa0minutes" in english.text
    assert "2 emails could not be handed to the task queue (Redis)" in english.text
    assert english.text.count("Waiting for the task queue") == 3  # the figure and two rows
    assert "Being sent" in english.text
    assert "la plus ancienne depuis 12\xa0minutes" in french.text
    assert "Envoi en cours" in french.text


def test_an_email_waiting_for_its_next_delivery_try_says_when(admin, settings):
    settings.TIME_ZONE = "UTC"
    retry_at = timezone.now().replace(hour=11, minute=4) + timedelta(days=1)
    new_email(
        EmailStatus.QUEUED, recipient="retry@example.org", attempts=2, failures_in_a_row=2,
        retry_at=retry_at, last_error="ConnectionRefusedError(111)",
    )  # fmt: skip

    english = admin.get(EMAILS)
    german = admin.get("/de/secretariat/emails/")

    row = next(
        r for r in english.context["waiting_rows"] if r.email.recipient == "retry@example.org"
    )
    assert (row.being_sent, row.waiting_for_broker) == (False, False)
    assert "next try after 11:04" in english.text
    assert "nächster Versuch nach 11:04" in german.text
