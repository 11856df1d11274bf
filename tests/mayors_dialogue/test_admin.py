import pytest

from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from tests.factories import CityFactory

ADMIN_PAGES = [
    "/en/admin/",
    "/en/admin/mayors_dialogue/user/",
    "/en/admin/mayors_dialogue/email/",
    "/en/admin/cities/city/",
    "/en/admin/cities/partnerorganisation/",
    "/en/admin/cities/city/add/",
]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_admin_pages_open_for_platform_admins(client, admin_user, path):
    client.force_login(admin_user)

    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ADMIN_PAGES)
@pytest.mark.parametrize("role", ["staff_a", "staff_b", "mayor_a", "partner_staff"])
def test_admin_refuses_everyone_else(client, roles, path, role):
    client.force_login(roles[role])

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/admin/login/")


def test_city_admin_edits_the_name_in_every_language(client, admin_user):
    city = CityFactory()
    client.force_login(admin_user)

    html = client.get(f"/en/admin/cities/city/{city.pk}/change/").text

    for language in ["en", "de", "fr", "pt"]:
        assert f'name="name_{language}"' in html


def test_admin_resends_failed_emails(client, admin_user, django_capture_on_commit_callbacks):
    failed = Email.objects.create(
        recipient="a@example.org", subject="S", body_text="B", from_email="f@example.org",
        language="en", status=EmailStatus.FAILED, attempts=5,
    )  # fmt: skip
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/admin/mayors_dialogue/email/",
            {"action": "resend", "_selected_action": [failed.pk]},
        )

    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == (EmailStatus.SENT, 6)
