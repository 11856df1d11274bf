"""On a phone (390 px): the menu, touch targets, the language from the header; forms people
can finish: the error summary, a file kept across a failed save, rows added without a save."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from tests.e2e.conftest import axe_violations, sign_in, submit, vnu_errors

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "dialogue-demo-2021"
LANGUAGES = ["en", "de", "fr", "pt"]


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        has_touch=True,
        is_mobile=True,
        bypass_csp=True,
    )
    page = context.new_page()
    yield page
    context.close()


HEADING_SKIPS = """() => {
    const skips = [];
    let previous = 0;
    for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) { skips.push(heading.tagName + " " + heading.textContent.trim()); }
        previous = level;
    }
    return skips;
}"""


def test_the_header_is_one_row_and_the_menu_opens_and_closes_with_the_keyboard(phone, demo):
    sign_in(phone, "admin@example.org", PASSWORD)
    phone.goto("/en/cities/")
    header = phone.locator(".site-header").bounding_box()
    nav = phone.locator(".main-nav")

    assert header["height"] < 70
    assert not nav.is_visible()
    phone.keyboard.press("Tab")  # the skip link
    phone.keyboard.press("Tab")  # the brand
    phone.keyboard.press("Tab")  # the menu button
    assert phone.evaluate("document.activeElement.parentElement.className") == "site-menu"
    phone.keyboard.press("Enter")
    assert nav.is_visible()
    assert phone.locator(".site-menu .account-menu").is_visible()
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Cities"
    phone.keyboard.press("Escape")
    assert not nav.is_visible()
    assert phone.evaluate("document.activeElement.tagName") == "SUMMARY"
    phone.keyboard.press("Space")
    assert nav.is_visible()
    phone.keyboard.press("Space")
    assert not nav.is_visible()


def test_the_menu_opens_by_touch_and_changes_the_language_from_the_header(phone, demo):
    phone.goto("/en/meetings/")
    phone.locator(".site-menu > summary").tap()
    targets = phone.locator(
        ".site-menu summary, .site-menu .main-nav a, .site-menu .account-menu a,"
        " .site-menu .language-switcher button"
    )
    sizes = [targets.nth(i).bounding_box() for i in range(targets.count())]

    assert len(sizes) == 1 + 4 + 1 + 4
    assert [box for box in sizes if box["height"] < 44 or box["width"] < 44] == []

    with phone.expect_navigation():
        phone.locator('.site-menu .language-switcher button[value="pt"]').tap()
    assert phone.url.endswith("/pt/meetings/")
    assert phone.locator("html").get_attribute("lang") == "pt"
    assert phone.locator(".site-menu > summary").inner_text().strip() == "Menu"
    phone.locator(".site-menu > summary").tap()
    assert phone.locator(".main-nav a").first.inner_text() == "Cidades"
    phone.locator(".site-menu > summary").tap()
    assert not phone.locator(".main-nav").is_visible()


def test_a_list_shows_its_map_and_filters_folded_above_the_results(phone, demo):
    phone.goto("/fr/cities/")
    map_button = phone.locator(".directory-map summary")
    first_city = phone.locator(".directory-results .card").first

    assert map_button.bounding_box()["y"] < first_city.bounding_box()["y"]
    assert not phone.locator(".city-map").is_visible()
    map_button.tap()
    assert phone.locator(".city-map").is_visible()
    assert phone.locator(".city-map").bounding_box()["y"] < first_city.bounding_box()["y"]


def test_the_new_pages_have_no_serious_accessibility_violations_and_valid_html(
    phone, demo, tmp_path
):
    sign_in(phone, "staff.freetown@example.org", PASSWORD)
    report, pages, skips = {}, {}, {}
    for language in LANGUAGES:
        for path in ["", "cities/", "cities/freetown/", "cities/freetown/edit/", "evidence/new/"]:
            phone.goto(f"/{language}/{path}")
            pages[f"{language}-{path.replace('/', '_') or 'home'}"] = phone.content()
            skips[(language, path)] = phone.evaluate(HEADING_SKIPS)
            phone.locator(".site-menu > summary").click()  # the menu open, too
            report[(language, path)] = axe_violations(phone)
    assert {key: found for key, found in report.items() if found} == {}
    assert {key: found for key, found in skips.items() if found} == {}
    errors = vnu_errors(pages, tmp_path)
    assert {name: found for name, found in errors.items() if found} == {}


def test_the_city_editor_error_far_down_is_reached_from_the_summary_fixed_and_saved(
    page, demo, tmp_path
):
    sign_in(page, "staff.freetown@example.org", PASSWORD)
    page.goto("/en/cities/freetown/edit/")
    page.locator("#id_practices-0-link").fill("not a link")
    submit(page, page.locator("main form.profile-form button[type=submit]").last)

    summary = page.locator(".error-summary")
    errors = vnu_errors({"failed": page.content()}, tmp_path)["failed"]
    # only the person's own invalid address, given back to them to correct
    assert [error for error in errors if "“not a link”" not in error] == []
    assert page.evaluate(HEADING_SKIPS) == []
    assert page.evaluate("document.activeElement.className") == "error-summary"
    assert summary.locator("a").all_inner_texts() == ["Good practice 1 – Link: Enter a valid URL."]
    summary.locator("a").click()
    assert page.evaluate("document.activeElement.id") == "id_practices-0-link"
    page.keyboard.press("Control+A")
    page.keyboard.type("https://www.freetown.gov.sl/")
    submit(page, page.locator("main form.profile-form button[type=submit]").last)

    assert page.url.endswith("/en/cities/freetown/")
    assert "The profile has been saved." in page.locator(".messages").inner_text()


def test_needs_are_added_without_a_save_in_between(page, demo):
    sign_in(page, "staff.freetown@example.org", PASSWORD)
    page.goto("/en/cities/freetown/edit/")
    rows = page.locator("#needs-rows > fieldset")
    before = rows.count()

    page.get_by_role("button", name="Add a need").click()
    page.get_by_role("button", name="Add a need").click()
    assert rows.count() == before + 2
    for offset, text in enumerate(["Interpreters for city services.", "Housing data."]):
        index = before - 1 + 1 + offset
        page.locator(f"#id_needs-{index}-theme").select_option(index=offset + 1)
        page.locator(f"#id_needs-{index}-description_en").fill(text)
    submit(page, page.locator("main form.profile-form button[type=submit]").last)

    assert page.url.endswith("/en/cities/freetown/")
    body = page.locator("main").inner_text()
    assert "Interpreters for city services." in body
    assert "Housing data." in body


def test_an_evidence_upload_with_an_error_keeps_its_file(page, demo, tmp_path):
    pdf = tmp_path / "coastal-brief.pdf"
    pdf.write_bytes(text_pdf("Coastal brief", "Plain words."))
    sign_in(page, "partner.odi@example.org", PASSWORD)
    page.goto("/en/evidence/new/")
    page.locator("#id_file").set_input_files(str(pdf))
    page.locator("#id_doc_type").select_option("policy_brief")
    page.locator("#id_publication_date").fill("2021-05-01")
    submit(page, page.locator("main form button[type=submit]").last)  # no title yet

    assert "File kept: coastal-brief.pdf" in page.locator("main").inner_text()
    page.locator("#id_title_en").fill("Coastal brief")
    submit(page, page.locator("main form button[type=submit]").last)

    document = EvidenceDocument.objects.get(title_en="Coastal brief")
    with document.file.open("rb") as stored:
        assert stored.read() == Path(pdf).read_bytes()
