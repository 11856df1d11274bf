from django import template
from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@register.simple_tag
def translated(obj, field_name):
    """A translated field in the page's language; where that translation is missing, the
    English fallback, marked lang="en" so screen readers pronounce it right."""
    language = get_language()
    if language not in settings.MODELTRANSLATION_LANGUAGES:
        return conditional_escape(getattr(obj, field_name))
    value = getattr(obj, build_localized_fieldname(field_name, language), "")
    if value:
        return conditional_escape(value)
    fallback_language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    fallback = getattr(obj, build_localized_fieldname(field_name, fallback_language), "")
    if not fallback:
        return ""
    return format_html('<span lang="{}">{}</span>', fallback_language, fallback)
