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
    menu = html[html.index('<details class="site-menu">') : html.index("</details>")]
    assert '<nav class="main-nav" aria-label="Main">' in menu
    assert '<form class="language-switcher"' in menu


def test_signed_in_menu_shows_admin_link_only_to_admins(client, roles):
    client.force_login(roles["admin"])
    admin_html = client.get("/en/").text
    client.force_login(roles["staff_a"])
    staff_html = client.get("/en/").text

    assert '<a href="/en/admin/">Administration</a>' in admin_html
    assert '<a href="/en/admin/">' not in staff_html


def make_directory(size: int) -> None:
    from datetime import date, timedelta

    from django.utils import timezone

    from evidence.models import EvidenceDocument
    from meetings.models import Meeting
    from partnerships.models import Proposal
    from tests.factories import ThemeFactory

    cities = CityFactory.create_batch(size, latitude=10, longitude=10)
    PartnerOrganisationFactory.create_batch(size)
    theme = ThemeFactory()
    for number, city in enumerate(cities):
        start = timezone.now() + timedelta(days=number + 1)
        Meeting.objects.create(
            title_en=f"M{number}", format="virtual", start=start,
            end=start + timedelta(hours=1), timezone="UTC",
        ).invited_cities.add(city)  # fmt: skip
        for status in ("agreed", "open"):
            proposal = Proposal.objects.create(
                city=city, title_en="P", summary_en="S", kind="peer_learning", status=status
            )
            proposal.partner_cities.add(cities[0])
            proposal.themes.add(theme)
        EvidenceDocument.objects.create(
            title_en=f"D{number}", doc_type="policy_brief", publication_date=date(2024, 1, 1),
            languages="en", visibility="public", external_url="https://example.org/d",
        )  # fmt: skip


@pytest.mark.parametrize("size", [3, 30])
def test_home_runs_a_fixed_number_of_queries(client, db, django_assert_num_queries, size):
    make_directory(size)

    # the cities' names to sort, then those the lists and the map show, the partners, the
    # next meetings, the latest partnerships with their cities and partner cities, the open
    # proposals counted by theme and those themes, the newest documents
    with django_assert_num_queries(10):
        response = client.get("/en/")

    assert response.text.count('<a class="city-name"') == size


def test_the_home_shows_the_living_dialogue_and_only_what_the_reader_may_open(client, db):
    from datetime import date, timedelta

    from django.utils import timezone

    from evidence.models import EvidenceDocument
    from meetings.models import Meeting
    from partnerships.models import Proposal
    from tests.factories import CityMembershipFactory

    staff = CityMembershipFactory(user__timezone="Africa/Dakar").user
    city = staff.city_memberships.get().city
    start = timezone.now() + timedelta(days=2)
    for title, public in [("Open exchange", True), ("Closed circle", False)]:
        Meeting.objects.create(
            title_en=title, format="virtual", start=start, end=start + timedelta(hours=1),
            timezone="UTC", is_public=public,
        ).invited_cities.add(city)  # fmt: skip
    for title, visibility in [("Public study", "public"), ("Participants brief", "participants")]:
        EvidenceDocument.objects.create(
            title_en=title, doc_type="policy_brief", publication_date=date(2024, 1, 1),
            languages="en", visibility=visibility, external_url="https://example.org/d",
        )  # fmt: skip
    for title, status in [
        ("Agreed pair", "agreed"),
        ("Draft idea", "draft"),
        ("Open idea", "open"),
    ]:
        Proposal.objects.create(
            city=city, title_en=title, summary_en="S", kind="peer_learning", status=status
        )

    public = client.get("/en/").text
    client.force_login(staff)
    member = client.get("/en/").text

    assert [t in public for t in ("Open exchange", "Public study", "Agreed pair")] == [True] * 3
    assert [t in public for t in ("Closed circle", "Participants brief")] == [False, False]
    assert "Draft idea" not in public
    assert "Open idea" not in public  # open proposals are counted, not named, on the home page
    assert [t in member for t in ("Closed circle", "Participants brief")] == [True, True]
    assert 'href="/en/me/"' in member
    assert 'Times in <span title="Africa/Dakar">Dakar (UTC+0)</span>.' in member
    assert "Times in UTC." in public
