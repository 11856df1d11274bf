from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CooperationKind(models.TextChoices):
    PEER_LEARNING = "peer_learning", _("Peer learning and knowledge exchange")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical assistance")
    STAFF_EXCHANGE = "staff_exchange", _("Staff exchange")
    JOINT_PROJECT = "joint_project", _("Joint project")
    JOINT_ADVOCACY = "joint_advocacy", _("Joint advocacy")


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("proposal status", "Draft")
    OPEN = "open", pgettext_lazy("proposal status", "Open")
    IN_DISCUSSION = "in_discussion", _("In discussion")
    AGREED = "agreed", _("Agreed")
    ACTIVE = "active", pgettext_lazy("proposal status", "Active")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


PUBLIC_STATUSES = (ProposalStatus.AGREED, ProposalStatus.ACTIVE, ProposalStatus.COMPLETED)

# What others may still do on a proposal, by its status: a withdrawn or completed one (and a
# draft, which only its city sees) takes no support and no interest, and its discussion is
# closed (a draft's stays open to its city).
GOING_STATUSES = (
    ProposalStatus.OPEN,
    ProposalStatus.IN_DISCUSSION,
    ProposalStatus.AGREED,
    ProposalStatus.ACTIVE,
)
OPEN_TO = {
    "interest": (ProposalStatus.OPEN, ProposalStatus.IN_DISCUSSION),
    "support": GOING_STATUSES,
    "welcome": GOING_STATUSES,
    "comment": (ProposalStatus.DRAFT, *GOING_STATUSES),
}

# The moves the proposing city makes itself; "agreed" comes only from both sides confirming.
TRANSITIONS = {
    ProposalStatus.DRAFT: (ProposalStatus.OPEN, ProposalStatus.WITHDRAWN),
    ProposalStatus.OPEN: (ProposalStatus.IN_DISCUSSION, ProposalStatus.WITHDRAWN),
    ProposalStatus.IN_DISCUSSION: (ProposalStatus.OPEN, ProposalStatus.WITHDRAWN),
    ProposalStatus.AGREED: (ProposalStatus.ACTIVE,),
    ProposalStatus.ACTIVE: (ProposalStatus.COMPLETED,),
}


class SupportKind(models.TextChoices):
    FACILITATION = "facilitation", _("Facilitation")
    FUNDING = "funding", _("Funding")
    EVIDENCE = "evidence", _("Evidence")
