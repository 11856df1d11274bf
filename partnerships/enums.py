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
