"""Fuzzing proposals and what people do with them: interest, status, confirmation,
comments and support."""

from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from partnerships.enums import TRANSITIONS, ProposalStatus
from partnerships.forms import ProposalForm
from partnerships.models import (
    Comment,
    CommentNotice,
    Confirmation,
    Interest,
    Proposal,
    Support,
    Transition,
)

from .checks import (
    Outcomes,
    assert_errors_localised,
    assert_escaped,
    assert_flash_localised,
    counts,
    flashed,
    has_markup,
    rolled_back,
    submitted,
)
from .conftest import FUZZ
from .payloads import IDS, fuzz_fields, language, twice

WORKFLOW = (Proposal, Interest, Transition, Confirmation, Comment, CommentNotice, Support)
STATUSES = [status.value for status in ProposalStatus] + ["AGREED", "deleted", "\x00"]


def _post_action(client, url, data, language, twice=False):
    """POST to an action view (once, or twice as a double click); it always redirects to
    the proposal. Returns the flash messages of each response."""
    messages = []
    for _attempt in range(2 if twice else 1):
        response = client.post(f"/{language}{url}", data)
        assert response.status_code == 302, response.status_code
        messages.append(flashed(response))
        client.cookies.pop("messages", None)
    return response, messages


def test_proposal_form(client, staff_a, city_a, city_b, themes):
    valid = {
        **{f"{base}_{code}": "" for base in ("title", "summary", "offers", "seeks",
                                              "preferred_regions") for code in ("de", "fr", "pt")},
        "title_en": "Reception of newcomers",
        "summary_en": "Two cities learn from each other.",
        "offers_en": "Our one-stop centre.",
        "seeks_en": "Housing advice.",
        "preferred_regions_en": "West Africa",
        "city": str(city_a.pk),
        "status": "open",
        "themes": [str(themes[0].pk)],
        "kind": "peer_learning",
        "timeframe": "2027",
        "preferred_cities": [str(city_b.pk)],
    }  # fmt: skip
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        data=fuzz_fields(
            valid,
            city=[*IDS, str(city_b.pk)],
            status=STATUSES,
            themes=[*IDS, [str(themes[0].pk), "99999999999999999999999"]],
            kind=["friendship", "PEER_LEARNING"],
            preferred_cities=IDS,
        ),
        evidence=st.sampled_from([None, *IDS]),
    )
    def submit(language, data, evidence):
        if evidence is not None:
            data = {**data, "evidence": evidence}
        with rolled_back(client):
            before = counts(*WORKFLOW)
            with translation.override("en"):
                english = ProposalForm(submitted(data), instance=Proposal(), cities=[city_a])
                english_valid = english.is_valid()

            response = client.post(f"/{language}/partnerships/proposals/new/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                proposal = Proposal.objects.latest("pk")
                assert response["Location"] == f"/{language}/partnerships/proposals/{proposal.pk}/"
                for name, value in english.cleaned_data.items():
                    if name in ("themes", "preferred_cities", "evidence"):
                        assert set(getattr(proposal, name).all()) == set(value), name
                    else:
                        assert getattr(proposal, name) == value, name
                assert proposal.created_by == staff_a
                assert counts(Proposal)["Proposal"] == before["Proposal"] + 1
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert counts(*WORKFLOW) == before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


NOBODY_TOLD = (
    "Your city’s interest is saved on the proposal, but nobody at {city} has an account on the "
    "platform yet, so no one there was told. The secretariat has been asked to reach {city}."
)


def test_interest(client, staff_a, city_a, city_b, open_proposal_b):
    valid = {"city": str(city_a.pk), "message": "We would like to learn from you."}
    url = f"/partnerships/proposals/{open_proposal_b.pk}/interest/"
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(valid, city=[*IDS, str(city_b.pk)]),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            before = counts(*WORKFLOW)

            _response, messages = _post_action(client, url, data, language, twice)

            interests = Interest.objects.filter(proposal=open_proposal_b)
            outcomes.saw(accepted=interests.exists())
            if interests.exists():
                interest = interests.get()
                assert (interest.city, interest.user) == (city_a, staff_a)
                assert interest.message == data["message"].strip()
                assert counts(*WORKFLOW) == {**before, "Interest": before["Interest"] + 1}
                # Nobody at city_b has an account: the page says so, not "sent".
                assert_flash_localised(
                    messages[0], language, NOBODY_TOLD, city=city_b.name,
                )  # fmt: skip
                if twice:
                    assert_flash_localised(
                        messages[1], language, "{city} has already expressed interest.",
                        city=city_a,
                    )  # fmt: skip
            else:
                assert counts(*WORKFLOW) == before
                for attempt in messages:
                    assert_flash_localised(
                        attempt, language, "You cannot express interest for that city."
                    )

    submit()
    outcomes.assert_both_seen()


def test_status_transition(client, staff_a, city_b, open_proposal_a):
    valid = {"to_status": "in_discussion", "partner_cities": [str(city_b.pk)], "note": "Agreed."}
    url = f"/partnerships/proposals/{open_proposal_a.pk}/status/"
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        data=fuzz_fields(
            valid,
            to_status=STATUSES,
            partner_cities=[*IDS, [str(city_b.pk), "0"]],
        ),
    )
    def submit(language, data):
        with rolled_back(client):
            before = counts(*WORKFLOW)

            _response, (messages,) = _post_action(client, url, data, language)

            proposal = Proposal.objects.get(pk=open_proposal_a.pk)
            outcomes.saw(accepted=proposal.status != ProposalStatus.OPEN)
            if proposal.status != ProposalStatus.OPEN:
                assert proposal.status in TRANSITIONS[ProposalStatus.OPEN]
                assert proposal.status == data["to_status"]
                transition = proposal.transitions.get()
                assert (transition.from_status, transition.to_status, transition.note) == (
                    ProposalStatus.OPEN, proposal.status, data["note"].strip(),
                )  # fmt: skip
                if proposal.status == ProposalStatus.IN_DISCUSSION:
                    assert list(proposal.partner_cities.all()) == [city_b]
                with translation.override(language):
                    label = ProposalStatus(proposal.status).label
                assert_flash_localised(
                    messages, language, "The proposal is now {status}.", status=label
                )
                return
            assert counts(*WORKFLOW) == before
            assert list(proposal.partner_cities.all()) == []
            assert len(messages) == 1
            with translation.override(language):
                refusals = {
                    translation.gettext("The change was not understood."),
                    translation.gettext(
                        "Choose one or more of the cities that expressed interest."
                    ),
                    *(
                        translation.gettext(
                            "A proposal that is {status} cannot become {target}."
                        ).format(status=ProposalStatus.OPEN.label, target=target.label)
                        for target in ProposalStatus
                    ),
                }
            with translation.override("en"):
                english = {
                    "The change was not understood.",
                    "Choose one or more of the cities that expressed interest.",
                    *(
                        f"A proposal that is {ProposalStatus.OPEN.label} cannot become "
                        f"{target.label}."
                        for target in ProposalStatus
                    ),
                }
            assert messages[0] in refusals - english, messages

    submit()
    outcomes.assert_both_seen()


def test_confirmation(client, staff_a, city_a, city_b, discussed_proposal):
    url = f"/partnerships/proposals/{discussed_proposal.pk}/confirm/"
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields({"city": str(city_a.pk)}, city=[*IDS, str(city_b.pk)]),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            before = counts(*WORKFLOW)

            _response, messages = _post_action(client, url, data, language, twice)

            confirmations = Confirmation.objects.filter(proposal=discussed_proposal)
            outcomes.saw(accepted=confirmations.exists())
            if confirmations.exists():
                confirmation = confirmations.get()
                assert (confirmation.city, confirmation.user) == (city_a, staff_a)
                assert counts(*WORKFLOW) == {**before, "Confirmation": before["Confirmation"] + 1}
                assert Proposal.objects.get(pk=discussed_proposal.pk).status == "in_discussion"
                for attempt in messages:
                    assert_flash_localised(
                        attempt, language,
                        "Your city’s confirmation is recorded. The other side still has to confirm.",
                    )  # fmt: skip
            else:
                assert counts(*WORKFLOW) == before
                for attempt in messages:
                    assert_flash_localised(attempt, language, "You cannot confirm for that city.")

    submit()
    outcomes.assert_both_seen()


def test_comment(client, staff_a, open_proposal_a):
    url = f"/partnerships/proposals/{open_proposal_a.pk}/comments/"
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(language=language, data=fuzz_fields({"body": "Shall we meet in March?"}))
    def submit(language, data):
        with rolled_back(client):
            before = counts(*WORKFLOW)

            _response, (messages,) = _post_action(client, url, data, language)

            outcomes.saw(accepted=counts(Comment)["Comment"] > before["Comment"])
            if counts(Comment)["Comment"] > before["Comment"]:
                comment = Comment.objects.latest("pk")
                assert (comment.proposal, comment.user) == (open_proposal_a, staff_a)
                assert comment.body == data["body"].strip()
                assert_flash_localised(messages, language, "Your comment has been added.")
                if has_markup(data):
                    assert_escaped(client.get(f"/{language}{url[: -len('comments/')]}"), data)
            else:
                assert counts(*WORKFLOW) == before
                assert_flash_localised(messages, language, "Write a comment first.")

    submit()
    outcomes.assert_both_seen()


def test_support(client, partner_staff, organisation, open_proposal_b):
    url = f"/partnerships/proposals/{open_proposal_b.pk}/support/"
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(
            {"kind": "funding"}, kind=["facilitation", "evidence", "money", "FUNDING"]
        ),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            before = counts(*WORKFLOW)

            _response, messages = _post_action(client, url, data, language, twice)

            supports = Support.objects.filter(proposal=open_proposal_b)
            outcomes.saw(accepted=supports.exists())
            if supports.exists():
                support = supports.get()
                assert (support.organisation, support.kind) == (organisation, data["kind"])
                assert counts(*WORKFLOW) == {**before, "Support": before["Support"] + 1}
                for attempt in messages:
                    assert_flash_localised(
                        attempt, language, "{organisation}’s support is shown on the proposal.",
                        organisation=organisation.name,
                    )  # fmt: skip
            else:
                assert counts(*WORKFLOW) == before
                for attempt in messages:
                    assert_flash_localised(attempt, language, "Choose a kind of support.")

    submit()
    outcomes.assert_both_seen()
