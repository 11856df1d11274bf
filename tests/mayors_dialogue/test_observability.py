"""Structured logs with request, user and task ids; /health/; Sentry only with SENTRY_DSN."""

import gzip
import io
import json
import logging
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.conf import settings

from mayors_dialogue.observability import ContextFilter, JsonFormatter
from mayors_dialogue.tasks import email_send
from tests.factories import UserFactory


@pytest.fixture
def json_log():
    """What the console handler of settings.LOGGING would print, captured."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContextFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)


def test_a_request_logs_its_id_and_user_and_returns_the_id(client, db, json_log):
    user = UserFactory()
    client.force_login(user)

    response = client.get("/en/no-such-page/", headers={"X-Request-ID": "proxy-request-0001"})

    assert response.status_code == 404
    assert response["X-Request-ID"] == "proxy-request-0001"
    (entry,) = [e for e in json_log() if e["logger"] == "django.request"]
    assert entry["message"] == "Not Found: /en/no-such-page/"
    assert entry["level"] == "WARNING"
    assert entry["request_id"] == "proxy-request-0001"
    assert entry["user_id"] == str(user.pk)


def test_a_malformed_incoming_request_id_is_replaced(client, db):
    response = client.get("/en/", headers={"X-Request-ID": "bad id\nwith newline"})

    assert len(response["X-Request-ID"]) == 32
    assert response["X-Request-ID"] != "bad id\nwith newline"


def test_a_task_logs_its_task_id(db, json_log):
    result = email_send.apply(kwargs={"email_id": 987654})

    (entry,) = [e for e in json_log() if e["logger"] == "mayors_dialogue.tasks"]
    assert entry["message"] == "Email 987654 is gone; nothing to send"
    assert entry["task_id"] == result.id
    assert "user_id" not in entry


def test_health_reports_each_dependency(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    report = response.json()
    assert report["status"] == "ok"
    assert report["database"] == "ok"
    assert report["redis"] == ("ok" if settings.REDIS_URL else "not configured")


def test_health_answers_503_when_redis_is_unreachable(client, db, settings):
    settings.REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "redis": "unavailable",
        "broker": "not configured",
    }


class _SentryIngest(BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        self.received.append(body)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


SENTRY_PROBE = (
    "import django, sentry_sdk; django.setup(); "
    "print(sentry_sdk.get_client().is_active()); "
    "sentry_sdk.capture_message('drill from the platform'); sentry_sdk.flush(5)"
)


def run_probe(**env):
    base = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    base.pop("SENTRY_DSN", None)
    return subprocess.run(
        [sys.executable, "-c", SENTRY_PROBE],
        cwd=settings.BASE_DIR,
        env={**base, "DJANGO_SETTINGS_MODULE": "mayors_dialogue.settings.local", **env},
        timeout=60,
        capture_output=True,
        text=True,
        check=True,
    )


def test_sentry_is_off_without_a_dsn():
    assert run_probe().stdout.strip() == "False"


def test_sentry_reports_to_the_dsn_when_one_is_set():
    _SentryIngest.received = []
    server = HTTPServer(("127.0.0.1", 0), _SentryIngest)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = run_probe(SENTRY_DSN=f"http://publickey@127.0.0.1:{server.server_port}/1")
    finally:
        server.shutdown()
        server.server_close()

    assert result.stdout.strip() == "True"
    assert any(b"drill from the platform" in body for body in _SentryIngest.received)
