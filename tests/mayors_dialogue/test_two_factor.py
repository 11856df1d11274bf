from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

from tests.factories import PASSWORD


def current_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def test_partner_staff_turn_on_two_factor_and_then_need_the_code(client, partner_staff):
    client.post("/en/accounts/login/", {"login": partner_staff.email, "password": PASSWORD})
    preferences = client.get("/en/accounts/preferences/").text
    reauthenticated = client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    activate = client.get("/en/accounts/2fa/totp/activate/")
    secret = activate.context["form"].secret

    client.post("/en/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    client.post("/en/accounts/logout/")
    after_password = client.post(
        "/en/accounts/login/", {"login": partner_staff.email, "password": PASSWORD}
    )

    assert 'href="/en/accounts/2fa/"' in preferences
    assert reauthenticated.status_code == 302
    assert Authenticator.objects.filter(user=partner_staff, type="totp").exists()
    assert after_password.status_code == 302
    assert after_password["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_city_staff_are_not_offered_two_factor_on_their_preferences(client, staff_a):
    client.force_login(staff_a)

    assert 'href="/en/accounts/2fa/"' not in client.get("/en/accounts/preferences/").text
