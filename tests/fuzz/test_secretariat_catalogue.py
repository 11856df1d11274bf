"""Fuzzing the secretariat's meeting series and themes: whatever is sent, no server error,
the errors in the page's language, and a refused submission changes nothing (nor does a
double click save twice)."""

import re

import pytest
from django.forms.models import model_to_dict
from django.utils import translation
from django.utils.html import escape
from hypothesis import given

from cities.models import Theme
from cities.services import THEME_NAME_TAKEN, THEME_SLUG_TAKEN
from mayors_dialogue.formats import quoted
from mayors_dialogue.text import name_clean, name_key
from meetings.models import Series
from meetings.services import SERIES_NAME_TAKEN, SERIES_SLUG_TAKEN
from secretariat.forms import SLUG_INVALID, SeriesForm, ThemeForm

from . import checks
from .checks import (
    Outcomes,
    assert_errors_localised,
    assert_escaped,
    counts,
    has_markup,
    rolled_back,
    submitted,
)
from .conftest import FUZZ
from .payloads import NUMBERS, fuzz_fields, language, twice

SLUGS = ["jobs", "summit", "UPPER_case-1", "a b", "été", "x" * 81, "-", "\x00"]
BOOLEANS = ["on", "", "false", "0", "\x00"]

# The messages this feature added. Until the catalogue of the page's language has one, its
# English text is tolerated there, and only for these (as checks.UPSTREAM_GAPS does for
# Django's own).
PENDING = [
    THEME_SLUG_TAKEN, THEME_NAME_TAKEN, SERIES_SLUG_TAKEN, SERIES_NAME_TAKEN, SLUG_INVALID,
]  # fmt: skip


def _pending(message: str, language: str) -> bool:
    with translation.override(language):
        for msgid in map(str, PENDING):
            if translation.gettext(msgid) != msgid:
                continue
            parts = re.split(r"\{\w+\}", msgid)
            if re.fullmatch(".*".join(map(re.escape, parts)), message, re.S):
                return True
    return False


@pytest.fixture(autouse=True)
def _pending_translations(monkeypatch):
    upstream = checks._untranslated_upstream
    monkeypatch.setattr(
        checks,
        "_untranslated_upstream",
        lambda message, language: upstream(message, language) or _pending(message, language),
    )


def _service_errors(language: str, data: dict, model, name_taken, slug_taken) -> dict:
    """The errors the service gives a submission that the form accepts: its English name or
    its slug is another row's. In the page's language."""
    with translation.override(language):
        form_class = ThemeForm if model is Theme else SeriesForm
        form = form_class(submitted(data))
        assert form.is_valid()
        name, slug = form.cleaned_data["name_en"], form.cleaned_data["slug"]
        taken = [
            other for other in model.objects.values_list("name_en", flat=True)
            if name_key(other) == name_key(name)
        ]  # fmt: skip
        if name_key(name) and taken:
            return {"name_en": [str(name_taken).format(name=quoted(name_clean(taken[0])))]}
        assert slug
        assert model.objects.filter(slug=slug).exists()
        return {"slug": [str(slug_taken)]}


def _names(row) -> dict:
    return {f"name_{code}": getattr(row, f"name_{code}") for code in ("en", "de", "fr", "pt")}


def _check(client, *, url, list_url, data, language, form_class, model, row, twice, taken):
    """Post (twice when `twice`). Accepted: the row holds exactly the cleaned data, once.
    Refused: nothing changed, and every error is in the page in its language. Returns
    whether it was accepted."""
    before = counts(model)
    row_before = model_to_dict(model.objects.get(pk=row.pk)) if row else None
    with translation.override("en"):
        english = form_class(submitted(data))
        english_valid = english.is_valid()

    response = client.post(f"/{language}{url}", data)

    if response.status_code == 302:
        assert english_valid
        assert response["Location"] == f"/{language}{list_url}"
        saved = model.objects.get(pk=row.pk) if row else model.objects.latest("pk")
        cleaned = english.cleaned_data
        assert _names(saved) == {
            name: name_clean(cleaned[name]) or None
            for name in ("name_en", "name_de", "name_fr", "name_pt")
        }
        if cleaned["slug"]:
            assert saved.slug == cleaned["slug"]
        for name in ("position", "is_summit"):
            if name in cleaned:
                assert getattr(saved, name) == cleaned[name], name
        assert counts(model)[model.__name__] == before[model.__name__] + (0 if row else 1)
        if has_markup(data):
            assert_escaped(client.get(f"/{language}{list_url}"), data)
        if twice and not row:
            again = client.post(f"/{language}{url}", data)
            assert again.status_code == 200
            assert_escaped(again, data)
            assert counts(model)[model.__name__] == before[model.__name__] + 1
        return True
    assert response.status_code == 200, response.status_code
    html = assert_escaped(response, data)
    assert counts(model) == before
    if row:
        assert model_to_dict(model.objects.get(pk=row.pk)) == row_before
    form = response.context["form"]
    if english_valid:
        expected = _service_errors(language, data, model, *taken)
        assert form.errors == expected
        for messages in expected.values():
            assert escape(messages[0]) in html
    else:
        assert assert_errors_localised(html, language, form, english) > 0
    return False


THEME = {
    "name_en": "Labour migration",
    "name_de": "Arbeitsmigration",
    "name_fr": "Migration de travail",
    "name_pt": "",
    "slug": "",
    "position": "3",
}
SERIES = {
    "name_en": "Summit 2027",
    "name_de": "",
    "name_fr": "Sommet 2027",
    "name_pt": "Cimeira 2027",
    "slug": "",
    "is_summit": "on",
}


@pytest.mark.parametrize("editing", [False, True], ids=["create", "edit"])
def test_theme_form(client, admin_user, themes, editing):
    Theme.objects.filter(slug="data").update(name_en="Data")
    row = Theme.objects.get(slug="data") if editing else None
    url = f"/secretariat/themes/{row.pk}/" if row else "/secretariat/themes/new/"
    client.force_login(admin_user)
    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(THEME, slug=SLUGS, position=NUMBERS, name_en=["Data", "DATA"]),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            accepted = _check(
                client, url=url, list_url="/secretariat/themes/", data=data, language=language,
                form_class=ThemeForm, model=Theme, row=row, twice=twice,
                taken=(THEME_NAME_TAKEN, THEME_SLUG_TAKEN),
            )  # fmt: skip
            outcomes.saw(accepted=accepted)

    submit()
    outcomes.assert_both_seen()


@pytest.mark.parametrize("editing", [False, True], ids=["create", "edit"])
def test_series_form(client, admin_user, db, editing):
    Series.objects.create(name_en="Summit", slug="summit", is_summit=True)
    row = Series.objects.create(name_en="Meetings", slug="meetings") if editing else None
    url = f"/secretariat/series/{row.pk}/" if row else "/secretariat/series/new/"
    client.force_login(admin_user)
    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(SERIES, slug=SLUGS, is_summit=BOOLEANS, name_en=["Summit", "SUMMIT"]),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            accepted = _check(
                client, url=url, list_url="/secretariat/series/", data=data, language=language,
                form_class=SeriesForm, model=Series, row=row, twice=twice,
                taken=(SERIES_NAME_TAKEN, SERIES_SLUG_TAKEN),
            )  # fmt: skip
            outcomes.saw(accepted=accepted)

    submit()
    outcomes.assert_both_seen()
