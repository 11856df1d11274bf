import pytest

from tests.factories import PASSWORD, UserFactory


def test_pages_carry_a_strict_content_security_policy_and_security_headers(client, db):
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_after_five_fast_failed_logins_for_one_address_the_sixth_is_refused(client, db):
    UserFactory(email="target@example.org")
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": "target@example.org", "password": "wrong"})

    sixth = client.post(
        "/en/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )

    assert sixth.status_code == 200
    assert sixth.context["form"].non_field_errors() == [
        "Too many failed login attempts. Try again later."
    ]
    assert "_auth_user_id" not in client.session


def test_login_refuses_to_redirect_to_another_site(client, db):
    UserFactory(email="ana@example.org")

    response = client.post(
        "/en/accounts/login/?next=https://evil.example.org/",
        {"login": "ana@example.org", "password": PASSWORD, "next": "https://evil.example.org/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/me/"


def test_login_rotates_the_session(client, db):
    UserFactory(email="ana@example.org")
    client.get("/en/accounts/login/")
    session = client.session
    session["probe"] = 1
    session.save()
    before = client.session.session_key

    client.post("/en/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    assert client.session.session_key != before


def test_password_reset_answers_the_same_whether_the_address_exists(client, db):
    UserFactory(email="ana@example.org")

    known = client.post("/en/accounts/password/reset/", {"email": "ana@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_admin_login_goes_through_allauth(client, db):
    response = client.get("/en/admin/login/?next=/en/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("role", ["staff_a", "partner_staff"])
def test_admin_login_refuses_signed_in_non_admins_without_error(client, roles, role):
    client.force_login(roles[role])

    assert client.get("/en/admin/login/").status_code in (302, 403)
