import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cities.enums import CityRole, CityStatus
from cities.models import City, CityMembership, PartnerMembership
from invitations.enums import InvitationStatus
from invitations.models import Invitation, hash_token
from invitations.services import invitation_create, invitation_reminders_send
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email, User

PASSWORD = "a-long-new-password-9"
LINK = re.compile(r"https?://[^\s\"<]+/invitations/accept/([A-Za-z0-9_\-]+)/")

LUANDA = {
    "city_name": "Luanda",
    "country": "AO",
    "continent": "africa",
    "timezone": "Africa/Luanda",
    "name": "Ana Sebastião",
    "email": "Ana.Sebastiao@Luanda.example.org",
    "language": "pt",
    "message": "Esperamos contar com Luanda no diálogo.",
}


def token_in(message) -> str:
    return LINK.search(message.body).group(1)


@pytest.fixture
def invite_luanda(client, admin_user, django_capture_on_commit_callbacks):
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/invitations/city/", LUANDA)
    client.logout()
    return response


def test_admin_invites_a_city_in_portuguese(invite_luanda):
    assert invite_luanda.status_code == 302
    assert invite_luanda["Location"] == "/en/invitations/"
    city = City.objects.get(slug="luanda")
    assert (city.status, city.country.code, city.timezone) == (
        CityStatus.INVITED,
        "AO",
        "Africa/Luanda",
    )
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.language, invitation.invites_city) == (
        "ana.sebastiao@luanda.example.org",
        "pt",
        True,
    )
    (message,) = mail.outbox
    assert message.to == ["ana.sebastiao@luanda.example.org"]
    assert message.subject == "O seu convite para o Diálogo de Autarcas (Luanda)"
    assert message.reply_to == ["secretariat@mayors-dialogue.example.org"]
    assert "Olá, Ana Sebastião," in message.body
    assert "Esperamos contar com Luanda no diálogo." in message.body
    assert "Luanda, hora local (UTC+1)" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="pt">' in html
    token = token_in(message)
    assert f"http://127.0.0.1:8000/pt/invitations/accept/{token}/" in message.body
    assert len(token) >= 43  # 256 bits, base64
    assert invitation.token_hash == hash_token(token)
    assert token not in str(list(Invitation.objects.values()))
    assert Email.objects.get().status == EmailStatus.SENT


def test_the_invited_city_stays_out_of_the_public_directory(client, invite_luanda):
    assert "Luanda" not in client.get("/en/cities/").text
    assert client.get("/en/cities/luanda/").status_code == 404


def test_opening_the_link_only_shows_the_form_in_the_invitation_language(client, invite_luanda):
    token = token_in(mail.outbox[0])

    response = client.get(f"/en/invitations/accept/{token}/")

    assert response.status_code == 200
    assert '<html lang="pt">' in response.text
    assert "Boas-vindas ao Diálogo de Autarcas" in response.text
    assert Invitation.objects.get().status == InvitationStatus.PENDING
    assert not User.objects.filter(email="ana.sebastiao@luanda.example.org").exists()


def test_accepting_creates_a_verified_account_and_lands_in_the_profile_editor(
    client, invite_luanda
):
    token = token_in(mail.outbox[0])

    response = client.post(
        f"/pt/invitations/accept/{token}/",
        {
            "display_name": "Ana Sebastião",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "email": "someone.else@example.org",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/pt/cities/luanda/edit/"
    user = User.objects.get(email="ana.sebastiao@luanda.example.org")
    assert (user.display_name, user.language) == ("Ana Sebastião", "pt")
    assert user.check_password(PASSWORD)
    assert not User.objects.filter(email="someone.else@example.org").exists()
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.verified, address.primary) == (user.email, True, True)
    assert CityMembership.objects.get(user=user).role == CityRole.STAFF
    city = City.objects.get(slug="luanda")
    assert (city.status, city.participant_since) == (CityStatus.PARTICIPANT, timezone.now().year)
    editor = client.get(response["Location"])
    assert editor.status_code == 200
    assert "Perfil" in editor.text
    assert "preenchido a" in editor.text


def test_a_used_link_shows_already_used_and_creates_no_second_account(client, invite_luanda):
    token = token_in(mail.outbox[0])
    data = {"display_name": "Ana", "password1": PASSWORD, "password2": PASSWORD}
    client.post(f"/pt/invitations/accept/{token}/", data)
    client.logout()

    again = client.get(f"/en/invitations/accept/{token}/")
    post_again = client.post(f"/en/invitations/accept/{token}/", data)

    assert again.status_code == 410
    assert '<html lang="pt">' in again.text
    assert "Este convite já foi aceite." in again.text
    assert post_again.status_code == 410
    assert User.objects.filter(email="ana.sebastiao@luanda.example.org").count() == 1


def test_weak_or_mismatched_passwords_are_field_errors_and_nothing_is_created(
    client, invite_luanda
):
    token = token_in(mail.outbox[0])

    response = client.post(
        f"/pt/invitations/accept/{token}/",
        {"display_name": "Ana", "password1": "12345678", "password2": "12345679"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "password2": ["As duas palavras-passe não coincidem."]
    }
    assert not User.objects.filter(email="ana.sebastiao@luanda.example.org").exists()
    assert Invitation.objects.get().status == InvitationStatus.PENDING


@pytest.fixture
def invitation_to_city_a(city_a, staff_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(
            invited_by=staff_a,
            email="colleague@example.org",
            name="Colleague",
            language="de",
            role="mayor",
            city=city_a,
        )
    return invitation, token_in(mail.outbox[-1])


def test_expired_link_explains_and_offers_a_fresh_one(client, invitation_to_city_a):
    invitation, token = invitation_to_city_a
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())

    response = client.get(f"/en/invitations/accept/{token}/")

    assert response.status_code == 410
    assert '<html lang="de">' in response.text
    assert "Diese Einladung ist abgelaufen." in response.text
    assert "Neuen Link senden" in response.text


def test_revoked_link_explains_it_was_withdrawn(client, admin_user, invitation_to_city_a):
    invitation, token = invitation_to_city_a
    client.force_login(admin_user)
    client.post(f"/en/invitations/{invitation.pk}/revoke/")
    client.logout()

    response = client.get(f"/en/invitations/accept/{token}/")

    assert response.status_code == 410
    assert "Diese Einladung wurde vom Sekretariat des Dialogs zurückgezogen." in response.text


def test_unknown_token_is_404_with_the_same_offer(client, db):
    response = client.get("/fr/invitations/accept/not-a-real-token/")

    assert response.status_code == 404
    assert "Ce lien n’est pas valide." in response.text


def test_resend_gives_a_new_link_and_the_old_one_stops_working(
    client, admin_user, invitation_to_city_a, django_capture_on_commit_callbacks
):
    invitation, old_token = invitation_to_city_a
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/invitations/{invitation.pk}/resend/")

    assert response.status_code == 302
    new_token = token_in(mail.outbox[-1])
    assert new_token != old_token
    client.logout()
    assert client.get(f"/de/invitations/accept/{old_token}/").status_code == 404
    assert client.get(f"/de/invitations/accept/{new_token}/").status_code == 200


def test_colleague_invited_as_mayor_becomes_mayor_of_that_city(
    client, invitation_to_city_a, city_a
):
    _invitation, token = invitation_to_city_a

    response = client.post(
        f"/de/invitations/accept/{token}/",
        {"display_name": "Neue Bürgermeisterin", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response["Location"] == f"/de/cities/{city_a.slug}/edit/"
    membership = CityMembership.objects.get(user__email="colleague@example.org")
    assert (membership.city, membership.role) == (city_a, CityRole.MAYOR)


def test_existing_account_accepts_without_a_new_password(client, invitation_to_city_a, staff_b):
    invitation, token = invitation_to_city_a
    Invitation.objects.filter(pk=invitation.pk).update(email=staff_b.email)
    staff_b.set_password("kept-password-123")
    staff_b.save()

    page = client.get(f"/de/invitations/accept/{token}/")
    response = client.post(f"/de/invitations/accept/{token}/")

    assert "Diese Adresse hat bereits ein Konto." in page.text
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/?next=/de/cities/")
    staff_b.refresh_from_db()
    assert staff_b.check_password("kept-password-123")
    assert staff_b.city_memberships.count() == 2


def test_fresh_link_for_an_expired_invitation_goes_to_the_invited_address(
    client, invitation_to_city_a, django_capture_on_commit_callbacks
):
    invitation, token = invitation_to_city_a
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/de/invitations/fresh-link/", {"token": token, "email": "Colleague@example.org"}
        )

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["colleague@example.org"]
    fresh = token_in(message)
    assert client.get(f"/de/invitations/accept/{fresh}/").status_code == 200
    assert client.get(f"/de/invitations/accept/{token}/").status_code == 404
    assert User.objects.filter(email="colleague@example.org").count() == 0


def test_fresh_link_for_another_address_only_tells_the_admins(
    client, admin_user, invitation_to_city_a, django_capture_on_commit_callbacks
):
    _invitation, token = invitation_to_city_a
    mail.outbox.clear()
    users_before = User.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/de/invitations/fresh-link/", {"token": token, "email": "forwarded@example.org"}
        )

    assert [message.to for message in mail.outbox] == [[admin_user.email]]
    assert mail.outbox[0].subject == "forwarded@example.org asks for a fresh invitation link"
    assert mail.outbox[0].reply_to == ["forwarded@example.org"]
    assert User.objects.count() == users_before


def test_a_forwarded_link_cannot_claim_another_address(client, invitation_to_city_a):
    _invitation, token = invitation_to_city_a

    client.post(
        f"/de/invitations/accept/{token}/",
        {
            "display_name": "X",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "email": "x@example.org",
        },
    )

    assert list(User.objects.filter(email__in=["x@example.org"])) == []
    assert User.objects.filter(email="colleague@example.org").exists()


def test_reminder_goes_out_once_after_a_week_in_the_invitation_language(
    invitation_to_city_a, django_capture_on_commit_callbacks
):
    invitation, _first_token = invitation_to_city_a
    week_later = timezone.now() + timedelta(days=7, minutes=1)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert invitation_reminders_send(now=timezone.now()) == 0
        assert invitation_reminders_send(now=week_later) == 1
        assert invitation_reminders_send(now=week_later) == 0

    (reminder,) = mail.outbox
    assert reminder.subject == "Erinnerung: Ihre Einladung zum Bürgermeisterdialog für Alphaville"
    assert "Dies ist eine freundliche Erinnerung" in reminder.body
    invitation.refresh_from_db()
    assert invitation.reminded_at == week_later


@pytest.mark.parametrize("status", [InvitationStatus.ACCEPTED, InvitationStatus.REVOKED])
def test_no_reminder_after_acceptance_or_revocation(invitation_to_city_a, status):
    invitation, _token = invitation_to_city_a
    Invitation.objects.filter(pk=invitation.pk).update(status=status)

    assert invitation_reminders_send(now=timezone.now() + timedelta(days=8)) == 0


def test_no_reminder_after_expiry(invitation_to_city_a):
    assert invitation_reminders_send(now=timezone.now() + timedelta(days=15)) == 0


def test_reminder_command_runs_the_sweep(invitation_to_city_a, django_capture_on_commit_callbacks):
    invitation, _token = invitation_to_city_a
    Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now() - timedelta(days=8))
    out = __import__("io").StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("invitation_reminders_send", stdout=out)

    assert out.getvalue() == "Reminders sent: 1.\n"


def test_inviting_someone_twice_or_a_member_is_a_field_error(
    client, staff_a, city_a, invitation_to_city_a
):
    client.force_login(staff_a)
    base = {"name": "X", "language": "en", "role": "city_staff", "message": ""}

    twice = client.post(
        f"/en/cities/{city_a.slug}/invite/", {**base, "email": "colleague@example.org"}
    )
    member = client.post(f"/en/cities/{city_a.slug}/invite/", {**base, "email": staff_a.email})

    assert twice.context["form"].errors == {
        "email": ["This address already has an open invitation. Resend it from the dashboard."]
    }
    assert member.context["form"].errors == {
        "email": ["This person already belongs to Alphaville."]
    }
    assert Invitation.objects.count() == 1


def test_partner_staff_invite_a_colleague_to_their_organisation(
    client, partner_staff, django_capture_on_commit_callbacks
):
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/partners/{organisation.slug}/invite/",
            {
                "name": "Researcher",
                "email": "researcher@example.org",
                "language": "fr",
                "message": "",
            },
        )
    client.logout()
    token = token_in(mail.outbox[-1])

    client.post(
        f"/fr/invitations/accept/{token}/",
        {"display_name": "Chercheuse", "password1": PASSWORD, "password2": PASSWORD},
    )

    membership = PartnerMembership.objects.get(user__email="researcher@example.org")
    assert membership.organisation == organisation


def test_failed_delivery_shows_on_the_dashboard_and_resend_is_offered(
    client, admin_user, invitation_to_city_a
):
    invitation, _token = invitation_to_city_a
    Email.objects.filter(pk=invitation.last_email_id).update(status=EmailStatus.FAILED)
    client.force_login(admin_user)

    response = client.get("/en/invitations/?state=failed")

    assert [i.pk for i in response.context["object_list"]] == [invitation.pk]
    assert '<span class="badge state-failed">' in response.text
    assert f'action="/en/invitations/{invitation.pk}/resend/' in response.text
