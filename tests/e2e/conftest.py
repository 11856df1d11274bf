"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live
server, with axe-core and the Nu Html Checker. Run with `make e2e`."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = "/usr/bin/chromium"
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    missing = [str(path) for path in (Path(CHROMIUM), AXE, VNU) if not path.exists()]
    if shutil.which("java") is None:
        missing.append("java")
    if not missing:
        return
    for item in items:
        if "e2e" in item.keywords:
            if os.environ.get("REQUIRE_E2E"):
                item.add_marker(pytest.mark.usefixtures("_fail_missing_tools"))
            else:
                item.add_marker(pytest.mark.skip(reason="needs " + ", ".join(missing)))


@pytest.fixture
def _fail_missing_tools():
    pytest.fail("REQUIRE_E2E is set but Chromium, node_modules (npm ci) or java is missing")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    # bypass_csp lets the tests inject axe-core; the policy itself is tested on real responses
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


def sign_in(page, email, password="a-long-test-password-7", language="en"):
    page.goto(f"/{language}/accounts/login/")
    page.locator('main input[name="login"]').fill(email)
    page.locator('main input[name="password"]').fill(password)
    submit(page, page.locator('main button[type="submit"]'))


def submit(page, button):
    """Click a submit button and wait for the page it leads to."""
    with page.expect_navigation():
        button.click()


def axe_violations(page) -> list[dict]:
    """Serious and critical axe-core violations on the current page."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def vnu_errors(html_documents: dict[str, str], tmp_path) -> dict[str, list[str]]:
    """Run the Nu Html Checker once over several pages; errors per page."""
    files = {}
    for name, html in html_documents.items():
        path = tmp_path / f"{name}.html"
        path.write_text(html)
        files[str(path)] = name
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],  # noqa: S607 -- java from PATH
        capture_output=True,
        text=True,
        check=True,
    )
    errors = {name: [] for name in files.values()}
    for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
        if message.get("type") == "error":
            name = files.get(message.get("url", "").replace("file:", ""), "?")
            errors.setdefault(name, []).append(message.get("message", ""))
    return errors
