"""A cache that cannot go wrong: pages in a cache of their own (never next to the rate
limits), Redis that may be down, permissions and the host in what a page is kept for. On
the real backends: the database cache on this run's database, and Redis when there is one."""

import logging
import os
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

from mayors_dialogue.cache_backends import RedisCacheWithFallback
from mayors_dialogue.caching import cache_version
from tests.factories import CityFactory, UserFactory


@pytest.fixture
def database_caches(settings, db):
    settings.CACHES = {
        name: {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": table}
        for name, table in [
            ("default", "django_cache"),
            ("pages", "django_cache_pages"),
        ]
    }
    call_command("createcachetable", verbosity=0)


def keys_in(table: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {table}")  # noqa: S608 -- our own table names
        return [row[0] for row in cursor.fetchall()]


def test_pages_are_kept_apart_from_the_rate_limits_and_versions(client, database_caches):
    CityFactory(name_en="Accra")

    assert client.get("/en/").status_code == 200

    assert keys_in("django_cache_pages")  # the page and the home's lists
    assert all(":version:" in key for key in keys_in("django_cache"))
    assert client.get("/en/").status_code == 200  # and served from there


def unreachable_redis():
    return RedisCacheWithFallback("redis://127.0.0.1:1/0", {"TIMEOUT": 60})


def test_while_redis_is_down_pages_are_kept_in_memory_and_no_request_fails(caplog):
    pages = unreachable_redis()

    with caplog.at_level(logging.WARNING, logger="mayors_dialogue.cache_backends"):
        pages.set("page:x", "kept")
        assert pages.get("page:x") == "kept"
        assert pages.get_many(["page:x", "page:y"]) == {"page:x": "kept"}
        pages.set_many({"page:y": "also"})
        assert pages.get("page:y") == "also"

    # one warning when Redis fails, then no further attempt for a while
    assert [r.message for r in caplog.records if "Redis unreachable" in r.message] == [
        "Page cache: Redis unreachable (ConnectionError); pages kept in memory for 30s"
    ]


def test_the_site_works_with_a_page_cache_on_a_redis_that_is_down(client, db, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "mayors_dialogue.cache_backends.RedisCacheWithFallback",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    CityFactory(name_en="Accra")

    assert [client.get("/en/").status_code for _ in range(2)] == [200, 200]
    assert "Accra" in client.get("/en/cities/").text


@pytest.fixture
def redis_url():
    url = os.environ.get("REDIS_URL", "")
    if not url:
        if os.environ.get("REQUIRE_SERVICES"):
            pytest.fail("REQUIRE_SERVICES is set but REDIS_URL is not")
        pytest.skip("needs REDIS_URL")
    return url


def test_on_a_real_redis_pages_are_kept_there(redis_url):
    import redis

    pages = RedisCacheWithFallback(redis_url, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    pages.set("page:x", {"main": "<p>kept</p>"}, 60)

    assert pages.get("page:x") == {"main": "<p>kept</p>"}
    assert redis.Redis.from_url(redis_url).exists(pages.make_key("page:x")) == 1
    pages.delete("page:x")


def test_a_change_of_groups_or_permissions_retires_a_persons_pages(
    db, django_capture_on_commit_callbacks
):
    person = UserFactory()
    before = cache_version("people")

    with django_capture_on_commit_callbacks(execute=True):
        person.groups.add(Group.objects.create(name="Secretariat"))

    assert cache_version("people") != before


def test_a_superuser_is_kept_apart_from_the_same_person_before(rf, db):
    from mayors_dialogue.caching import _whole_page_viewer

    person = UserFactory()
    request = rf.get("/en/")
    request.user, request.session, request.COOKIES = person, {}, {}
    before = _whole_page_viewer(request)
    person.is_superuser = True

    assert _whole_page_viewer(request) != before


def test_the_host_is_part_of_what_a_page_is_kept_for(client, db, settings):
    settings.ALLOWED_HOSTS = ["one.example.org", "two.example.org"]
    city = CityFactory(slug="accra", name_en="Accra")

    first = client.get(f"/en/cities/{city.slug}/dossier/", HTTP_HOST="one.example.org")
    second = client.get(f"/en/cities/{city.slug}/dossier/", HTTP_HOST="two.example.org")

    assert "http://one.example.org/en/cities/accra/dossier/" in first.text
    assert "http://two.example.org/en/cities/accra/dossier/" in second.text
