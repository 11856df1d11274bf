from django import template
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.enums import Language

from ..models import City, CityNeed, CityPotential, GoodPractice, PartnerOrganisation

register = template.Library()

# Translators: {label} is the name of the profile, theme or initiative that was edited.
SUMMARIES = {
    ("profile", "changed"): _("Profile “{label}” changed"),
    ("need", "added"): _("Need “{label}” added"),
    ("need", "changed"): _("Need “{label}” changed"),
    ("need", "removed"): _("Need “{label}” removed"),
    ("potential", "added"): _("Potential “{label}” added"),
    ("potential", "changed"): _("Potential “{label}” changed"),
    ("potential", "removed"): _("Potential “{label}” removed"),
    ("good_practice", "added"): _("Good practice “{label}” added"),
    ("good_practice", "changed"): _("Good practice “{label}” changed"),
    ("good_practice", "removed"): _("Good practice “{label}” removed"),
}
MODELS = {"need": CityNeed, "potential": CityPotential, "good_practice": GoodPractice}


def _field_label(model, name: str) -> str:
    base, _sep, code = name.rpartition("_")
    if code in settings.MODELTRANSLATION_LANGUAGES and base:
        label = capfirst(model._meta.get_field(base).verbose_name)
        return f"{label} ({dict(Language.choices)[code]})"
    try:
        return str(capfirst(model._meta.get_field(name).verbose_name))
    except FieldDoesNotExist:  # a field removed since the change was recorded
        return name


@register.filter
def change_summary(entry: dict, subject) -> str:
    """One recorded change, in the reader's language, e.g. "Need “Diaspora engagement”
    changed: What the city needs (Français)"."""
    summary = SUMMARIES.get((entry.get("item"), entry.get("action")))
    if summary is None:
        return ""
    text = summary.format(label=entry.get("label", ""))
    model = MODELS.get(entry["item"]) or (
        City if isinstance(subject, City) else PartnerOrganisation
    )
    fields = [_field_label(model, name) for name in entry.get("fields", [])]
    if not fields:
        return text
    # Translators: a change, then the list of fields it touched
    return _("{change}: {fields}").format(change=text, fields=", ".join(fields))
