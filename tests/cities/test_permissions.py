import pytest

from cities.enums import CityStatus
from cities.models import City
from tests.factories import CityFactory, CityMembershipFactory, PartnerMembershipFactory

from .conftest import profile_post_data

SIGNED_IN = ["staff_a", "staff_b", "mayor_a", "partner_staff", "admin"]


@pytest.fixture
def city_a_described(city_a):
    city_a.description_en = "A city on the lake."
    city_a.save()
    return city_a


@pytest.mark.parametrize(
    ("role", "status"),
    [("staff_a", 200), ("mayor_a", 200), ("admin", 200), ("staff_b", 403), ("partner_staff", 403)],
)
def test_city_edit_page_is_for_the_citys_people_and_admins(client, roles, city_a, role, status):
    client.force_login(roles[role])

    assert client.get(f"/en/cities/{city_a.slug}/edit/").status_code == status


def test_city_edit_page_sends_anonymous_visitors_to_sign_in(client, city_a):
    response = client.get(f"/en/cities/{city_a.slug}/edit/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next=/en/cities/{city_a.slug}/edit/"


@pytest.mark.parametrize("role", ["staff_b", "partner_staff"])
def test_staff_of_another_city_cannot_post_an_edit(client, roles, city_a_described, role):
    client.force_login(roles[role])
    data = profile_post_data(city_a_described, description_en="Taken over.")

    response = client.post(f"/en/cities/{city_a_described.slug}/edit/", data)

    assert response.status_code == 403
    city_a_described.refresh_from_db()
    assert city_a_described.description_en == "A city on the lake."


def test_anonymous_post_changes_nothing(client, city_a_described):
    data = profile_post_data(city_a_described, description_en="Taken over.")

    response = client.post(f"/en/cities/{city_a_described.slug}/edit/", data)

    assert response.status_code == 302
    city_a_described.refresh_from_db()
    assert city_a_described.description_en == "A city on the lake."


def test_unknown_city_is_404_even_for_admins(client, admin_user):
    client.force_login(admin_user)

    assert client.get("/en/cities/atlantis/").status_code == 404
    assert client.get("/en/cities/atlantis/edit/").status_code == 404


@pytest.fixture
def invited_city(db):
    return CityFactory(slug="invited", name_en="Newtown", status=CityStatus.INVITED)


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 404), ("staff_b", 404), ("partner_staff", 404), ("admin", 200)],
)
def test_invited_city_is_hidden_except_from_its_staff_and_admins(
    client, roles, invited_city, role, status
):
    if role:
        client.force_login(roles[role])

    assert client.get("/en/cities/invited/").status_code == status
    assert client.get("/en/cities/invited/edit/").status_code == (404 if status == 404 else 200)


def test_invited_city_is_visible_and_editable_by_its_own_staff(client, invited_city):
    client.force_login(CityMembershipFactory(city=invited_city).user)

    assert client.get("/en/cities/invited/").status_code == 200
    assert client.get("/en/cities/invited/edit/").status_code == 200


def test_invited_city_is_not_in_the_public_directory(client, invited_city, city_a):
    html = client.get("/en/cities/").text

    assert "Newtown" not in html
    assert city_a.name_en in html


@pytest.mark.parametrize(
    ("role", "status"),
    [("staff_a", 403), ("mayor_a", 403), ("partner_staff", 403), ("admin", 200)],
)
def test_csv_export_is_for_admins(client, roles, role, status):
    client.force_login(roles[role])

    assert client.get("/en/cities/export.csv").status_code == status


def test_csv_export_sends_anonymous_visitors_to_sign_in(client, db):
    assert client.get("/en/cities/export.csv").status_code == 302


@pytest.fixture
def organisation(partner_staff):
    return partner_staff.partner_memberships.get().organisation


@pytest.mark.parametrize(
    ("role", "status"),
    [("partner_staff", 200), ("admin", 200), ("staff_a", 403), ("mayor_a", 403)],
)
def test_partner_edit_is_for_its_staff_and_admins(client, roles, organisation, role, status):
    client.force_login(roles[role])

    assert client.get(f"/en/partners/{organisation.slug}/edit/").status_code == status


def test_staff_of_another_partner_cannot_post_an_edit(client, organisation):
    other = PartnerMembershipFactory().user
    client.force_login(other)

    response = client.post(
        f"/en/partners/{organisation.slug}/edit/",
        {"name_en": "Taken over", "website": "", "acronym": ""},
    )

    assert response.status_code == 403
    organisation.refresh_from_db()
    assert organisation.name_en != "Taken over"


@pytest.mark.parametrize("role", [None, *SIGNED_IN])
def test_profiles_and_directory_are_public(client, roles, city_a, organisation, role):
    if role:
        client.force_login(roles[role])

    for path in [
        "/en/cities/",
        f"/en/cities/{city_a.slug}/",
        f"/en/cities/{city_a.slug}/dossier/",
        "/en/partners/",
        f"/en/partners/{organisation.slug}/",
    ]:
        assert client.get(path).status_code == 200, path


def test_contact_details_only_for_signed_in_participants(client, city_a, staff_b):
    City.objects.filter(pk=city_a.pk).update(contact_email="office@alphaville.example.org")

    public_html = client.get(f"/en/cities/{city_a.slug}/").text
    client.force_login(staff_b)
    participant_html = client.get(f"/en/cities/{city_a.slug}/").text

    assert "office@alphaville.example.org" not in public_html
    assert "Contact details are shown to signed-in participants." in public_html
    assert 'href="mailto:office@alphaville.example.org"' in participant_html
