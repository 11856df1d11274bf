from io import StringIO

import pytest
from django.core.management import call_command

from cities.models import City
from evidence.models import EvidenceDocument
from meetings.models import Meeting
from partnerships.models import Comment, Proposal
from tests.e2e.conftest import sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>window.__xss = 1</script>",
    '<img src="x" onerror="window.__xss = 1">',
    '"><svg onload="window.__xss = 1">',
    '<a href="javascript:window.__xss = 1">click</a>',
]
PAYLOAD = " ".join(PAYLOADS)


@pytest.fixture
def hostile_content(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    City.objects.filter(slug="freetown").update(
        description_en=PAYLOAD, migration_context_en=PAYLOAD, official_languages_en=PAYLOAD
    )
    proposal = Proposal.objects.get(city__slug="dakar", status="in_discussion")
    Proposal.objects.filter(pk=proposal.pk).update(summary_en=PAYLOAD, offers_en=PAYLOAD)
    Comment.objects.create(proposal=proposal, body=PAYLOAD)
    meeting = Meeting.objects.order_by("pk").first()
    Meeting.objects.filter(pk=meeting.pk).update(description_en=PAYLOAD, outcomes_en=PAYLOAD)
    document = EvidenceDocument.objects.order_by("pk").first()
    EvidenceDocument.objects.filter(pk=document.pk).update(summary_en=PAYLOAD)
    return [
        "/en/cities/freetown/",
        "/en/cities/freetown/dossier/",
        f"/en/partnerships/proposals/{proposal.pk}/",
        f"/en/meetings/{meeting.pk}/",
        f"/en/evidence/{document.pk}/",
        f"/en/evidence/?q={document.title_en.split()[0]}",
    ]


def test_nothing_people_write_executes_in_the_browser(page, hostile_content):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, "staff.dakar@example.org", password="dialogue-demo-2021")

    for path in hostile_content:
        page.goto(path)
        for link in page.locator('a[href^="javascript:"]').all():
            pytest.fail(f"a javascript: link was rendered on {path}: {link}")
        assert page.evaluate("window.__xss") is None, path
    page.goto("/en/cities/freetown/")

    assert dialogs == []
    assert "<script>window.__xss = 1</script>" in page.locator("main").inner_text()
