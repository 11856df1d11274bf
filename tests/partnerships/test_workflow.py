import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cities.models import City, Theme
from partnerships.models import Comment, CommentNotice, Interest, Proposal, Transition
from partnerships.services import comment_digests_send
from tests.factories import CityMembershipFactory

PASSWORD = "dialogue-demo-2021"


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    mail.outbox.clear()


def login(client, email):
    assert client.login(email=email, password=PASSWORD)


def titles(html):
    return re.findall(
        r'<h3 class="card-title">\s*<a href="/en/partnerships/proposals/\d+/">([^<]+)</a>', html
    )


@pytest.fixture
def accra_proposal(demo):
    return Proposal.objects.get(city__slug="accra")


def test_the_milan_mayor_finds_an_african_proposal_and_expresses_interest(
    client, demo, accra_proposal, django_capture_on_commit_callbacks
):
    accra_staff = CityMembershipFactory(
        city=accra_proposal.city, user__language="pt", user__email="staff.accra@example.org"
    ).user
    login(client, "mayor.milan@example.org")
    theme = Theme.objects.get(slug="access-to-services")

    listing = client.get(f"/en/partnerships/proposals/?theme={theme.pk}&continent=africa")
    page = client.get(f"/en/partnerships/proposals/{accra_proposal.pk}/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/partnerships/proposals/{accra_proposal.pk}/interest/",
            {"city": City.objects.get(slug="milan").pk, "message": "Milan would like to learn."},
        )

    assert titles(listing.text) == [accra_proposal.title_en]
    assert "Express interest" in page.text
    assert response.status_code == 302
    assert Interest.objects.filter(proposal=accra_proposal, city__slug="milan").exists()
    (email,) = mail.outbox
    assert email.to == [accra_staff.email]
    assert email.subject == f"Milão tem interesse em «{accra_proposal.title_pt}»"


def test_the_proposer_moves_to_discussion_and_both_sides_confirm(client, demo):
    proposal = Proposal.objects.get(city__slug="freetown")
    durban = City.objects.get(slug="durban")
    durban_staff = CityMembershipFactory(city=durban).user
    login(client, "staff.freetown@example.org")

    client.post(
        f"/en/partnerships/proposals/{proposal.pk}/status/",
        {"to_status": "in_discussion", "partner_cities": [durban.pk], "note": "Let us talk."},
    )
    proposal.refresh_from_db()
    assert proposal.status == "in_discussion"
    client.post(f"/en/partnerships/proposals/{proposal.pk}/confirm/", {"city": proposal.city_id})
    proposal.refresh_from_db()
    assert proposal.status == "in_discussion"  # one side is not enough

    client.force_login(durban_staff)
    client.post(f"/pt/partnerships/proposals/{proposal.pk}/confirm/", {"city": durban.pk})

    proposal.refresh_from_db()
    assert proposal.status == "agreed"
    # The agreement's note is the platform's, not a person's: it is stored as nothing and
    # read in each reader's language, not in the language of whoever confirmed last.
    assert list(proposal.transitions.values_list("from_status", "to_status", "note")) == [
        ("draft", "open", ""),
        ("open", "in_discussion", "Let us talk."),
        ("in_discussion", "agreed", ""),
    ]
    history = client.get(f"/de/partnerships/proposals/{proposal.pk}/").text
    assert "Von allen beteiligten Städten bestätigt." in history
    client.logout()
    assert client.get(f"/en/partnerships/proposals/{proposal.pk}/").status_code == 200
    assert proposal.title_en in client.get("/en/partnerships/").text


def test_only_interested_cities_can_become_partners(client, demo):
    proposal = Proposal.objects.get(city__slug="freetown")
    login(client, "staff.freetown@example.org")

    client.post(
        f"/en/partnerships/proposals/{proposal.pk}/status/",
        {"to_status": "in_discussion", "partner_cities": [City.objects.get(slug="tunis").pk]},
    )

    proposal.refresh_from_db()
    assert proposal.status == "open"


@pytest.mark.parametrize(
    "email",
    ["staff.dakar@example.org", "mayor.milan@example.org", "partner.odi@example.org"],
)
def test_no_other_city_can_change_the_status(client, demo, email):
    proposal = Proposal.objects.get(city__slug="freetown")
    login(client, email)

    for to_status in ["in_discussion", "withdrawn"]:
        response = client.post(
            f"/en/partnerships/proposals/{proposal.pk}/status/", {"to_status": to_status}
        )
        assert response.status_code == 403
    assert client.get(f"/en/partnerships/proposals/{proposal.pk}/edit/").status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == "open"
    assert Transition.objects.filter(proposal=proposal).count() == 1


def test_a_city_not_named_as_partner_cannot_confirm(client, demo):
    proposal = Proposal.objects.get(city__slug="dakar", status="in_discussion")  # with Mannheim
    login(client, "mayor.milan@example.org")

    response = client.post(
        f"/en/partnerships/proposals/{proposal.pk}/confirm/",
        {"city": City.objects.get(slug="milan").pk},
    )

    assert response.status_code == 403
    assert not proposal.confirmations.exists()


def test_drafts_are_only_for_the_proposing_city(client, demo):
    draft = Proposal.objects.get(status="draft")
    bristol_staff = CityMembershipFactory(city=draft.city).user

    assert client.get(f"/en/partnerships/proposals/{draft.pk}/").status_code == 404
    login(client, "staff.freetown@example.org")
    assert client.get(f"/en/partnerships/proposals/{draft.pk}/").status_code == 404
    client.force_login(bristol_staff)
    assert client.get(f"/en/partnerships/proposals/{draft.pk}/").status_code == 200


def test_open_proposals_are_for_signed_in_participants(client, demo, accra_proposal):
    assert client.get(f"/en/partnerships/proposals/{accra_proposal.pk}/").status_code == 404
    assert client.get("/en/partnerships/proposals/").status_code == 302


def test_freetown_page_suggests_partners_with_reasons(client, demo):
    html = client.get("/en/cities/freetown/").text

    helping = html.split('id="suggested-title"')[1].split("</section>")[0]
    helped = html.split('id="helped-title"')[1].split("</section>")[0]
    assert "Cities that can help with what Freetown needs" in helping
    assert "Cities Freetown can help" in helped
    # every reason under each heading goes the heading's way
    helping_reasons = re.findall(r"<li>([^<]+)</li>", helping)
    helped_reasons = re.findall(r"<li>([^<]+)</li>", helped)
    assert helping_reasons
    assert helped_reasons
    assert all(r.endswith("which Freetown needs.") for r in helping_reasons)
    assert all(r.startswith("Freetown offers expertise in") for r in helped_reasons)
    assert "African–European pair" in helping  # once per card, as a marker


def test_relevance_sort_puts_fitting_proposals_first(client, demo):
    login(client, "mayor.milan@example.org")

    response = client.get("/en/partnerships/proposals/?sort=relevance")

    scores = [proposal.score for proposal in response.context["object_list"]]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > 0


@pytest.mark.parametrize("sort", ["newest", "relevance"])
def test_browsing_runs_a_fixed_number_of_queries(
    client, demo, django_assert_num_queries, django_capture_on_commit_callbacks, sort
):
    login(client, "mayor.milan@example.org")

    # with the viewer's cities, read once for the page and its cache key
    # by relevance, the proposals are ranked from three narrow reads and the viewer's needs
    # and potentials, then the page's proposals are explained from the profiles of the
    # viewer and their cities (2 queries), rather than from every city's
    with django_assert_num_queries(15 if sort == "relevance" else 9) as captured:
        client.get(f"/en/partnerships/proposals/?sort={sort}")
    with django_capture_on_commit_callbacks(execute=True):
        Proposal.objects.create(
            city=City.objects.get(slug="paris"),
            title_en="More",
            summary_en="More.",
            kind="peer_learning",
            status="open",
        )
    with django_assert_num_queries(len(captured)):
        client.get(f"/en/partnerships/proposals/?sort={sort}")


def test_comments_reach_the_others_in_one_digest_an_hour(client, demo):
    proposal = Proposal.objects.get(city__slug="milan", status="agreed")
    login(client, "staff.freetown@example.org")
    client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Hello Milan!"})
    client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "A second idea."})
    partner_staff_emails = set(CommentNotice.objects.values_list("user__email", flat=True))
    now = timezone.now()

    first = comment_digests_send(now=now)
    client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Troisième."})
    second = comment_digests_send(now=now + timezone.timedelta(minutes=30))
    third = comment_digests_send(now=now + timezone.timedelta(minutes=61))

    assert Comment.objects.filter(proposal=proposal).count() == 3
    assert partner_staff_emails == {"mayor.milan@example.org", "partner.odi@example.org"}
    assert (first, second, third) == (len(partner_staff_emails), 0, len(partner_staff_emails))


def test_comment_times_are_in_the_viewers_zone_with_the_zone_named(client, demo):
    proposal = Proposal.objects.get(city__slug="dakar", status="in_discussion")
    login(client, "staff.dakar@example.org")
    client.post(f"/fr/partnerships/proposals/{proposal.pk}/comments/", {"body": "Bonjour."})

    html = client.get(f"/fr/partnerships/proposals/{proposal.pk}/").text

    assert re.search(
        r'</time> · <span title="Africa/Dakar">Dakar, heure locale \(UTC\+0\)</span>', html
    )


def test_the_comment_digest_sweep_runs_by_hand_too(client, demo):
    proposal = Proposal.objects.get(city__slug="milan", status="agreed")
    login(client, "staff.freetown@example.org")
    client.post(f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Hello."})
    waiting = CommentNotice.objects.filter(sent_at__isnull=True).values("user").distinct().count()
    first, second = StringIO(), StringIO()

    call_command("comment_digests_send", stdout=first)
    call_command("comment_digests_send", stdout=second)

    assert waiting == 2  # Milan's mayor and ODI, which supports the partnership
    assert first.getvalue() == f"Comment digests queued: {waiting}.\n"
    assert second.getvalue() == "Comment digests queued: 0.\n"


def test_the_demo_shows_a_proposal_written_in_french_only(client, demo):
    proposal = Proposal.objects.get(city__slug="dakar", status="open")
    assert proposal.original_language == "fr"
    assert not proposal.title_en
    login(client, "mayor.milan@example.org")

    english = client.get("/en/partnerships/proposals/").text
    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/").text

    title = '<span lang="fr">Un guichet unique pour l’accueil des nouveaux arrivants'
    assert title in english
    assert title in page
