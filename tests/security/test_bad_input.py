"""Bad input in a query string or a form gets an answer, never a server error."""

import pytest


class TestListFiltersTakeAnyValue:
    @pytest.mark.parametrize("year", ["0", "-1", "10000", "1e10", "99999999999999999999", "abc"])
    def test_the_evidence_year_filter(self, client, db, year):
        response = client.get(f"/en/evidence/?year={year}")

        assert response.status_code == 200
        assert "No documents match." in response.content.decode() or year == "abc"


class TestTheLanguageSwitchTakesAnyValue:
    @pytest.mark.parametrize(
        ("language", "kept"), [("pt-br", "pt"), ("de-at", "de"), ("xx", "fr"), ("", "fr")]
    )
    def test_a_signed_in_person_switching_to_a_variant(self, client, staff_a, language, kept):
        staff_a.language = "fr"
        staff_a.save()
        client.force_login(staff_a)

        response = client.post("/i18n/setlang/", {"language": language, "next": "/en/"})

        staff_a.refresh_from_db()
        assert (response.status_code, staff_a.language) == (302, kept)


class TestAMeetingThatEndsBeforeItStarts:
    @pytest.mark.parametrize("action", [{}, {"preview": "1"}])
    @pytest.mark.parametrize("end_time", ["14:00", "13:00"])
    def test_gets_a_field_error_in_the_readers_language(
        self, client, partner_staff, action, end_time
    ):
        from meetings.models import Meeting
        from tests.meetings.conftest import meeting_post_data

        client.force_login(partner_staff)
        organiser = partner_staff.partner_memberships.get().organisation
        data = meeting_post_data(organiser=organiser.pk, end_time=end_time, **action)

        response = client.post("/fr/meetings/new/", data)

        assert response.status_code == 200
        html = response.content.decode()
        message = "La réunion doit se terminer après son début."
        # once beside the field, once in the summary at the top, as a link to the field
        assert html.count(message) == 2
        assert f'<a href="#id_end_time">Heure de fin\u00a0: {message}</a>' in html
        assert Meeting.objects.count() == 0


class TestEmailSubjectsAndTextBodiesAreNotHtml:
    def test_a_title_with_quotes_and_ampersands_reads_as_written(
        self, client, partner_staff, staff_a, django_capture_on_commit_callbacks
    ):
        from django.core import mail

        from tests.meetings.conftest import meeting_post_data

        client.force_login(partner_staff)
        organiser = partner_staff.partner_memberships.get().organisation
        title = 'Séance d\'information: "Cities" & <partners>'
        data = meeting_post_data(
            organiser=organiser.pk,
            title_en=title,
            invited_cities=[staff_a.city_memberships.get().city_id],
        )

        with django_capture_on_commit_callbacks(execute=True):
            client.post("/en/meetings/new/", data)

        (message,) = mail.outbox
        assert message.subject == f"Invitation: {title}"
        assert title in message.body

    def test_a_long_title_full_of_ampersands_still_saves_with_a_shortened_subject(
        self, client, partner_staff, staff_a, django_capture_on_commit_callbacks
    ):
        from django.core import mail

        from meetings.models import Meeting
        from tests.meetings.conftest import meeting_post_data

        client.force_login(partner_staff)
        organiser = partner_staff.partner_memberships.get().organisation
        title = "&" * 200
        data = meeting_post_data(
            organiser=organiser.pk,
            title_en=title,
            invited_cities=[staff_a.city_memberships.get().city_id],
        )

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/meetings/new/", data)

        assert (response.status_code, Meeting.objects.count()) == (302, 1)
        (message,) = mail.outbox
        assert message.subject == f"Invitation: {title}"

    def test_a_subject_longer_than_the_outbox_keeps_is_cut_at_a_word(self):
        from types import SimpleNamespace

        from mayors_dialogue.emails import render_email

        interest = SimpleNamespace(city=SimpleNamespace(name="Kanifing Municipal Council " * 4))
        proposal = SimpleNamespace(title="Skills & jobs " * 14, get_absolute_url=lambda: "/")

        message = render_email(
            "interest",
            {"interest": interest, "proposal": proposal, "url": "/"},
            to="someone@example.org",
            language="en",
        )

        assert len(message.subject) == 252
        assert message.subject.endswith(" Skills & jobs Skills & jobs…")
        assert message.subject.startswith("Kanifing Municipal Council Kanifing")


class TestANulCharacterIsABadRequest:
    """psycopg2 refuses NUL in a query, so on PostgreSQL it was a 500; refused on both."""

    @pytest.mark.parametrize(
        "path",
        [
            "/en/evidence/?q=coastal%00",
            "/en/cities/?q=%00",
            "/en/meetings/feed/abc%00def.ics",
            "/fr/partnerships/proposals/?q=x%00",
        ],
    )
    def test_in_a_query_or_a_path(self, client, db, path):
        response = client.get(path)

        assert response.status_code == 400
