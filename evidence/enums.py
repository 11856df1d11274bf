from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    RESEARCH_REPORT = "research_report", _("Research report")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    CASE_STUDY = "case_study", _("Case study")
    DATA_SET = "data_set", _("Data set")
    GOOD_PRACTICE = "good_practice", _("Good practice")
    MEETING_MATERIAL = "meeting_material", _("Meeting material")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    PARTICIPANTS = "participants", _("Participants only")


# The languages a document itself may be written in, and their full-text configurations.
DOCUMENT_LANGUAGES = {
    "en": ("english", _("English")),
    "de": ("german", _("German")),
    "fr": ("french", _("French")),
    "pt": ("portuguese", _("Portuguese")),
}
