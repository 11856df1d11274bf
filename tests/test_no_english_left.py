"""The language check of the secretariat's workspace and the atlas: each page, read in German,
French and Portuguese, shows none of the interface's English sentences. Every English
message of the catalogue with three words or more whose translation differs is looked for in
the page's visible text."""

import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cities.models import CityNeed
from invitations.bulk import bulk_rows_read, invitation_batch_confirm, invitation_batch_create
from meetings.models import Series
from tests.factories import CityNeedFactory, ThemeFactory

LANGUAGES = ["de", "fr", "pt"]


def english_sentences(language: str) -> set[str]:
    catalogue = polib.pofile(
        str(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po")
    )
    found = set()
    for entry in catalogue:
        if entry.obsolete or "python-format" in entry.flags or "{" in entry.msgid:
            continue
        texts = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            texts = [(entry.msgid_plural, entry.msgstr_plural.get(1, ""))]
        for english, translated in texts:
            if "%(" in english or "<" in english:
                continue
            if len(english.split()) >= 3 and translated and translated != english:
                found.add(english)
    return found


def visible_text(html: str) -> str:
    main = html.split('<main id="main"', 1)[-1]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


BULK_ROWS = """city,country,continent,timezone,name,email,language,message
Porto,PT,europe,Europe/Lisbon,Ana Silva,ana@porto.example.org,pt,
Atlantis,Atlantis,europe,Mars/Olympus,=cmd,not-an-address,xx,
Porto,PT,europe,Europe/Lisbon,Rui Costa,ana@porto.example.org,pt,
"""


@pytest.fixture
def workspace(db, city_a, city_b, admin_user):
    preview = invitation_batch_create(created_by=admin_user, rows=bulk_rows_read(text=BULK_ROWS))
    done = invitation_batch_create(created_by=admin_user, rows=bulk_rows_read(text=BULK_ROWS))
    invitation_batch_confirm(batch_id=done.pk, confirmed_by=admin_user)
    theme = ThemeFactory(
        slug="jobs", name_en="Jobs", name_de="Arbeit", name_fr="Emploi", name_pt="Emprego"
    )
    CityNeedFactory(city=city_a, theme=theme, description_en="We need training places.")
    CityNeedFactory(
        city=city_b, theme=theme, description_en="Private words.", audience="participants"
    )
    Series.objects.create(name_en="Virtual meetings 2027", slug="virtual-2027")
    return {"theme": theme, "need": CityNeed.objects.first(), "batches": (preview, done)}


PAGES = [
    ("atlas:index", {}),
    ("atlas:theme", {"slug": "jobs"}),
    ("atlas:brief", {}),
    ("atlas:theme_brief", {"slug": "jobs"}),
    ("secretariat:overview", {}),
    ("secretariat:emails", {}),
    ("secretariat:series", {}),
    ("secretariat:series_create", {}),
    ("secretariat:themes", {}),
    ("secretariat:theme_create", {}),
    ("secretariat:bulk", {}),
    ("secretariat:bulk_detail", {"pk": "preview"}),
    ("secretariat:bulk_detail", {"pk": "done"}),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_new_pages_show_no_english_sentence(client, admin_user, workspace, language):
    client.force_login(admin_user)
    english = english_sentences(language)
    left = {}
    batches = dict(zip(["preview", "done"], workspace["batches"], strict=True))
    for name, kwargs in PAGES:
        if "pk" in kwargs:
            kwargs = {"pk": batches[kwargs["pk"]].pk}
        with translation.override(language):
            url = reverse(name, kwargs=kwargs)
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        found = sorted(sentence for sentence in english if sentence in text)
        if found:
            left[url] = found
    assert left == {}
