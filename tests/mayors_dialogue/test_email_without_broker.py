"""Email on the embedded default (no Redis), on `make run`'s runserver and on gunicorn with
production settings: the request that queues an email never waits for the SMTP server; the web
process's own thread delivers it, tries again with growing pauses when the server is down, and
the email arrives once the server is back. No beat, no worker."""

import re
import time

import pytest

from tests.embedded import EmbeddedSite, free_port
from tests.smtp import SilentSMTPServer, SMTPServer

KIGALI = {
    "city_name": "Windhoek",
    "country": "NA",
    "continent": "africa",
    "timezone": "Africa/Windhoek",
    "name": "Aline Uwase",
    "email": "aline@kigali.example.org",
    "language": "fr",
    "message": "",
}
SERVERS = ["runserver", "gunicorn"]
ROW = (
    "select status, attempts, failures_in_a_row, retry_at is not null, subject"
    " from mayors_dialogue_email where recipient = 'aline@kigali.example.org'"
)


@pytest.fixture
def site(tmp_path):
    site = EmbeddedSite(tmp_path).prepare()
    yield site
    site.stop()


def wait_until(predicate, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return predicate()


def invite_kigali(site, client) -> float:
    site.sign_in(client, "admin@example.org")
    started = time.monotonic()
    response = client.post_form("/en/invitations/city/", KIGALI)
    seconds = time.monotonic() - started
    assert response.status == 302, re.findall(r'class="errorlist[^>]*>(.*?)</ul>', response.text)
    page = client.get(response.header("Location"))
    assert "The invitation to aline@kigali.example.org is saved and its email is queued." in (
        page.text
    )
    return seconds


@pytest.mark.parametrize("server", SERVERS)
def test_an_smtp_server_that_never_answers_never_holds_the_request(site, server):
    with SilentSMTPServer() as silent:
        client = site.start(server, EMAIL_URL=f"smtp://127.0.0.1:{silent.port}", EMAIL_TIMEOUT="4")

        seconds = invite_kigali(site, client)

        assert seconds < 3, seconds
        assert wait_until(lambda: silent.connections, timeout=10), site.output()[-3000:]
        started = time.monotonic()
        assert client.get("/en/meetings/").status == 200  # while the thread waits on SMTP
        assert time.monotonic() - started < 3
        row = wait_until(lambda: site.rows(ROW)[0][2] == 1 and site.rows(ROW), timeout=30)
        assert row[0][:4] == ("queued", 1, 1, 1)  # timed out, to be tried again later


@pytest.mark.parametrize("server", SERVERS)
def test_an_smtp_server_that_is_down_gets_the_email_once_it_is_back(site, server):
    port = free_port()  # nothing listens here yet
    client = site.start(
        server, EMAIL_URL=f"smtp://127.0.0.1:{port}", EMAIL_RETRY_BACKOFF_SECONDS="1"
    )

    seconds = invite_kigali(site, client)

    assert seconds < 3, seconds
    assert wait_until(lambda: site.rows(ROW)[0][2] >= 1, timeout=30), site.output()[-3000:]
    status, attempts, failures, retry_planned, _subject = site.rows(ROW)[0]
    assert (status, retry_planned) == ("queued", 1)
    assert attempts == failures < 3  # a pause after each failure, not five tries at once
    with SMTPServer(port=port) as smtp:
        assert wait_until(lambda: smtp.messages, timeout=60), site.output()[-3000:]
        time.sleep(6)  # a sweep later: still one
        assert len(smtp.messages) == 1
    assert smtp.messages[0]["Subject"].startswith("Votre invitation")
    assert site.rows(ROW)[0][:4] == ("sent", attempts + 1, 0, 0)
