"""Notifications in the product: every event that emails also notifies; each person chooses,
per topic, an email at once, a daily digest in their morning, or no email."""

from datetime import UTC, datetime

import pytest
from django.core import mail

from meetings.models import Meeting
from meetings.services import AttendeeInput, rsvp_set
from notifications.enums import Delivery, Topic
from notifications.models import DigestSent, Notification
from notifications.services import notification_digests_send, notification_preferences_set

# 06:30 and 07:30 in Dakar (UTC+0), the organiser's zone
BEFORE_MORNING = datetime(2029, 12, 3, 6, 30, tzinfo=UTC)
MORNING = datetime(2029, 12, 3, 7, 30, tzinfo=UTC)
NEXT_MORNING = datetime(2029, 12, 4, 8, 0, tzinfo=UTC)


def answer(meeting, city, user, response="attending", people=()):
    return rsvp_set(
        meeting=meeting,
        city=city,
        user=user,
        response=response,
        attendees=[AttendeeInput(name=name, languages=("fr",)) for name in people],
    )


def organiser_mail(organiser):
    return [message for message in mail.outbox if message.to == [organiser.email]]


@pytest.mark.django_db
class TestEachPreference:
    def test_at_once_an_email_in_the_organisers_language_and_a_notification(
        self, organiser, meeting, city_a, staff_a, django_capture_on_commit_callbacks
    ):
        notification_preferences_set(user=organiser, deliveries={Topic.ANSWERS: "immediately"})

        with django_capture_on_commit_callbacks(execute=True):
            answer(meeting, city_a, staff_a, people=["Amina Diallo"])

        (message,) = organiser_mail(organiser)
        assert message.subject == "Alphaville a répondu à « Parcours de travail » : Participe"
        assert "- Amina Diallo (Français)" in message.body
        assert f"http://127.0.0.1:8000/fr/meetings/{meeting.pk}/#answers" in message.body
        (notification,) = Notification.objects.filter(user=organiser)
        assert (notification.delivery, notification.read_at) == (Delivery.IMMEDIATELY, None)
        organiser.refresh_from_db()
        assert organiser.notifications_unread == 1
        with django_capture_on_commit_callbacks(execute=True):
            assert notification_digests_send(now=MORNING) == 0

    def test_daily_no_email_now_and_one_digest_in_the_morning(
        self, organiser, meeting, city_a, city_b, staff_a, staff_b,
        django_capture_on_commit_callbacks,
    ):  # fmt: skip
        # answers default to the daily digest
        with django_capture_on_commit_callbacks(execute=True):
            answer(meeting, city_a, staff_a)
            answer(meeting, city_b, staff_b, response="not_attending")
        assert organiser_mail(organiser) == []

        with django_capture_on_commit_callbacks(execute=True):
            assert notification_digests_send(now=BEFORE_MORNING) == 0  # 06:30 in Dakar
            assert notification_digests_send(now=MORNING) == 1
            assert notification_digests_send(now=MORNING) == 0  # exactly once

        (digest,) = organiser_mail(organiser)
        assert (
            digest.subject
            == "Votre journée dans le Dialogue des maires : 2 nouvelles notifications"
        )
        assert "Alphaville a répondu à « Parcours de travail » : Participe." in digest.body
        assert "Betatown a répondu à « Parcours de travail » : Ne participe pas." in digest.body
        assert f"http://127.0.0.1:8000/fr/meetings/{meeting.pk}/#answers" in digest.body
        assert "http://127.0.0.1:8000/fr/accounts/preferences/#email" in digest.body
        assert digest.extra_headers["Content-Language"] == "fr"
        assert DigestSent.objects.get().day.isoformat() == "2029-12-03"

    def test_none_a_notification_and_never_an_email(
        self, organiser, meeting, city_a, staff_a, django_capture_on_commit_callbacks
    ):
        notification_preferences_set(user=organiser, deliveries={Topic.ANSWERS: "none"})

        with django_capture_on_commit_callbacks(execute=True):
            answer(meeting, city_a, staff_a)
            notification_digests_send(now=MORNING)

        assert organiser_mail(organiser) == []
        assert Notification.objects.get(user=organiser).delivery == Delivery.NONE


@pytest.mark.django_db
def test_a_digest_with_nothing_new_sends_nothing(organiser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert notification_digests_send(now=MORNING) == 0
    assert mail.outbox == []
    assert not DigestSent.objects.exists()


@pytest.mark.django_db
def test_the_next_digest_waits_for_the_next_morning(
    organiser, meeting, city_a, city_b, staff_a, staff_b, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(meeting, city_a, staff_a)
        notification_digests_send(now=MORNING)
        answer(meeting, city_b, staff_b)  # later that morning
        assert notification_digests_send(now=MORNING.replace(hour=9)) == 0
        assert notification_digests_send(now=NEXT_MORNING) == 1

    first, second = organiser_mail(organiser)
    assert "Betatown" not in first.body
    assert "Alphaville" not in second.body
    assert "Betatown" in second.body


@pytest.mark.django_db
def test_a_changed_answer_is_one_notification_brought_up_to_date(
    organiser, meeting, city_a, staff_a
):
    answer(meeting, city_a, staff_a)
    answer(meeting, city_a, staff_a, response="maybe")
    answer(meeting, city_a, staff_a, response="maybe")  # the same answer again: no news

    (notification,) = Notification.objects.filter(user=organiser)
    assert notification.detail == "maybe"
    organiser.refresh_from_db()
    assert organiser.notifications_unread == 1


@pytest.mark.django_db
def test_someone_who_answers_for_their_own_meeting_is_not_told(meeting, city_a, organiser):
    from tests.factories import CityMembershipFactory

    CityMembershipFactory(user=organiser, city=city_a)

    answer(meeting, city_a, organiser)

    assert not Notification.objects.exists()


@pytest.mark.django_db
class TestTheList:
    @pytest.fixture
    def told(self, organiser, meeting, city_a, staff_a):
        answer(meeting, city_a, staff_a)
        return Notification.objects.get(user=organiser)

    def test_the_bell_counts_the_unread_and_the_list_shows_them(self, client, organiser, told):
        client.force_login(organiser)

        html = client.get("/fr/me/notifications/").text

        assert "Notifications : 1 non lue" in html
        assert "Alphaville a répondu à « Parcours de travail » : Participe." in html
        assert f'href="/fr/me/notifications/{told.pk}/"' in html

    def test_opening_one_marks_it_read_and_goes_where_it_is_done(
        self, client, organiser, told, meeting
    ):
        client.force_login(organiser)

        response = client.get(f"/en/me/notifications/{told.pk}/")

        assert response["Location"] == f"/en/meetings/{meeting.pk}/#answers"
        told.refresh_from_db()
        organiser.refresh_from_db()
        assert (told.read_at is not None, organiser.notifications_unread) == (True, 0)

    def test_mark_all_read(self, client, organiser, told):
        client.force_login(organiser)

        response = client.post("/en/me/notifications/read/", follow=True)

        assert "All your notifications are marked read." in response.text
        assert not Notification.objects.filter(read_at=None).exists()
        assert "Mark all read" not in response.text

    def test_something_made_private_shows_as_gone_without_its_title(
        self, client, organiser, told, meeting
    ):
        from tests.factories import CityMembershipFactory

        outsider = CityMembershipFactory().user  # of a city not invited to it
        told.user = outsider
        told.save()
        Meeting.objects.filter(pk=meeting.pk).update(is_public=False)
        client.force_login(outsider)

        html = client.get("/en/me/notifications/").text

        assert "This is about something you can no longer open." in html
        assert "Labour pathways" not in html
        assert f"/en/me/notifications/{told.pk}/" not in html
        response = client.get(f"/en/me/notifications/{told.pk}/")
        assert response["Location"] == "/en/me/notifications/"

    @pytest.mark.parametrize("role", ["staff_a", "staff_b", "mayor_a", "admin"])
    def test_nobody_else_opens_or_reads_it(self, client, roles, told, role):
        client.force_login(roles[role])

        assert client.get(f"/en/me/notifications/{told.pk}/").status_code == 404
        client.post("/en/me/notifications/read/")
        told.refresh_from_db()
        assert told.read_at is None
        assert "Parcours" not in client.get("/en/me/notifications/").text

    def test_a_visitor_is_asked_to_sign_in(self, client, told):
        for response in (
            client.get("/en/me/notifications/"),
            client.get(f"/en/me/notifications/{told.pk}/"),
            client.post("/en/me/notifications/read/"),
        ):
            assert response.status_code == 302
            assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_the_preferences_page_saves_a_choice_per_topic(client, staff_a):
    client.force_login(staff_a)
    data = {
        "display_name": "",
        "language": "de",
        "timezone": "",
        "email-meetings": "daily",
        "email-answers": "none",
        "email-interest": "immediately",
        "email-comments": "daily",
    }

    response = client.post("/en/accounts/preferences/", data, follow=True)

    assert "Ihre Einstellungen wurden gespeichert." in response.text
    # the topics that concern city staff; answers to meetings they do not organise are not
    # offered, and a value sent for one anyway is not saved
    assert dict(staff_a.notification_preferences.values_list("topic", "delivery")) == {
        "meetings": "daily",
        "interest": "immediately",
        "comments": "daily",
    }
    assert 'name="email-answers"' not in response.text
    assert 'name="email-secretariat"' not in response.text  # for admins only


@pytest.mark.django_db
def test_a_choice_outside_the_list_is_a_field_error_and_nothing_is_saved(client, staff_a):
    client.force_login(staff_a)
    name = staff_a.display_name
    data = {"display_name": "Neu", "language": "fr", "timezone": "", "email-meetings": "hourly"}
    for topic in ("answers", "interest", "comments"):
        data[f"email-{topic}"] = "daily"

    response = client.post("/fr/accounts/preferences/", data)

    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.text
    staff_a.refresh_from_db()
    assert (staff_a.display_name, staff_a.notification_preferences.count()) == (name, 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("delivery", "emails_now", "in_digest"),
    [("immediately", 1, 0), ("daily", 0, 1), ("none", 0, 0)],
)
def test_interest_follows_the_proposing_citys_choice(
    delivery, emails_now, in_digest, staff_a, city_a, city_b, staff_b,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    from partnerships.models import Proposal
    from partnerships.services import interest_express

    staff_a.timezone = "UTC"
    staff_a.save()
    notification_preferences_set(user=staff_a, deliveries={Topic.INTEREST: delivery})
    proposal = Proposal.objects.create(
        city=city_a, title_en="Shared data", summary_en="x", kind="peer_learning", status="open"
    )

    with django_capture_on_commit_callbacks(execute=True):
        interest = interest_express(proposal=proposal, city=city_b, user=staff_b, message="")
    assert interest.told == 1  # told in the product whatever they chose
    assert len([m for m in mail.outbox if m.to == [staff_a.email]]) == emails_now
    with django_capture_on_commit_callbacks(execute=True):
        notification_digests_send(now=MORNING)
    assert len([m for m in mail.outbox if m.to == [staff_a.email]]) == emails_now + in_digest
    (notification,) = Notification.objects.filter(user=staff_a)
    assert notification.kind == "proposal_interest"


@pytest.mark.django_db
@pytest.mark.parametrize(("delivery", "hourly"), [("immediately", 1), ("daily", 0), ("none", 0)])
def test_comments_reach_the_hourly_digest_only_for_those_who_want_them_at_once(
    delivery, hourly, staff_a, city_a, staff_b, django_capture_on_commit_callbacks
):
    from partnerships.models import CommentNotice, Proposal
    from partnerships.services import comment_add

    notification_preferences_set(user=staff_b, deliveries={Topic.COMMENTS: delivery})
    proposal = Proposal.objects.create(
        city=city_a, title_en="Shared data", summary_en="x", kind="peer_learning",
        status="in_discussion",
    )  # fmt: skip
    proposal.partner_cities.add(staff_b.city_memberships.get().city)

    comment_add(proposal=proposal, user=staff_a, body="Shall we meet in May?")

    assert CommentNotice.objects.filter(user=staff_b).count() == hourly
    assert Notification.objects.get(user=staff_b).kind == "proposal_comment"
    assert not Notification.objects.filter(user=staff_a).exists()  # not told of their own


@pytest.mark.django_db
def test_a_withdrawn_proposal_shows_as_gone(client, staff_a, city_a, city_b, staff_b):
    from partnerships.models import Proposal
    from partnerships.services import interest_express

    proposal = Proposal.objects.create(
        city=city_a, title_en="Secret plan", summary_en="x", kind="peer_learning", status="open"
    )
    interest_express(proposal=proposal, city=city_b, user=staff_b, message="")
    Proposal.objects.filter(pk=proposal.pk).update(status="withdrawn")
    client.force_login(staff_a)

    html = client.get("/en/me/notifications/").text

    assert "This is about something you can no longer open." in html
    assert "Secret plan" not in html
