import re
from zoneinfo import ZoneInfo

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone

from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email, User
from tests.factories import PASSWORD, UserFactory

WRONG_PASSWORD_ERRORS = {
    "en": "The email address and/or password you specified are not correct.",
    "de": "Die E-Mail-Adresse und/oder das Passwort sind leider falsch.",
    "fr": "L’adresse e-mail ou le mot de passe sont incorrects.",
    "pt": "O endereço de email e/ou a palavra-passe que especificou não estão corretos.",
}


def test_user_manager_creates_users_by_email_without_username(db):
    user = User.objects.create_user("Someone@Example.ORG", password=PASSWORD)

    assert user.email == "someone@example.org"
    assert user.check_password(PASSWORD)
    assert not hasattr(user, "username")
    assert str(user) == "someone@example.org"


def test_user_str_prefers_the_display_name(db):
    assert str(UserFactory(display_name="Aminata Kamara")) == "Aminata Kamara"


def test_login_by_email_lands_on_their_own_home_in_their_language(client, db):
    UserFactory(email="fatou@example.org", language="fr")

    response = client.post(
        "/en/accounts/login/", {"login": "fatou@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/fr/me/"
    page = client.get("/fr/me/")
    assert page.context["user"].email == "fatou@example.org"
    assert "<h1>Mon dialogue</h1>" in page.text
    # the welcome, given while the English sign-in page was active, is in French too
    (welcome,) = [str(message) for message in page.context["messages"]]
    assert welcome.startswith("Connexion avec"), welcome


@pytest.mark.parametrize(("language", "message"), WRONG_PASSWORD_ERRORS.items())
def test_wrong_password_gives_a_clear_error_in_the_page_language(client, db, language, message):
    UserFactory(email="aminata@example.org")

    response = client.post(
        f"/{language}/accounts/login/",
        {"login": "aminata@example.org", "password": "not-the-password"},
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [message]
    summary = response.text[response.text.index('<div class="error-summary"') :]
    assert message in summary[: summary.index("</div>")]


def test_unverified_address_must_be_confirmed_before_login(
    client, db, django_capture_on_commit_callbacks
):
    UserFactory(email="new@example.org", verified=False)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/login/", {"login": "new@example.org", "password": PASSWORD}
        )

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert [message.to for message in mail.outbox] == [["new@example.org"]]
    assert "_auth_user_id" not in client.session


def test_signup_is_closed(client, db):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "intruder@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response.status_code == 200
    assert response.templates[0].name == "account/signup_closed.html"
    assert not User.objects.filter(email="intruder@example.org").exists()


def test_password_reset_email_goes_out_in_the_recipients_language(
    client, db, django_capture_on_commit_callbacks
):
    UserFactory(email="lena@example.org", language="de")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post("/en/accounts/password/reset/", {"email": "lena@example.org"})

    assert response.status_code == 302
    assert len(callbacks) == 1
    email = Email.objects.get()
    assert (email.recipient, email.language, email.status) == ("lena@example.org", "de", "sent")
    assert email.subject == "[Bürgermeisterdialog] Setzen Sie Ihr Passwort zurück"
    assert [message.subject for message in mail.outbox] == [email.subject]
    assert mail.outbox[0].extra_headers["Content-Language"] == "de"


def test_password_reset_for_unknown_address_reveals_nothing(client, db):
    response = client.post("/pt/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/pt/accounts/password/reset/done/"


def test_password_change_notifies_the_user_in_their_language(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(email="ana@example.org", language="pt")
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/pt/accounts/password/change/",
            {
                "oldpassword": PASSWORD,
                "password1": "another-long-pass-42",
                "password2": "another-long-pass-42",
            },
        )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-long-pass-42")
    email = Email.objects.get()
    assert (email.language, email.status) == ("pt", EmailStatus.SENT)
    assert email.subject == "[Diálogo de Autarcas] A sua palavra-passe foi alterada"


def test_notification_times_are_in_the_recipients_zone_with_the_zone_named(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(language="de", timezone="Africa/Kampala")
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/de/accounts/password/change/",
            {
                "oldpassword": PASSWORD,
                "password1": "another-long-pass-42",
                "password2": "another-long-pass-42",
            },
        )

    body = Email.objects.get().body_text
    kampala = timezone.now().astimezone(ZoneInfo("Africa/Kampala"))
    expected = rf"\b{kampala.day}\. \w+ {kampala.year}, \d\d:\d\d, Ortszeit Kampala \(UTC\+3\)"
    assert re.search(expected, body), body


def test_demo_style_account_with_verified_address_can_log_in(client, db):
    user = UserFactory(email="mayor@example.org")

    assert EmailAddress.objects.filter(user=user, verified=True, primary=True).count() == 1
    assert client.login(email="mayor@example.org", password=PASSWORD)
