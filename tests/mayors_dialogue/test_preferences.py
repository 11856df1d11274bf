import pytest

from tests.factories import UserFactory

ROLES = ["staff_a", "staff_b", "mayor_a", "partner_staff", "admin"]


def test_preferences_require_sign_in(client, db):
    response = client.get("/en/accounts/preferences/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/accounts/preferences/"


def test_anonymous_post_changes_nothing(client, db):
    response = client.post(
        "/en/accounts/preferences/", {"display_name": "X", "language": "de", "timezone": ""}
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("role", ROLES)
def test_every_role_edits_only_their_own_preferences(client, roles, role):
    user = roles[role]
    others = {
        name: (other.display_name, other.language) for name, other in roles.items() if other != user
    }
    client.force_login(user)

    response = client.post(
        "/en/accounts/preferences/",
        {"display_name": "New Name", "language": "pt", "timezone": "Africa/Kampala"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/pt/accounts/preferences/"
    user.refresh_from_db()
    assert (user.display_name, user.language, user.timezone) == ("New Name", "pt", "Africa/Kampala")
    for name, other in roles.items():
        if other != user:
            other.refresh_from_db()
            assert (other.display_name, other.language) == others[name]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "“Mars/Olympus” is not the time zone of a place. Choose one from the list."),
        (
            "de",
            "„Mars/Olympus“ ist nicht die Zeitzone eines Ortes. Wählen Sie eine aus der Liste.",
        ),
        (
            "fr",
            "« Mars/Olympus » n’est pas le fuseau horaire d’un lieu. Choisissez-en un dans la liste.",
        ),
        ("pt", "«Mars/Olympus» não é o fuso horário de um lugar. Escolha um da lista."),
    ],
)
def test_unknown_time_zone_gives_a_field_error_in_the_page_language(client, db, language, message):
    user = UserFactory(display_name="Before", timezone="Europe/Rome")
    client.force_login(user)

    response = client.post(
        f"/{language}/accounts/preferences/",
        {"display_name": "After", "language": "en", "timezone": "Mars/Olympus"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"timezone": [message]}
    user.refresh_from_db()
    assert (user.display_name, user.timezone) == ("Before", "Europe/Rome")


def test_unknown_language_and_overlong_name_are_field_errors(client, db):
    client.force_login(UserFactory())

    response = client.post(
        "/en/accounts/preferences/",
        {"display_name": "x" * 151, "language": "xx", "timezone": ""},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "display_name": ["Ensure this value has at most 150 characters (it has 151)."],
        "language": ["Select a valid choice. xx is not one of the available choices."],
    }


def test_preferences_page_shows_the_signed_in_address(client, db):
    client.force_login(UserFactory(email="fatou@example.org"))

    response = client.get("/en/accounts/preferences/")

    assert response.status_code == 200
    assert "Signed in as fatou@example.org." in response.text


def test_rejected_preferences_leave_the_page_showing_the_saved_name(client, db):
    client.force_login(UserFactory(display_name="Aminata"))

    response = client.post(
        "/en/accounts/preferences/",
        {"display_name": "Not Saved", "language": "en", "timezone": "Mars/Olympus"},
    )

    assert response.context["user"].display_name == "Aminata"
    assert '<a href="/en/accounts/preferences/">Aminata</a>' in response.text


def test_preferences_form_speaks_the_page_language(client, db):
    client.force_login(UserFactory())

    response = client.get("/de/accounts/preferences/")

    labels = [str(field.label) for field in response.context["form"]]
    assert labels == ["Anzeigename", "Bevorzugte Sprache", "Zeitzone"]
    assert '<label for="id_timezone">Zeitzone</label>' in response.text


def test_the_form_opens_with_the_saved_preferences(client, db):
    user = UserFactory(display_name="Aminata", language="fr", timezone="Africa/Dakar")
    client.force_login(user)

    form = client.get("/en/accounts/preferences/").context["form"]

    assert [form[name].value() for name in ("display_name", "language", "timezone")] == [
        "Aminata",
        "fr",
        "Africa/Dakar",
    ]
