"""The atlas's pages in the browser: no serious accessibility violations (axe-core) and
valid HTML (the Nu Html Checker), in the four languages, at a desktop and a phone width,
with no horizontal scrolling of the page on a phone (the matrix scrolls in its own box)."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.e2e.conftest import axe_violations, vnu_errors

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ATLAS_PAGES = [
    "atlas/",
    "atlas/?continent=africa&theme=reception-protection",
    "atlas/brief/",
    "atlas/themes/reception-protection/",
    "atlas/themes/reception-protection/brief/",
]
LANGUAGES = ["en", "de", "fr", "pt"]


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


def test_atlas_pages_are_accessible_valid_and_fit_a_phone(page, demo, tmp_path):
    violations, documents, too_wide = {}, {}, {}
    for language in LANGUAGES:
        for path in ATLAS_PAGES:
            page.set_viewport_size({"width": 1280, "height": 900})
            page.goto(f"/{language}/{path}")
            # the page as served, before axe-core's script is added to it
            documents[f"{language}-{path.replace('/', '_').replace('?', '_')}"] = page.content()
            violations[(language, path)] = axe_violations(page)
            page.set_viewport_size({"width": 390, "height": 800})
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                too_wide[(language, path)] = width
    errors = vnu_errors(documents, tmp_path)

    assert {key: found for key, found in violations.items() if found} == {}
    assert {name: found for name, found in errors.items() if found} == {}
    assert too_wide == {}
