"""Cached pages and fragments: served from the cache for the same audience, replaced as soon
as their data changes, never shared across audiences, and never holding a CSRF token."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import City
from evidence.models import EvidenceDocument
from evidence.search import search_vector_update
from mayors_dialogue.caching import cache_invalidate, cache_version, cached
from tests.factories import CityFactory, CityMembershipFactory, CityNeedFactory, UserFactory


def main(html: str) -> str:
    return html.split('<main id="main" class="wrap" tabindex="-1">')[1].split("</main>")[0].strip()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, len(captured)


def test_a_visitor_page_is_served_from_the_cache_until_the_directory_changes(
    client, db, django_capture_on_commit_callbacks
):
    city = CityFactory(name_en="Freetown", slug="freetown")

    first, cold = count_queries(client, "/en/cities/")
    second, warm = count_queries(client, "/en/cities/")
    City.objects.filter(pk=city.pk).update(name_en="Freetown renamed")  # no signal: no change
    stale, _ = count_queries(client, "/en/cities/")
    city.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        city.save()  # a real edit goes through save() and its signal
    fresh, _ = count_queries(client, "/en/cities/")

    assert main(first.text) == main(second.text)
    assert "Freetown" in main(first.text)
    assert warm == 0 < cold  # the locmem cache of the tests needs no query
    assert "Freetown renamed" not in stale.text
    assert "Freetown renamed" in fresh.text


def test_signed_in_people_never_get_the_visitor_copy(client, db):
    city = CityFactory(slug="dakar", name_en="Dakar")
    staff = CityMembershipFactory(city=city, role="staff").user
    visitor_page = client.get("/en/cities/dakar/")

    client.force_login(staff)
    staff_page = client.get("/en/cities/dakar/")

    assert "/en/cities/dakar/edit/" not in visitor_page.text
    assert "/en/cities/dakar/edit/" in staff_page.text


def test_each_language_has_its_own_copy(client, db):
    CityFactory(slug="milan", name_en="Milan", name_de="Mailand")

    english = client.get("/en/cities/")
    german = client.get("/de/cities/")

    assert "Milan" in english.text
    assert "Mailand" in german.text
    assert 'lang="de"' in german.text


def test_a_page_whose_content_holds_a_csrf_token_is_not_cached(client, db):
    """The meeting page shows invited staff an answer form; such content is rendered anew."""
    city = CityFactory()
    staff = CityMembershipFactory(city=city, role="staff").user
    from meetings.models import Meeting

    meeting = Meeting.objects.create(
        title_en="Answer me", format="virtual", start="2031-01-14T13:00Z",
        end="2031-01-14T15:00Z", timezone="Europe/Berlin", status="scheduled",
        video_link="https://meet.example.org/x",
    )  # fmt: skip
    meeting.invited_cities.add(city)
    client.force_login(staff)

    first, _ = count_queries(client, f"/en/meetings/{meeting.pk}/")
    _again, queries = count_queries(client, f"/en/meetings/{meeting.pk}/")

    assert "csrfmiddlewaretoken" in first.text
    assert queries > 5  # rendered again, not read from the cache


def test_search_results_are_cached_until_the_library_changes(
    client, db, django_capture_on_commit_callbacks
):
    def add(title):
        document = EvidenceDocument.objects.create(
            title_en=title, doc_type="policy_brief", publication_date=date(2021, 1, 1),
            languages="en", external_url="https://example.org/x",
        )  # fmt: skip
        search_vector_update(document.pk)  # what the upload service does (PostgreSQL)
        return document

    add("Coastal migration")
    before = client.get("/en/evidence/?q=coastal")
    with django_capture_on_commit_callbacks(execute=True):
        add("Coastal resilience")
    after = client.get("/en/evidence/?q=coastal")

    assert "Coastal migration" in before.text
    assert "Coastal resilience" not in before.text
    assert "Coastal resilience" in after.text


def test_matchmaking_suggestions_follow_a_change_of_needs(
    client, db, django_capture_on_commit_callbacks
):
    from tests.factories import CityPotentialFactory, ThemeFactory

    theme = ThemeFactory(name_en="Labour migration")
    seeker = CityFactory(slug="freetown", name_en="Freetown", continent="africa")
    helper = CityFactory(slug="milan", name_en="Milan", continent="europe")
    CityPotentialFactory(city=helper, theme=theme)

    before = client.get("/en/cities/freetown/")
    with django_capture_on_commit_callbacks(execute=True):
        CityNeedFactory(city=seeker, theme=theme)
    after = client.get("/en/cities/freetown/")

    assert "Milan offers expertise in “Labour migration" not in before.text
    assert "Milan offers expertise in “Labour migration" in after.text


def test_versions_and_cached_values(db, django_capture_on_commit_callbacks):
    calls = []

    def compute():
        calls.append(1)
        return ["value"]

    version = cache_version("directory")
    assert cached("directory", ("x",), compute) == ["value"]
    assert cached("directory", ("x",), compute) == ["value"]
    with django_capture_on_commit_callbacks(execute=True):
        cache_invalidate("directory")

    assert cache_version("directory") != version
    assert cached("directory", ("x",), compute) == ["value"]
    assert len(calls) == 2


@pytest.mark.parametrize("path", ["/en/", "/en/cities/", "/en/meetings/", "/en/evidence/"])
def test_cached_pages_keep_the_layout_of_the_request(client, db, path):
    """The account menu and the language switcher are rendered for each request, around the
    cached content."""
    client.get(path)
    city = CityFactory()
    user = CityMembershipFactory(city=city).user

    visitor = client.get(path)
    client.force_login(user)
    signed_in = client.get(path)

    assert "/en/accounts/login/" in visitor.text
    assert "/en/accounts/logout/" in signed_in.text


def test_a_visitor_served_the_whole_page_from_the_cache_gets_a_working_csrf_token(db):
    """The whole page is kept for plain visitors with its CSRF token punched out; each gets
    a token of their own, and switching the language with it works."""
    from django.test import Client

    CityFactory(slug="tunis", name_en="Tunis")
    Client().get("/en/cities/")  # fills the cache
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get("/en/cities/")
    token = page.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    switched = visitor.post(
        "/i18n/setlang/", {"language": "fr", "next": "/en/cities/", "csrfmiddlewaretoken": token}
    )

    assert "\x00" not in page.text
    assert "Tunis" in page.text
    assert switched.status_code == 302
    assert switched["Location"] == "/fr/cities/"


def test_a_new_release_does_not_read_the_previous_releases_entries(db, monkeypatch):
    from mayors_dialogue import caching

    assert cached("directory", ("release",), lambda: "old") == "old"
    monkeypatch.setattr(caching, "_release", lambda: "/static/css/site.newhash.css|")

    assert cached("directory", ("release",), lambda: "new") == "new"


def test_signed_in_pages_are_kept_per_person_with_their_own_menu_and_token(db):
    from django.test import Client

    city = CityFactory(slug="accra", name_en="Accra")
    ama = CityMembershipFactory(city=city, user__display_name="Ama Mensah").user
    kofi = CityMembershipFactory(city=city, user__display_name="Kofi Boateng").user
    first, again, other = Client(), Client(enforce_csrf_checks=True), Client()
    first.force_login(ama)
    again.force_login(ama)
    other.force_login(kofi)
    first.get("/en/partnerships/proposals/")  # kept for Ama

    page, queries = count_queries(again, "/en/partnerships/proposals/")
    kofis = other.get("/en/partnerships/proposals/")
    token = page.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    signed_out = again.post("/en/accounts/logout/", {"csrfmiddlewaretoken": token})

    assert "Ama Mensah" in page.text
    assert "Kofi Boateng" not in page.text
    assert "Kofi Boateng" in kofis.text
    assert "Ama Mensah" not in kofis.text
    assert signed_out.status_code == 302
    assert queries == 2  # session and person; the page from the (memory) cache


def test_a_persons_kept_page_is_retired_when_they_join_a_city(
    client, db, django_capture_on_commit_callbacks
):
    """Their page is found before their cities are read, so joining a city (which changes
    the 'propose' link and the relevance sort) must retire it."""
    user = UserFactory(timezone="Europe/Lisbon")  # their own zone: the page's zone stays
    city = CityFactory(name_en="Kanifing")
    client.force_login(user)
    before = client.get("/en/partnerships/proposals/")

    with django_capture_on_commit_callbacks(execute=True):
        CityMembershipFactory(user=user, city=city)
    after = client.get("/en/partnerships/proposals/")

    assert "/en/partnerships/proposals/new/" not in before.text
    assert "/en/partnerships/proposals/new/" in after.text


def test_a_pending_message_is_shown_rather_than_a_kept_page(client, db):
    user = CityMembershipFactory(city=CityFactory()).user
    client.force_login(user)
    client.get("/en/evidence/")  # the page is kept for this person

    client.post(
        "/en/accounts/preferences/",
        {"display_name": user.display_name, "language": "en", "timezone": ""},
    )
    after = client.get("/en/evidence/")

    assert "Your preferences have been saved." in after.text


def test_with_the_cache_empty_a_value_and_its_version_are_read_once(db, settings):
    """A first view after the cache was emptied: one read of the version, the version made
    with one write (not read again), one read of the value, the value stored in the pages'
    own table."""
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache_pages",
        },
    }
    call_command("createcachetable", verbosity=0)

    with CaptureQueriesContext(connection) as queries:
        assert cached("library", ("first",), lambda: "value") == "value"

    reads = [q["sql"] for q in queries if '"value", "expires" FROM "django_cache' in q["sql"]]
    assert [sql.split(" FROM ")[1].split()[0] for sql in reads] == [
        '"django_cache"',
        '"django_cache_pages"',
    ]
    assert cached("library", ("first",), lambda: "other") == "value"


def test_a_version_is_replaced_only_once_the_change_is_committed(
    client, db, django_capture_on_commit_callbacks
):
    """A page rendered between the change and its commit reads the old rows: it must not be
    kept under the new version."""
    city = CityFactory(name_en="Freetown")
    before = cache_version("directory")

    with django_capture_on_commit_callbacks() as callbacks:
        city.save()
        assert cache_version("directory") == before  # not yet: the change is not committed
    for callback in callbacks:
        callback()

    assert cache_version("directory") != before


def test_a_version_that_cannot_be_replaced_is_tried_again_and_logged(
    db, settings, caplog, django_capture_on_commit_callbacks
):
    """The default cache on a Redis that does not answer: no request fails, and the stale
    pages are reported, not silent."""
    import logging

    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }

    with (
        caplog.at_level(logging.WARNING, logger="mayors_dialogue.caching"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        cache_invalidate("directory")

    assert [record.levelname for record in caplog.records] == ["WARNING", "WARNING", "ERROR"]
    assert caplog.records[-1].message == "Cache version of directory not replaced: stale pages"


def test_a_release_that_changes_only_code_or_templates_has_keys_of_its_own(tmp_path):
    """Without RELEASE set and with the same stylesheet, a release whose templates or code
    changed must not read the entries of the one before (the home page once lost its map
    that way)."""
    from mayors_dialogue.caching import code_fingerprint

    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "home.html"
    template.write_text("<p>{{ directory.cities }}</p>")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "views.py").write_text("X = 1\n")
    (tmp_path / ".venv").mkdir()
    before = code_fingerprint(tmp_path)

    (tmp_path / ".venv" / "ignored.py").write_text("Y = 2\n")
    assert code_fingerprint(tmp_path) == before
    template.write_text("<p>{{ directory.cities }}</p>{{ directory.map }}")
    assert code_fingerprint(tmp_path) != before
