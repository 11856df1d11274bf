"""Every main page stays light on the wire: its HTML plus the stylesheets, scripts and fonts
it loads, each gzipped, weigh at most 100 KB. Measured on the demo dialogue grown to a few
hundred cities, meetings, proposals and documents."""

import gzip
import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

from cities.models import City
from evidence.models import EvidenceDocument
from meetings.models import Meeting
from partnerships.models import Proposal

BUDGET = 100 * 1024
ASSET = re.compile(r'<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="/static/([^"]+)"')
FONT = re.compile(r"url\(([^)]+\.(?:woff2?|ttf|otf))\)")


@pytest.fixture
def grown_dialogue(db, settings):
    settings.DEBUG = True  # the demo accounts
    call_command("seed_demo", stdout=StringIO())
    call_command(
        "seed_scale", "--cities=300", "--users=300", "--meetings=400", "--proposals=300",
        "--documents=600", stdout=StringIO(),
    )  # fmt: skip


def weight(html: str) -> tuple[int, dict[str, int]]:
    """Gzipped bytes of the page and of each asset it loads (fonts inside stylesheets too)."""
    parts = {"html": len(gzip.compress(html.encode()))}
    for asset in sorted(set(ASSET.findall(html))):
        path = finders.find(asset)
        assert path, f"{asset} is not in static/"
        content = Path(path).read_bytes()
        parts[asset] = len(gzip.compress(content))
        for font in FONT.findall(content.decode()):
            font_path = finders.find(font.strip("'\"").lstrip("/").removeprefix("static/"))
            parts[font] = len(Path(font_path).read_bytes())  # fonts are compressed already
    return sum(parts.values()), parts


def main_pages():
    city = City.objects.get(slug="freetown")
    meeting = Meeting.objects.filter(is_public=True).exclude(status="draft").first()
    proposal = Proposal.objects.filter(status="open").first()
    document = EvidenceDocument.objects.filter(visibility="public").first()
    return [
        ("/en/", False),
        ("/en/cities/", False),
        (f"/en/cities/{city.slug}/", False),
        (f"/en/cities/{city.slug}/", True),
        ("/en/partners/", False),
        ("/en/meetings/", False),
        (f"/en/meetings/{meeting.pk}/", False),
        ("/en/meetings/mine/", True),
        ("/en/partnerships/", False),
        ("/en/partnerships/proposals/", True),
        (f"/en/partnerships/proposals/{proposal.pk}/", True),
        ("/en/evidence/", False),
        ("/en/evidence/?q=migration", False),
        (f"/en/evidence/{document.pk}/", False),
        ("/en/accounts/preferences/", True),
        ("/fr/", False),
    ]


def test_every_main_page_weighs_at_most_100_kb_gzipped(client, grown_dialogue):
    assert client.login(email="staff.dakar@example.org", password="dialogue-demo-2021")
    signed_in = client
    from django.test import Client

    visitor = Client()
    report = {}
    for path, as_participant in main_pages():
        response = (signed_in if as_participant else visitor).get(path)
        assert response.status_code == 200, path
        total, parts = weight(response.content.decode())
        report[(path, as_participant)] = (total, parts)
        print(f"{total / 1024:6.1f} KB  {'signed in ' if as_participant else ''}{path}  {parts}")  # noqa: T201 -- the report in -rP

    heavy = {page: total for page, (total, _parts) in report.items() if total > BUDGET}
    assert not heavy, heavy
    assert all("css/site.css" in parts for _total, parts in report.values())
