from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from mayors_dialogue.translated import text_in
from mayors_dialogue.zones import zone_label, zone_time

register = template.Library()


@register.simple_tag
def translated(obj, field_name):
    """A translated field in the page's language; where that translation is missing, the
    text in its original language (then any other), marked with its `lang` so screen readers
    pronounce it right."""
    language = get_language()
    value, code = text_in(obj, field_name, language)
    if code == language:
        return conditional_escape(value)
    return format_html('<span lang="{}">{}</span>', code, value)


@register.simple_tag
def zone_name(zone, when=None):
    """A time zone as people recognise it, its place and offset in the page's language
    ("Lissabon (UTC+0)"), with the IANA name as a tooltip."""
    if not zone:
        return ""
    label = zone_label(zone, when)
    key = getattr(zone, "key", str(zone))
    return format_html('<span title="{}">{}</span>', key, label)


@register.simple_tag
def zone_time_name(zone, when=None):
    """The zone after a time, as people say it ("Dakar time (UTC+0)"), the IANA name as a
    tooltip."""
    if not zone:
        return ""
    key = getattr(zone, "key", str(zone))
    return format_html('<span title="{}">{}</span>', key, zone_time(zone, when))


@register.filter
def text(obj, field_name):
    """A translated field as plain text, for emails: the page's language, else the text's
    original language, else any other."""
    return text_in(obj, field_name)[0]


@register.filter
def filters_in_use(form) -> int:
    """How many of a filter form's fields the reader has set (a list page opens its
    folded filters when any is)."""
    if not form.is_bound:
        return 0
    return sum(
        1
        for name in form.fields
        if any(value not in ("", None) for value in form.data.getlist(form.add_prefix(name)))
    )
