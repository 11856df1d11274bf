"""Choosing among many in a real browser: Enter in a chooser's search field searches that list,
the page comes back scrolled to it, a result ticked is saved. The page is accessible and valid
HTML, and fits a phone."""

from io import StringIO

import pytest
from django.core.management import call_command

from evidence.models import EvidenceDocument
from meetings.models import AgendaItem, Meeting
from tests.e2e.conftest import axe_violations, sign_in, submit, vnu_errors
from tests.test_form_size import grow

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def grown(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    grow(0, documents=80, cities=60)


def test_an_agenda_item_cites_a_document_found_by_a_search(page, grown, tmp_path):
    sign_in(page, "partner.odi@example.org", password="dialogue-demo-2021", language="fr")
    page.goto("/fr/meetings/new/")
    page.locator('input[name="title_en"]').fill("Remittance corridors")
    page.locator('input[name="agenda-0-title_en"]').fill("Corridors")
    search = page.locator('input[name="agenda-0-documents-search"]')
    search.fill("report 17")
    with page.expect_navigation():
        search.press("Enter")

    assert page.url.endswith("/fr/meetings/new/#id_agenda-0-documents")
    assert page.locator('input[name="title_en"]').input_value() == "Remittance corridors"
    assert page.locator(".error-summary").count() == 0
    result = page.get_by_label("Grown report 17 on labour mobility and remittances")
    assert result.is_visible()
    assert vnu_errors({"chooser": page.content()}, tmp_path) == {"chooser": []}
    assert axe_violations(page) == []  # after the checker: it adds its script to the page

    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    result.check()
    page.locator('input[name="day"]').fill("2031-01-14")
    page.locator('input[name="start_time"]').fill("14:00")
    page.locator('input[name="end_time"]').fill("16:00")
    page.locator('select[name="format"]').select_option("virtual")
    page.locator('input[name="video_link"]').fill("https://meet.example.org/corridors")
    submit(page, page.get_by_role("button", name="Enregistrer la réunion"))

    meeting = Meeting.objects.get(title_en="Remittance corridors")
    assert [d.title_en for d in AgendaItem.objects.get(meeting=meeting).documents.all()] == [
        EvidenceDocument.objects.get(title_en__startswith="Grown report 17 ").title_en
    ]


def test_a_proposal_names_preferred_cities_found_by_a_search_without_javascript(
    browser, live_server, grown
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, "staff.freetown@example.org", password="dialogue-demo-2021")
    page.goto("/en/partnerships/proposals/new/")
    page.locator('input[name="preferred_cities-search"]').fill("grown city 4")
    submit(page, page.locator('button[value="preferred_cities"]'))

    assert page.get_by_label("Grown city 42").is_visible()
    assert "Only the first 20 matches" not in page.content()
    context.close()
