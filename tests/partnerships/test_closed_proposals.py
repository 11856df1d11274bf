"""What no longer makes sense on a withdrawn or completed proposal (or a draft) is refused
with a message that says why, in the reader's language, and its button is not shown
(issue 34, finding 11b)."""

import pytest
from django.contrib.messages import get_messages
from django.utils import translation
from django.utils.translation import gettext

from mayors_dialogue.formats import quoted
from partnerships.enums import ProposalStatus
from partnerships.models import Comment, Interest, Proposal, Support


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def make_proposal(city_a):
    def make(status: str) -> Proposal:
        return Proposal.objects.create(
            city=city_a, title_en="Skills", summary_en="S", kind="peer_learning", status=status
        )

    return make


SUPPORT_CLOSED = "The proposal is {status}: support can no longer be marked on it."


@pytest.mark.parametrize(
    ("status", "language"),
    [("withdrawn", "en"), ("completed", "fr"), ("withdrawn", "de"), ("completed", "pt")],
)
def test_support_on_a_withdrawn_or_completed_proposal_is_refused_saying_why(
    client, partner_staff, make_proposal, status, language
):
    proposal = make_proposal(status)
    client.force_login(partner_staff)
    url = f"/{language}/partnerships/proposals/{proposal.pk}/"

    response = client.post(f"{url}support/", {"kind": "funding"})
    page = client.get(url)

    assert Support.objects.count() == 0
    assert (response.status_code, response["Location"]) == (302, url)
    with translation.override(language):
        expected = gettext(SUPPORT_CLOSED).format(status=quoted(ProposalStatus(status).label))
    assert language == "en" or not expected.startswith("The proposal")  # translated
    assert flashed(response) == [expected]
    assert page.status_code == 200
    assert page.context["support_form"] is None
    assert f'action="{url}support/"' not in page.text


def test_a_draft_is_not_even_found_by_a_partner(client, partner_staff, make_proposal):
    proposal = make_proposal("draft")
    client.force_login(partner_staff)

    response = client.post(
        f"/en/partnerships/proposals/{proposal.pk}/support/", {"kind": "funding"}
    )

    assert response.status_code == 404
    assert Support.objects.count() == 0


@pytest.mark.parametrize("status", ["open", "in_discussion", "agreed", "active"])
def test_support_is_still_welcome_while_the_proposal_goes_on(
    client, partner_staff, make_proposal, status
):
    proposal = make_proposal(status)
    client.force_login(partner_staff)

    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/")
    client.post(f"/en/partnerships/proposals/{proposal.pk}/support/", {"kind": "funding"})

    assert page.context["support_form"] is not None
    assert Support.objects.filter(proposal=proposal).count() == 1


def test_a_supporter_is_not_welcomed_into_a_withdrawn_proposal(
    client, partner_staff, staff_a, make_proposal
):
    proposal = make_proposal("open")
    support = Support.objects.create(
        proposal=proposal,
        organisation=partner_staff.partner_memberships.get().organisation,
        kind="funding",
        user=partner_staff,
    )
    Proposal.objects.filter(pk=proposal.pk).update(status="withdrawn")
    client.force_login(staff_a)

    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/")
    response = client.post(
        f"/en/partnerships/proposals/{proposal.pk}/support/welcome/", {"support": support.pk}
    )

    support.refresh_from_db()
    assert (response.status_code, support.welcomed_at) == (302, None)
    assert flashed(response) == [
        "The proposal is “Withdrawn”: no supporter can join its discussion any more."
    ]
    assert "Welcome into the discussion" not in page.text


def test_interest_in_a_withdrawn_proposal_is_refused_saying_why(client, staff_b, make_proposal):
    proposal = make_proposal("withdrawn")
    client.force_login(staff_b)

    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/")
    response = client.post(
        f"/en/partnerships/proposals/{proposal.pk}/interest/",
        {"city": staff_b.city_memberships.get().city_id, "message": ""},
    )

    assert (response.status_code, Interest.objects.count()) == (302, 0)
    assert flashed(response) == [
        "The proposal is “Withdrawn”: interest can no longer be expressed in it."
    ]
    assert page.context["interest_form"] is None


def test_the_discussion_of_a_withdrawn_proposal_is_closed(client, staff_a, make_proposal):
    proposal = make_proposal("withdrawn")
    client.force_login(staff_a)

    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/")
    response = client.post(
        f"/en/partnerships/proposals/{proposal.pk}/comments/", {"body": "Still there?"}
    )

    assert (response.status_code, Comment.objects.count()) == (302, 0)
    assert flashed(response) == ["The proposal is “Withdrawn”: its discussion is closed."]
    assert page.context["comment_form"] is None
    assert "The discussion is closed." in page.text
    assert "No comments yet." not in page.text
    assert page.context["helpers"] == []  # no "cities that could help" on a closed proposal


def test_lists_on_a_proposal_read_as_lists(client, staff_a, make_proposal, city_b):
    proposal = make_proposal("open")
    proposal.preferred_cities.set([city_b, proposal.city])
    Proposal.objects.filter(pk=proposal.pk).update(preferred_regions_en="Coastal cities")
    client.force_login(staff_a)

    page = client.get(f"/en/partnerships/proposals/{proposal.pk}/").text

    assert " ," not in page
    assert ">Alphaville</span>," in page or "Alphaville," in page
    assert "<br>" in page.split("Preferred partners", 1)[1].split("</dd>", 1)[0]
