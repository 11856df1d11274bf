"""What every fuzzed submission must satisfy, whatever was sent."""

import re
from collections import Counter
from contextlib import contextmanager
from html.parser import HTMLParser

from django import forms
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.http import QueryDict
from django.utils import translation
from django.utils.html import escape
from hypothesis import settings

from .payloads import IMG, SCRIPT, SVG

RAW_MARKERS = (SCRIPT, IMG, SVG, "<img src=x", "<svg onload", "onerror=alert(1)>")


@contextmanager
def rolled_back(client=None):
    """One example: its rows are rolled back (a savepoint inside pytest-django's test
    transaction, so it works the same on SQLite and PostgreSQL), the cache (rate limits)
    is empty and no flash message is left over from the previous example."""
    cache.clear()
    if client is not None:
        client.cookies.pop("messages", None)
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _value in attrs}
        handlers = sorted(name for name in names if name.startswith("on"))
        if handlers:
            self.problems.append(f"<{tag}> with event handler {handlers}")
        if tag == "script" and "src" not in names:
            self.problems.append("inline <script>")
        if tag in ("svg", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append("<img src=x>")


def has_markup(data: dict) -> bool:
    """Whether any submitted value could carry a tag."""
    return any("<" in str(value) for value in data.values())


def assert_escaped(response, data: dict) -> str:
    """No submitted markup comes back raw: neither the payloads themselves nor, when `data`
    had markup at all, any tag with an event handler, an inline script or an injected
    image (the templates have none). Returns the page."""
    html = response.content.decode()
    for marker in RAW_MARKERS:
        assert marker not in html, f"raw {marker!r} in the page"
    if has_markup(data):
        parser = _Tags()
        parser.feed(html)
        assert parser.problems == [], parser.problems
    return html


class Outcomes(Counter):
    """How a fuzz test's examples ended. Checked after the run, so a test whose data never
    gets through (or is never refused) fails instead of passing without testing much."""

    def saw(self, *, accepted: bool) -> None:
        self["accepted" if accepted else "refused"] += 1

    def assert_both_seen(self) -> None:
        assert self.total() >= settings.default.max_examples, self
        # A form with one field has few distinct valid submissions: at least five of 200.
        least = max(1, settings.default.max_examples // 40)
        assert self["accepted"] >= least, self
        assert self["refused"] >= least, self


def submitted(data: dict) -> QueryDict:
    """`data` as the view receives it from the test client: a QueryDict of strings, where
    a list is several values of one name and "" is one empty value (not an absent one)."""
    query = QueryDict(mutable=True)
    for name, value in data.items():
        values = value if isinstance(value, list | tuple) else [value]
        query.setlist(name, [str(item) for item in values])
    return query


def counts(*models) -> dict:
    return {model.__name__: model.objects.count() for model in models}


# Django's own Portuguese (pt) catalogue lacks these messages of its forms; they are
# listed for locale/pt. Until the catalogue of the page's language has one of them, its
# English text is tolerated, and only for these.
UPSTREAM_GAPS = [
    ("ManagementForm data is missing or has been tampered with. Missing fields: "
     "%(field_names)s. You may need to file a bug report if the issue persists.", None),
    ("Please submit at most %(num)d form.", "Please submit at most %(num)d forms."),
    ("Please submit at least %(num)d form.", "Please submit at least %(num)d forms."),
    ("“%(pk)s” is not a valid value.", None),
    ("This password is too short. It must contain at least %(min_length)d character.",
     "This password is too short. It must contain at least %(min_length)d characters."),
    ("Constraint “%(name)s” is violated.", None),
]  # fmt: skip


def _pattern(msgid: str) -> re.Pattern:
    return re.compile(".*".join(re.escape(part) for part in re.split(r"%\(\w+\)[sd]", msgid)), re.S)


def _untranslated_upstream(message: str, language: str) -> bool:
    with translation.override(language):
        for singular, plural in UPSTREAM_GAPS:
            for msgid in filter(None, (singular, plural)):
                translated = (
                    translation.ngettext(singular, plural, 2 if msgid == plural else 1)
                    if plural
                    else translation.gettext(singular)
                )
                if translated == msgid and _pattern(msgid).fullmatch(message):
                    return True
    return False


def _messages(errors) -> dict[str, list[str]]:
    return {name: [str(message) for message in messages] for name, messages in errors.items()}


def assert_errors_localised(html: str, language: str, form, english_form) -> int:
    """The errors the page shows for `form` (rendered in `language`) differ from the
    errors of the same data validated in English (`english_form`, built under
    translation.override("en")), and each one is in the page, with its field's error list
    (the `<ul class="errorlist" id="…_error">` that aria-describedby points at). Returns
    how many errors were shown."""
    with translation.override(language):
        shown = _messages(form.errors)
    with translation.override("en"):
        english = _messages(english_form.errors)
    # dates, times and numbers are read as each language writes them: "13/1/2000" is
    # 13 January in French and no date in English, so those may be valid in one only
    read_per_language = {
        name
        for name, field in form.fields.items()
        if isinstance(field, (forms.DateField, forms.TimeField, forms.DateTimeField,
                              forms.DecimalField, forms.FloatField))
    }  # fmt: skip
    assert set(english) - read_per_language <= set(shown), (english, shown)
    for name, messages in shown.items():
        assert messages, name
        for message in messages:
            assert message not in english.get(name, []) or _untranslated_upstream(
                message, language
            ), f"{name}: {message!r} is not translated into {language}"
            assert escape(message) in html, f"{name}: {message!r} is not in the page"
        if name != "__all__" and not form[name].is_hidden:
            assert f'<ul class="errorlist" id="{form[name].auto_id}_error">' in html, name
    return sum(len(messages) for messages in shown.values())


def assert_formset_errors_localised(html, language, formset, english_formset) -> int:
    with translation.override(language):
        shown = [str(message) for message in formset.non_form_errors()]
    with translation.override("en"):
        english = [str(message) for message in english_formset.non_form_errors()]
    for message in shown:
        assert message not in english or _untranslated_upstream(message, language), (
            f"{message!r} is not translated into {language}"
        )
        assert escape(message) in html, f"{message!r} is not in the page"
    total = len(shown)
    for form, english_form in zip(formset.forms, english_formset.forms, strict=True):
        if formset.can_delete and formset._should_delete_form(form):
            continue  # a row marked for deletion is not validated: its errors stop nothing
        total += assert_errors_localised(html, language, form, english_form)
    return total


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_flash_localised(messages: list[str], language: str, msgid: str, **params) -> None:
    """The flash messages left by a POST-only view are `msgid` in `language`, translated."""
    with translation.override(language):
        expected = translation.gettext(msgid).format(**params)
    assert expected != msgid.format(**params), f"{msgid!r} has no {language} translation"
    assert messages == [expected], (expected, messages)
