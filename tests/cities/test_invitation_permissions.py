import pytest

from invitations.services import invitation_create, outreach_request
from tests.factories import CityFactory, PartnerOrganisationFactory


@pytest.mark.parametrize("path", ["/en/invitations/", "/en/invitations/city/"])
@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("staff_a", 403), ("mayor_a", 403), ("partner_staff", 403)],
)
def test_dashboard_and_city_invitations_are_for_admins(client, roles, path, role, status):
    client.force_login(roles[role])

    assert client.get(path).status_code == status


@pytest.mark.parametrize("path", ["/en/invitations/", "/en/invitations/city/"])
def test_anonymous_visitors_are_sent_to_sign_in(client, db, path):
    response = client.get(path)

    assert (response.status_code, response["Location"]) == (302, f"/en/accounts/login/?next={path}")


@pytest.fixture
def invitation(city_a, staff_a):
    return invitation_create(
        invited_by=staff_a,
        email="new@example.org",
        name="New",
        language="en",
        role="city_staff",
        city=city_a,
    )


@pytest.mark.parametrize("action", ["resend", "revoke"])
@pytest.mark.parametrize("role", ["staff_a", "mayor_a", "partner_staff"])
def test_only_admins_resend_or_revoke(client, roles, invitation, action, role):
    client.force_login(roles[role])

    response = client.post(f"/en/invitations/{invitation.pk}/{action}/")

    assert response.status_code == 403
    invitation.refresh_from_db()
    assert invitation.status == "pending"


def test_actions_refuse_get(client, admin_user, invitation):
    client.force_login(admin_user)

    assert client.get(f"/en/invitations/{invitation.pk}/revoke/").status_code == 405


@pytest.mark.parametrize(
    ("role", "status"),
    [("staff_a", 200), ("admin", 200), ("staff_b", 403), ("mayor_a", 403), ("partner_staff", 403)],
)
def test_city_colleague_invitations_are_for_that_citys_staff(client, roles, city_a, role, status):
    client.force_login(roles[role])

    assert client.get(f"/en/cities/{city_a.slug}/invite/").status_code == status


def test_staff_of_city_b_cannot_invite_into_city_a(client, staff_b, city_a):
    client.force_login(staff_b)

    response = client.post(
        f"/en/cities/{city_a.slug}/invite/",
        {
            "name": "Spy",
            "email": "spy@example.org",
            "language": "en",
            "role": "mayor",
            "message": "",
        },
    )

    assert response.status_code == 403
    assert not city_a.invitations.exists()


def test_invited_city_is_404_for_colleague_invitations_from_outsiders(client, staff_b):
    hidden = CityFactory(status="invited")
    client.force_login(staff_b)

    assert client.get(f"/en/cities/{hidden.slug}/invite/").status_code == 404


@pytest.mark.parametrize(
    ("role", "status"), [("partner_staff", 200), ("admin", 200), ("staff_a", 403)]
)
def test_partner_colleague_invitations_are_for_its_staff(client, roles, role, status):
    organisation = roles["partner_staff"].partner_memberships.get().organisation
    client.force_login(roles[role])

    assert client.get(f"/en/partners/{organisation.slug}/invite/").status_code == status


def test_other_partners_staff_cannot_invite(client, partner_staff):
    other = PartnerOrganisationFactory()
    client.force_login(partner_staff)

    assert client.get(f"/en/partners/{other.slug}/invite/").status_code == 403


@pytest.mark.parametrize("size", [3, 25])
def test_dashboard_runs_a_fixed_number_of_queries(
    client, admin_user, django_assert_num_queries, size
):
    for number in range(size):
        city = CityFactory()
        invitation_create(
            invited_by=admin_user, email=f"p{number}@example.org", name="P", language="fr",
            role="city_staff", city=city, invites_city=True,
        )  # fmt: skip
        outreach_request(reason="meeting", requested_by=admin_user, city=CityFactory())
    client.force_login(admin_user)

    # session, user, count, page of invitations, funnel, the places nobody could be told at
    with django_assert_num_queries(6):
        response = client.get("/en/invitations/")

    assert response.text.count(">Invite someone there</a>") == size
    assert response.text.count("<tr>") == size + 1
    assert response.context["funnel"] == {"invited": size, "accepted": 0, "complete": 0}


def test_bad_invitation_input_gives_field_errors_in_the_page_language(client, admin_user):
    client.force_login(admin_user)

    response = client.post(
        "/fr/invitations/city/",
        {"city_name": "", "country": "XX", "continent": "asia", "timezone": "Mars/Base",
         "name": "", "email": "not-an-address", "language": "xx"},
    )  # fmt: skip

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {
        "city_name", "country", "continent", "timezone", "name", "email", "language",
    }  # fmt: skip
    assert response.context["form"].errors["email"] == ["Saisissez une adresse de courriel valide."]
