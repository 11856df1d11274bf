"""The secretariat's workspace, as an admin: axe-core finds no serious or critical violation
and the Nu Html Checker no error, in English and French, and no page scrolls sideways on a
phone. (The atlas has its own: test_atlas_pages.py.)"""

from io import StringIO

import pytest
from django.core.management import call_command

from cities.models import Theme
from meetings.models import Series
from tests.e2e.conftest import axe_violations, sign_in, vnu_errors

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WORKSPACE_PAGES = [
    "secretariat/",
    "secretariat/emails/",
    "secretariat/series/",
    "secretariat/series/new/",
    "secretariat/themes/",
    "secretariat/themes/new/",
    "secretariat/themes/{theme}/",
    "secretariat/themes/{theme}/delete/",
    "secretariat/series/{series}/",
    "secretariat/invitations/",
]


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())


def check(page, paths, languages, tmp_path, prefix):
    report, pages, sideways = {}, {}, {}
    for language in languages:
        for path in paths:
            response = page.goto(f"/{language}/{path}")
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            pages[f"{prefix}-{language}-{path.replace('/', '_')}"] = page.content()
            report[(language, path)] = axe_violations(page)
            page.set_viewport_size({"width": 390, "height": 844})
            sideways[(language, path)] = page.evaluate(
                "document.documentElement.scrollWidth > document.documentElement.clientWidth"
            )
            page.set_viewport_size({"width": 1280, "height": 900})
    assert {key: found for key, found in report.items() if found} == {}
    assert {key for key, wide in sideways.items() if wide} == set()
    errors = vnu_errors(pages, tmp_path)
    assert {name: found for name, found in errors.items() if found} == {}


def test_workspace_pages_are_accessible_and_valid_for_an_admin(page, demo, tmp_path):
    objects = {"theme": Theme.objects.first().pk, "series": Series.objects.first().pk}
    sign_in(page, "admin@example.org", password="dialogue-demo-2021")
    paths = [path.format(**objects) for path in WORKSPACE_PAGES]
    check(page, paths, ["en", "fr"], tmp_path, "workspace")
