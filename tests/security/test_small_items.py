"""The smaller findings of the second security review, each with the test that would have
caught it."""

from decimal import Decimal

import pytest

from tests.cities.conftest import profile_post_data


class TestTheMapPositionIsTheSecretariats:
    def test_city_staff_cannot_move_their_city_on_the_map(self, client, staff_a, city_a):
        city_a.latitude, city_a.longitude = Decimal("0.34760"), Decimal("32.58252")
        city_a.save()
        client.force_login(staff_a)
        data = profile_post_data(city_a)
        data.update(latitude="48.85661", longitude="2.35222", description_en="By the lake.")

        form_html = client.get(f"/en/cities/{city_a.slug}/edit/").content.decode()
        response = client.post(f"/en/cities/{city_a.slug}/edit/", data)

        city_a.refresh_from_db()
        assert response.status_code == 302
        assert (city_a.latitude, city_a.longitude, city_a.description_en) == (
            Decimal("0.34760"), Decimal("32.58252"), "By the lake.",
        )  # fmt: skip
        assert 'name="latitude"' not in form_html

    def test_admins_place_a_city(self, client, admin_user, city_a):
        client.force_login(admin_user)
        data = profile_post_data(city_a)
        data.update(latitude="48.85661", longitude="2.35222", description_en="By the lake.")

        client.post(f"/en/cities/{city_a.slug}/edit/", data)

        city_a.refresh_from_db()
        assert (city_a.latitude, city_a.longitude) == (Decimal("48.85661"), Decimal("2.35222"))


class TestVideoLinksAreWebAddresses:
    @pytest.mark.parametrize("link", ["ftp://files.example.org/x", "ftps://example.org/y"])
    def test_other_schemes_are_a_field_error(self, client, partner_staff, link):
        from meetings.models import Meeting
        from tests.meetings.conftest import meeting_post_data

        client.force_login(partner_staff)
        organiser = partner_staff.partner_memberships.get().organisation
        data = meeting_post_data(organiser=organiser.pk, video_link=link)

        response = client.post("/fr/meetings/new/", data)

        assert response.status_code == 200
        assert "Saisissez une URL valide." in response.content.decode()
        assert Meeting.objects.count() == 0


class TestWhoAttendsIsForParticipants:
    @pytest.fixture
    def answered(self, city_a, make_meeting):
        from meetings.models import RSVP, Attendee

        meeting = make_meeting(cities=[city_a], is_public=True)
        rsvp = RSVP.objects.create(meeting=meeting, city=city_a, response="attending")
        Attendee.objects.create(rsvp=rsvp, name="Amina Diallo")
        return meeting

    def test_a_visitor_sees_the_answer_but_not_the_names(self, client, answered):
        html = client.get(f"/en/meetings/{answered.pk}/").content.decode()

        assert ("Attending" in html, "Amina Diallo" in html) == (True, False)

    def test_a_participant_sees_the_names(self, client, answered, staff_b):
        client.force_login(staff_b)

        html = client.get(f"/en/meetings/{answered.pk}/").content.decode()

        assert "Amina Diallo" in html


class TestHealthForMonitors:
    def test_answers_head(self, client, db):
        response = client.head("/health/")

        assert (response.status_code, response.content) == (200, b"")

    def test_checks_the_dependencies_at_most_every_few_seconds(self, client, db, monkeypatch):
        from mayors_dialogue import health

        calls = []
        real = dict(health.CHECKS)
        monkeypatch.setattr(
            health,
            "CHECKS",
            {
                name: (lambda check=check, name=name: calls.append(name) or check())
                for name, check in real.items()
            },
        )

        statuses = [client.get("/health/").status_code for _ in range(5)]

        assert statuses == [200] * 5
        assert calls == ["database", "redis", "broker"]


class TestEveryResponseCarriesTheSecurityHeaders:
    def test_the_400_for_a_host_we_do_not_serve(self, client, db):
        response = client.get("/en/", HTTP_HOST="evil.example")

        assert response.status_code == 400
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


class TestAnInvitationForSomeoneElse:
    @pytest.fixture
    def link(self, city_a, staff_a, django_capture_on_commit_callbacks):
        from django.core import mail

        from invitations.services import invitation_create
        from tests.cities.test_invitations import token_in

        with django_capture_on_commit_callbacks(execute=True):
            invitation_create(
                invited_by=staff_a, email="colleague@example.org", name="Colleague",
                language="fr", role="city_staff", city=city_a,
            )  # fmt: skip
        return f"/fr/invitations/accept/{token_in(mail.outbox[-1])}/"

    def test_a_signed_in_person_is_told_and_stays_who_they_are(self, client, staff_b, link):
        from invitations.models import Invitation

        client.force_login(staff_b)

        page = client.get(link).content.decode()
        client.post(
            link, {"display_name": "X", "password1": "a-long-pass-9", "password2": "a-long-pass-9"}
        )

        assert f"Vous êtes connecté·e en tant que {staff_b.email}." in page
        assert 'name="password1"' not in page
        assert int(client.session["_auth_user_id"]) == staff_b.pk
        assert Invitation.objects.get().status == "pending"
