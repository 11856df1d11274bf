"""The notifications about proposals: interest for the proposing city, and comments for
everyone in the discussion."""

from django.utils.translation import gettext as _

from mayors_dialogue.translated import text_in
from notifications.enums import Topic
from notifications.kinds import notification_kind_register

from .enums import ProposalStatus
from .models import Proposal

INTEREST = "proposal_interest"
COMMENT = "proposal_comment"


def _visible(user):
    """A withdrawn proposal shows as gone in the notifications."""
    return Proposal.objects.visible_to(user).exclude(status=ProposalStatus.WITHDRAWN)


def _title(proposal: Proposal) -> str:
    return text_in(proposal, "title")[0]


def register() -> None:
    notification_kind_register(
        INTEREST,
        topic=Topic.INTEREST,
        describe=lambda n, proposal: _(
            "{city} is interested in your city’s proposal “{proposal}”."
        ).format(city=n.city.name if n.city else _("A city"), proposal=_title(proposal)),
        model=Proposal,
        visible=_visible,
    )
    notification_kind_register(
        COMMENT,
        topic=Topic.COMMENTS,
        describe=lambda n, proposal: _("A new comment in the discussion of “{proposal}”.").format(
            proposal=_title(proposal)
        ),
        model=Proposal,
        visible=_visible,
        url=lambda n, proposal: proposal.get_absolute_url() + "#discussion-title",
    )
