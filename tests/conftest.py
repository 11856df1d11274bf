import os

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache, caches
from django.utils import translation

from cities.enums import CityRole
from mayors_dialogue import health
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    PartnerMembershipFactory,
    UserFactory,
)


def pytest_collection_modifyitems(config, items):
    """Tests marked `integration` need the real PostgreSQL and Redis. Without them they skip
    (the SQLite run of `make test`), unless REQUIRE_SERVICES is set, as CI sets it: then a
    missing service fails the run instead of being skipped silently."""
    database_url = os.environ.get("DATABASE_URL", "")
    missing = []
    if not database_url.startswith(("postgres://", "postgresql://")):
        missing.append("DATABASE_URL (PostgreSQL)")
    if not os.environ.get("REDIS_URL"):
        missing.append("REDIS_URL")
    if not missing:
        return
    reason = "needs " + " and ".join(missing)
    required = os.environ.get("REQUIRE_SERVICES")
    for item in items:
        if "integration" in item.keywords:
            if required:
                item.add_marker(pytest.mark.usefixtures("_fail_missing_services"))
            else:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def _fail_missing_services():
    pytest.fail("REQUIRE_SERVICES is set but DATABASE_URL (PostgreSQL) or REDIS_URL is not")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    caches["pages"].clear()
    health._last.clear()  # the readiness report kept for a few seconds


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request to a /fr/ page leaves French
    active in the thread, which would otherwise decide the next test's messages."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def city_a(db):
    return CityFactory(slug="city-a", name_en="Alphaville", timezone="Africa/Kampala")


@pytest.fixture
def city_b(db):
    return CityFactory(slug="city-b", name_en="Betatown", timezone="Europe/Lisbon")


@pytest.fixture
def staff_a(city_a):
    return CityMembershipFactory(city=city_a, role=CityRole.STAFF).user


@pytest.fixture
def staff_b(city_b):
    return CityMembershipFactory(city=city_b, role=CityRole.STAFF).user


@pytest.fixture
def mayor_a(city_a):
    return CityMembershipFactory(city=city_a, role=CityRole.MAYOR).user


@pytest.fixture
def partner_staff(db):
    return PartnerMembershipFactory().user


@pytest.fixture
def admin_user(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def roles(staff_a, staff_b, mayor_a, partner_staff, admin_user):
    """Every signed-in role, by name, for permission tests."""
    return {
        "staff_a": staff_a,
        "staff_b": staff_b,
        "mayor_a": mayor_a,
        "partner_staff": partner_staff,
        "admin": admin_user,
    }
