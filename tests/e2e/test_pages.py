from io import StringIO

import pytest
from django.core.management import call_command

from tests.e2e.conftest import axe_violations, sign_in, vnu_errors

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MAIN_PAGES = [
    "",
    "cities/",
    "cities/freetown/",
    "meetings/",
    "partnerships/",
    "evidence/",
    "partners/odi/",
]
LANGUAGES = ["en", "de", "fr", "pt"]
NAVIGATION = {
    "en": "Cities",
    "de": "Städte",
    "fr": "Villes",
    "pt": "Cidades",
}


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


def test_every_main_page_switches_through_the_four_languages(page, demo):
    page.goto("/en/cities/")
    for language in ["de", "fr", "pt", "en"]:
        page.locator(f'.language-switcher button[value="{language}"]').click()
        page.wait_for_load_state()
        assert page.url.endswith(f"/{language}/cities/")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator(".main-nav a").first.inner_text() == NAVIGATION[language]


def test_keyboard_first_reaches_the_skip_link_and_it_moves_focus_to_main(page, demo):
    page.goto("/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_main_pages_have_no_serious_accessibility_violations(page, demo, request):
    report = {}
    for signed_in in [False, True]:
        if signed_in:
            sign_in(page, "staff.dakar@example.org", password="dialogue-demo-2021")
        for language in LANGUAGES:
            for path in MAIN_PAGES:
                page.goto(f"/{language}/{path}")
                report[(signed_in, language, path)] = axe_violations(page)
    counts = {key: len(violations) for key, violations in report.items()}
    print("axe serious/critical violations per page:", counts)  # noqa: T201 -- part of the test report
    assert {key: v for key, v in report.items() if v} == {}


def test_main_pages_are_valid_html(page, demo, tmp_path):
    pages = {}
    for language in LANGUAGES:
        for path in MAIN_PAGES:
            page.goto(f"/{language}/{path}")
            pages[f"{language}-{path.replace('/', '_') or 'home'}"] = page.content()
    errors = vnu_errors(pages, tmp_path)
    print("vnu errors per page:", {name: len(found) for name, found in errors.items()})  # noqa: T201 -- part of the test report
    assert {name: found for name, found in errors.items() if found} == {}


PERSONAL_PAGES = ["me/", "me/notifications/", "accounts/preferences/", "meetings/mine/"]


def test_personal_pages_are_accessible_and_valid_for_each_role(page, demo, tmp_path):
    """The personal home, notifications and preferences, as city staff, partner staff, a
    mayor and an admin, in English and French."""
    report, pages = {}, {}
    for email in [
        "staff.dakar@example.org",
        "partner.odi@example.org",
        "mayor.milan@example.org",
        "admin@example.org",
    ]:
        page.context.clear_cookies()
        sign_in(page, email, password="dialogue-demo-2021")
        for language in ["en", "fr"]:
            for path in PERSONAL_PAGES:
                page.goto(f"/{language}/{path}")
                # the page as served, before axe-core is injected into it
                pages[f"{email.split('@')[0]}-{language}-{path.replace('/', '_')}"] = page.content()
                report[(email, language, path)] = axe_violations(page)
    assert {key: v for key, v in report.items() if v} == {}
    errors = vnu_errors(pages, tmp_path)
    assert {name: found for name, found in errors.items() if found} == {}


def test_the_html_checker_does_report_invalid_pages(tmp_path):
    errors = vnu_errors(
        {"broken": "<!DOCTYPE html><html lang=en><title>x</title><p><span></div>"}, tmp_path
    )

    assert errors["broken"]


def test_the_main_menu_is_reachable_by_keyboard_with_a_visible_focus(page, demo):
    page.goto("/en/")
    for _press in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Cities":
            break
    focused = page.evaluate(
        "(() => { const e = document.activeElement; const s = getComputedStyle(e);"
        " return [e.tagName, s.outlineStyle, s.outlineWidth]; })()"
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/cities/")

    assert focused[0] == "A"
    assert focused[1] != "none"
    assert focused[2] != "0px"
    assert page.url.endswith("/en/cities/")


def test_signing_in_works_with_the_keyboard_alone(page, demo):
    page.goto("/en/accounts/login/")
    page.locator('main input[name="login"]').focus()
    page.keyboard.type("staff.freetown@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("dialogue-demo-2021")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/me/")

    assert "Aminata Kamara" in page.locator(".account-menu").inner_text()
    assert page.locator("h1").inner_text() == "My dialogue"
