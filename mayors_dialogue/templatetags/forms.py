from django import template
from django.forms import BaseForm, BaseFormSet
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from mayors_dialogue.enums import Language

register = template.Library()


def _form_errors(form: BaseForm, row: str = "") -> list[dict]:
    names = dict(Language.choices)
    errors = [
        {"where": row, "message": message, "anchor": ""} for message in form.non_field_errors()
    ]
    for name, field in form.fields.items():
        bound = form[name]
        for message in bound.errors:
            label = capfirst(str(field.label or name))
            language = field.widget.attrs.get("lang")
            if language in names:
                label = f"{label} ({names[language]})"
            where = f"{row} – {label}" if row else label
            anchor = "" if bound.is_hidden else (bound.id_for_label or bound.auto_id)
            errors.append({"where": where, "message": message, "anchor": anchor})
    return errors


def summarised_errors(*forms) -> list[dict]:
    """Every error of these forms and formsets, in the page's order: where it is (the field,
    with its row and language), the message, and the id of the field to link to."""
    errors = []
    for item in forms:
        if isinstance(item, BaseFormSet):
            errors += [
                {"where": "", "message": message, "anchor": ""}
                for message in item.non_form_errors()
            ]
            noun = capfirst(str(item.model._meta.verbose_name)) if hasattr(item, "model") else ""
            for number, form in enumerate(item.forms, start=1):
                if not form.errors:
                    continue
                # a row marked for deletion is not validated: its errors stop nothing
                if not (item.can_delete and item._should_delete_form(form)):
                    errors += _form_errors(
                        form, row=_("%(item)s %(number)s") % {"item": noun, "number": number}
                    )
        elif isinstance(item, BaseForm) and item.is_bound:
            errors += _form_errors(item)
    for error in errors:
        error["text"] = (
            _("%(where)s: %(message)s") % error if error["where"] else str(error["message"])
        )
    return errors


@register.inclusion_tag("components/error_summary.html")
def error_summary(*forms, intro=""):
    """The GOV.UK error summary: at the top of the page, focused when it loads, each error a
    link to its field."""
    return {"errors": summarised_errors(*forms), "intro": intro}
