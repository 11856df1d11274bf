"""Throughput and load on the real processes: 1,000 invitation emails through Redis and a
Celery worker to an SMTP server, and a crowd of clients against gunicorn. The figures are
printed (`-rP`) and written to var/bench/."""

import json
import time
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command

from bench.load import Target, load
from cities.models import City, CityMembership, Theme
from invitations.services import invitation_create
from mayors_dialogue import celery_app
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from meetings.models import CalendarFeed, Meeting
from tests.integration.conftest import wait_until
from tests.smtp import SMTPServer

pytestmark = pytest.mark.integration

EMAILS = 1000


def report(name: str, figures: dict) -> None:
    folder = Path(settings.BASE_DIR) / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(f"{name}: {json.dumps(figures)}")  # noqa: T201 -- shown by -rP


@pytest.fixture
def real_broker():
    celery_app.conf.task_always_eager = False
    yield
    celery_app.conf.task_always_eager = True


def test_a_thousand_invitations_are_each_delivered_once(start_process, real_broker):
    """All are created and queued on Redis first; then a worker (concurrency 2) delivers."""
    city = City.objects.create(
        name_en="Luanda", slug="luanda", country="AO", continent="africa", timezone="Africa/Luanda"
    )
    started = time.monotonic()
    for number in range(EMAILS):
        invitation_create(
            invited_by=None,
            email=f"colleague{number}@luanda.example.org",
            name=f"Colleague {number}",
            language=("pt", "fr", "en", "de")[number % 4],
            role="city_staff",
            city=city,
        )
    queued = time.monotonic() - started
    with SMTPServer() as smtp:
        worker = start_process("worker", EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}")
        worker.wait_for_output("ready.", timeout=60)
        started = time.monotonic()
        assert wait_until(lambda: len(smtp.messages) >= EMAILS, timeout=300), len(smtp.messages)
        delivered = time.monotonic() - started
        time.sleep(2)  # a duplicate would arrive now

    recipients = [message["To"] for message in smtp.messages]
    assert len(recipients) == EMAILS
    assert len(set(recipients)) == EMAILS
    assert Email.objects.filter(status=EmailStatus.SENT).count() == EMAILS
    report(
        "email_throughput",
        {
            "emails": EMAILS,
            "worker_concurrency": 2,
            "seconds_to_create_and_queue": round(queued, 1),
            "seconds_to_deliver_all": round(delivered, 1),
            "emails_per_second": round(EMAILS / delivered, 1),
        },
    )


def sessions_for(users) -> list[str]:
    cookies = []
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
    return cookies


def test_ten_clients_for_ten_seconds_get_no_errors(start_web, transactional_db):
    """The CI version of `make bench`'s load test: the same mix of pages, signed out and in."""
    call_command(
        "seed_scale", "--cities=40", "--users=100", "--meetings=200", "--proposals=100",
        "--documents=300", stdout=StringIO(),
    )  # fmt: skip
    members = list(CityMembership.objects.select_related("user").order_by("pk")[:10])
    cookies = sessions_for(member.user for member in members)
    feed = CalendarFeed.objects.create(user=members[0].user)
    city = City.objects.public().filter(slug__startswith="scale-").first()
    meeting = Meeting.objects.filter(is_public=True, status="scheduled").first()
    theme = Theme.objects.first()
    web = start_web(DJANGO_SECRET_KEY=settings.SECRET_KEY, DJANGO_CONN_MAX_AGE="60")
    targets = [
        Target("home", "/en/"),
        Target("cities", f"/en/cities/?needs={theme.pk}"),
        Target("city", f"/en/cities/{city.slug}/"),
        Target("meetings", "/en/meetings/"),
        Target("meeting", f"/en/meetings/{meeting.pk}/"),
        Target("evidence", "/de/evidence/?q=St%C3%A4dte"),
        Target("feed", f"/en/meetings/feed/{feed.token}.ics"),
        *(Target("proposals", f"/en/partnerships/proposals/?theme={theme.pk}", c) for c in cookies),
        *(Target("mine", "/en/meetings/mine/", c) for c in cookies),
    ]

    result = load(web.port, targets, clients=10, seconds=10)

    report("load_ci", {"clients": 10, "seconds": 10, **result})
    assert result["errors"] == 0, result["first_errors"]
    assert result["requests"] > 50
