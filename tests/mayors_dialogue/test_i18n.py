import re
from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import CityFactory, UserFactory

NAVIGATION = {
    "en": ["Cities", "Meetings", "Partnerships", "Evidence"],
    "de": ["Städte", "Treffen", "Partnerschaften", "Evidenz"],
    "fr": ["Villes", "Réunions", "Partenariats", "Données probantes"],
    "pt": ["Cidades", "Reuniões", "Parcerias", "Evidências"],
}


def main_navigation(html: str) -> list[str]:
    nav = re.search(r'<nav class="main-nav"[^>]*>(.*?)</nav>', html, re.S).group(1)
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


@pytest.fixture
def seeded(db):
    call_command("seed_demo", "--force", stdout=StringIO())


@pytest.mark.parametrize("language", NAVIGATION)
def test_main_navigation_and_lang_are_in_the_page_language(client, db, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text
    assert main_navigation(response.text) == NAVIGATION[language]


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Milan", "Lisbon", "Zurich", "Antwerp"]),
        ("de", ["Mailand", "Lissabon", "Zürich", "Antwerpen"]),
        ("fr", ["Milan", "Lisbonne", "Zurich", "Anvers"]),
        ("pt", ["Milão", "Lisboa", "Zurique", "Antuérpia"]),
    ],
)
def test_home_lists_city_names_in_the_page_language(client, seeded, language, names):
    response = client.get(f"/{language}/")

    listed = re.findall(r'<a class="city-name" href="[^"]+">([^<]+)</a>', response.text)
    assert len(listed) == 18
    assert set(names) <= set(listed)


def test_missing_translation_falls_back_to_english_marked_with_lang(client, db):
    CityFactory(name_en="Alphaville", name_de="")

    response = client.get("/de/")

    assert '<span lang="en">Alphaville</span></a>' in response.text


def test_present_translation_is_shown_without_lang_marker(client, db):
    CityFactory(name_en="Alphaville", name_de="Alphastadt")

    response = client.get("/de/")

    assert '">Alphastadt</a>' in response.text
    assert '<span lang="en">' not in response.text


def test_root_redirects_to_the_browsers_language(client, db):
    response = client.get("/", headers={"accept-language": "pt-PT,pt;q=0.9,en;q=0.5"})

    assert response.status_code == 302
    assert response["Location"] == "/pt/"


def test_language_switch_keeps_the_page(client, db):
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/en/cities/"})

    assert response.status_code == 302
    assert response["Location"] == "/de/cities/"
    assert response.cookies["django_language"].value == "de"


def test_language_switch_saves_a_signed_in_users_preference(client, db):
    user = UserFactory(language="en")
    client.force_login(user)

    client.post("/i18n/setlang/", {"language": "fr", "next": "/en/"})

    user.refresh_from_db()
    assert user.language == "fr"


def test_language_switch_ignores_unknown_languages(client, db):
    user = UserFactory(language="en")
    client.force_login(user)

    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/en/"})

    user.refresh_from_db()
    assert (response.status_code, user.language) == (302, "en")


def test_language_switch_refuses_get(client, db):
    assert client.get("/i18n/setlang/?language=de").status_code == 405


@pytest.mark.parametrize("language", ["de", "fr", "pt"])
def test_every_page_offers_the_four_languages_named_in_themselves(client, db, language):
    response = client.get(f"/{language}/cities/")

    buttons = re.findall(
        r'<button type="submit"\s+name="language"\s+value="(\w+)"\s+lang="(\w+)"', response.text
    )
    assert buttons == [("en", "en"), ("de", "de"), ("fr", "fr"), ("pt", "pt")]
    for name in ["English", "Deutsch", "Français", "Português"]:
        assert name in response.text
