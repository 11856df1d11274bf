import pytest

from tests.factories import CityFactory, PartnerOrganisationFactory

PUBLIC_PAGES = ["/en/", "/en/cities/", "/en/meetings/", "/en/partnerships/", "/en/evidence/"]
ROLES = ["staff_a", "staff_b", "mayor_a", "partner_staff", "admin"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_are_open_to_anonymous_visitors(client, db, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Language"] == "en"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_public_pages_are_open_to_every_role(client, roles, path, role):
    client.force_login(roles[role])

    assert client.get(path).status_code == 200


def test_health_answers_ok(client, db):
    response = client.get("/healthz")

    assert (response.status_code, response.content) == (200, b"ok")


def test_pages_have_landmarks_and_a_skip_link(client, db):
    html = client.get("/en/").text

    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert '<main id="main" class="wrap" tabindex="-1">' in html
    assert html.count("<header") == 1
    assert html.count("<footer") == 1
    assert '<nav class="wrap main-nav" aria-label="Main">' in html


def test_signed_in_menu_shows_admin_link_only_to_admins(client, roles):
    client.force_login(roles["admin"])
    admin_html = client.get("/en/").text
    client.force_login(roles["staff_a"])
    staff_html = client.get("/en/").text

    assert '<a href="/en/admin/">Administration</a>' in admin_html
    assert '<a href="/en/admin/">' not in staff_html


def make_directory(size: int) -> None:
    CityFactory.create_batch(size)
    PartnerOrganisationFactory.create_batch(size)


@pytest.mark.parametrize("size", [3, 30])
def test_home_runs_a_fixed_number_of_queries(client, db, django_assert_num_queries, size):
    make_directory(size)

    with django_assert_num_queries(2):
        response = client.get("/en/")

    assert response.text.count('<a class="city-name"') == size
