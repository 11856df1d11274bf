"""The personal home at /<lang>/me/: what needs each person, for every city and organisation
they work for, in a fixed number of queries."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.models import CityMembership
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from meetings.models import RSVP, Attendee, Meeting
from partnerships.models import Interest, Proposal, Support
from tests.factories import (
    CityFactory,
    CityMembershipFactory,
    CityNeedFactory,
    CityPotentialFactory,
    PartnerMembershipFactory,
    ThemeFactory,
)


def upcoming_meeting(cities, *, days=3, organiser=None, title="Coastal change"):
    start = timezone.now() + timedelta(days=days)
    meeting = Meeting.objects.create(
        title_en=title,
        title_fr=f"{title} (fr)",
        format="virtual",
        start=start,
        end=start + timedelta(hours=2),
        timezone="Africa/Dakar",
        organiser=organiser,
        video_link="https://meet.example.org/x",
    )
    meeting.invited_cities.set(cities)
    return meeting


@pytest.mark.django_db
class TestWhatEachRoleSees:
    def test_city_staff_see_the_meeting_awaiting_their_answer_and_their_proposals(
        self, client, staff_a, city_a, city_b
    ):
        waiting = upcoming_meeting([city_a, city_b], title="Waiting for you")
        answered = upcoming_meeting([city_a], days=5, title="Already answered")
        RSVP.objects.create(meeting=answered, city=city_a, response="attending")
        proposal = Proposal.objects.create(
            city=city_a, title_en="Our proposal", summary_en="x", kind="peer_learning",
            status="open",
        )  # fmt: skip
        Interest.objects.create(proposal=proposal, city=city_b)
        client.force_login(staff_a)

        html = client.get("/en/me/").text

        awaiting = html[html.index("Meetings awaiting your city’s answer") :]
        awaiting = awaiting[: awaiting.index("</section>")]
        assert f'href="/en/meetings/{waiting.pk}/#answer-title">Waiting for you' in awaiting
        assert "Already answered" not in awaiting
        assert "Already answered" in html
        assert "Attending" in html
        assert "Our proposal" in html
        assert "1 city interested in the last 30 days" in html
        assert f'href="/en/cities/{city_a.slug}/edit/"' in html

    def test_a_person_of_two_cities_and_a_partner_sees_each_grouped(
        self, client, staff_a, city_a, city_b, partner_staff
    ):
        CityMembershipFactory(user=staff_a, city=city_b)
        organisation = partner_staff.partner_memberships.get().organisation
        PartnerMembershipFactory(user=staff_a, organisation=organisation)
        upcoming_meeting([city_b], title="Only for Betatown")
        client.force_login(staff_a)

        html = client.get("/en/me/").text

        alpha = html.index(f'id="city-{city_a.pk}-title"')
        beta = html.index(f'id="city-{city_b.pk}-title"')
        partner = html.index('id="organisation-title"')
        assert alpha < beta < partner
        assert alpha < beta < html.index("Only for Betatown") < partner

    def test_someone_removed_from_a_city_stops_seeing_it_at_once(self, client, staff_a, city_a):
        upcoming_meeting([city_a], title="Alpha only")
        client.force_login(staff_a)
        assert "Alpha only" in client.get("/en/me/").text

        CityMembership.objects.filter(user=staff_a).delete()

        html = client.get("/en/me/").text
        assert "Alpha only" not in html
        assert "Alphaville" not in html
        assert "Nothing needs you yet" in html

    def test_partner_staff_see_answer_counts_who_has_not_answered_and_interpretation(
        self, client, partner_staff, city_a, city_b, staff_a
    ):
        organisation = partner_staff.partner_memberships.get().organisation
        meeting = upcoming_meeting([city_a, city_b], organiser=organisation)
        rsvp = RSVP.objects.create(meeting=meeting, city=city_a, response="attending")
        Attendee.objects.create(rsvp=rsvp, name="Fatou", languages=["fr"])
        Attendee.objects.create(rsvp=rsvp, name="Ana", languages=["pt", "fr"])
        Attendee.objects.create(rsvp=rsvp, name="Ben", languages=["en"])
        Support.objects.create(
            proposal=Proposal.objects.create(
                city=city_a, title_en="Supported one", summary_en="x", kind="peer_learning",
                status="open",
            ),
            organisation=organisation,
            kind="funding",
        )  # fmt: skip
        client.force_login(partner_staff)

        html = client.get("/fr/me/").text

        assert "Réponses : 1 sur 2 villes" in html
        assert "Pas encore de réponse :" in html
        assert "Betatown" in html
        assert "Interprétation (Français) : <strong>2</strong> personnes" in html
        assert "Interprétation (Portugais) : <strong>1</strong> personne" in html
        assert "Supported one" in html

    def test_admins_see_the_secretariats_work(self, client, admin_user, city_a, city_b, staff_a):
        failed = Email.objects.create(
            recipient="lost@example.org", subject="Invitation", body_text="x",
            from_email="x@example.org", language="en", status=EmailStatus.FAILED,
        )  # fmt: skip
        upcoming_meeting([city_a, city_b], title="Soon, unanswered")
        stalled = Proposal.objects.create(
            city=city_a, title_en="Quiet proposal", summary_en="x", kind="peer_learning",
            status="open",
        )  # fmt: skip
        Proposal.objects.filter(pk=stalled.pk).update(
            updated_at=timezone.now() - timedelta(days=40)
        )
        client.force_login(admin_user)

        html = client.get("/en/me/").text

        assert "lost@example.org: Invitation" in html
        assert f'action="/en/me/emails/{failed.pk}/resend/"' in html
        cities = html[html.index("Cities with nobody on the platform") :]
        assert "Betatown" in cities[: cities.index("</section>")]
        assert "Alphaville" not in cities[: cities.index("</section>")]
        assert "Soon, unanswered" in html
        assert "Answered: 0 of 2 cities" in html
        assert "Quiet proposal" in html

        response = client.post(f"/en/me/emails/{failed.pk}/resend/", follow=True)
        assert "The email to lost@example.org is queued again." in response.text
        failed.refresh_from_db()
        assert failed.status in (EmailStatus.QUEUED, EmailStatus.SENT)

    @pytest.mark.parametrize("role", ["staff_a", "staff_b", "mayor_a", "partner_staff"])
    def test_only_admins_resend_an_email(self, client, roles, role):
        failed = Email.objects.create(
            recipient="lost@example.org", subject="x", body_text="x",
            from_email="x@example.org", language="en", status=EmailStatus.FAILED,
        )  # fmt: skip
        client.force_login(roles[role])

        assert client.post(f"/en/me/emails/{failed.pk}/resend/").status_code == 403
        assert "lost@example.org" not in client.get("/en/me/").text
        failed.refresh_from_db()
        assert failed.status == EmailStatus.FAILED


def home_queries(client, path="/en/me/") -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["staff_a", "partner_staff", "admin"])
def test_the_home_runs_a_fixed_number_of_queries(client, roles, city_a, staff_a, who):
    organisation = roles["partner_staff"].partner_memberships.get().organisation
    user = roles[who]
    if who == "admin":
        CityMembershipFactory(user=user, city=city_a)
        PartnerMembershipFactory(user=user, organisation=organisation)
    client.force_login(user)
    theme = ThemeFactory()
    CityPotentialFactory(city=city_a, theme=theme)

    def grow(count):
        for _number in range(count):
            city = CityFactory()
            CityPotentialFactory(city=city, theme=theme)
            CityNeedFactory(city=city_a)  # the completeness panel names each need's theme
            fitting = Proposal.objects.create(
                city=city, title_en="Fits", summary_en="x", kind="peer_learning", status="open"
            )
            fitting.themes.add(theme)
            meeting = upcoming_meeting([city_a, city], organiser=organisation)
            rsvp = RSVP.objects.create(meeting=meeting, city=city, response="attending")
            Attendee.objects.create(rsvp=rsvp, name="X", languages=["fr"])
            proposal = Proposal.objects.create(
                city=city_a, title_en="P", summary_en="x", kind="peer_learning", status="open"
            )
            Interest.objects.create(proposal=proposal, city=city)
            Support.objects.create(proposal=proposal, organisation=organisation, kind="funding")
            Email.objects.create(
                recipient="x@example.org", subject="x", body_text="x",
                from_email="x@example.org", language="en", status=EmailStatus.FAILED,
            )  # fmt: skip
            rsvp_notify = RSVP.objects.filter(pk=rsvp.pk)
            assert rsvp_notify.exists()

    grow(3)
    small = home_queries(client)
    grow(27)
    large = home_queries(client)
    assert small == large, f"{small} queries with 3 rows, {large} with 30"
    assert large <= {"staff_a": 21, "partner_staff": 11, "admin": 37}[who], large
