"""The embedded default holds a small team's use: `make run`'s server on SQLite, with people
browsing while others schedule meetings, answers every request and loses no write."""

import re
import threading
from collections import Counter

import pytest

from tests.embedded import EmbeddedSite
from tests.integration.http import WebClient
from tests.meetings.conftest import meeting_post_data

READERS = 4
WRITERS = 2
MEETINGS_PER_WRITER = 5
PAGES = ["/en/", "/en/meetings/", "/en/cities/", "/en/evidence/", "/en/partnerships/"]


@pytest.fixture
def site(tmp_path):
    site = EmbeddedSite(tmp_path).prepare()
    yield site
    site.stop()


def test_people_browse_while_others_schedule_meetings_and_every_request_succeeds(site):
    port = site.start("runserver").port
    statuses: Counter = Counter()
    writing = threading.Event()
    writing.set()

    def read():
        client = WebClient(port)
        while writing.is_set():
            for path in PAGES:
                statuses[("read", client.get(path).status)] += 1

    def write(number):
        client = WebClient(port)
        site.sign_in(client, "partner.odi@example.org")
        form = client.get("/en/meetings/new/").text
        organiser = re.search(r'<select name="organiser"[^>]*>\s*<option value="(\d+)"', form)
        for meeting in range(MEETINGS_PER_WRITER):
            data = meeting_post_data(
                title_en=f"Exchange {number}-{meeting}", organiser=organiser.group(1)
            )
            statuses[("write", client.post_form("/en/meetings/new/", data).status)] += 1

    readers = [threading.Thread(target=read) for _ in range(READERS)]
    writers = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join(timeout=300)
    writing.clear()
    for thread in readers:
        thread.join(timeout=60)

    assert statuses[("write", 302)] == WRITERS * MEETINGS_PER_WRITER, (
        statuses,
        site.output()[-3000:],
    )
    assert {key for key in statuses if key[1] not in (200, 302)} == set(), statuses
    assert statuses[("read", 200)] >= READERS * len(PAGES)
    assert site.rows("select count(*) from meetings_meeting where title_en like 'Exchange %'") == [
        (WRITERS * MEETINGS_PER_WRITER,)
    ]
