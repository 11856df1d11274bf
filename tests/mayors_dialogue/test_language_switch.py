"""The language switcher works from every page, whatever language was chosen before."""

import pytest
from django.conf import settings


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize(("page", "language", "lands_on"), [
    ("/en/cities/", "fr", "/fr/cities/"),
    ("/en/meetings/?when=past", "pt", "/pt/meetings/?when=past"),
    ("/pt/partnerships/", "de", "/de/partnerships/"),
])  # fmt: skip
def test_switching_from_a_page_in_another_language_than_the_last_choice(
    client, staff_a, signed_in, page, language, lands_on
):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    if signed_in:
        staff_a.language = "de"
        staff_a.save()
        client.force_login(staff_a)

    response = client.post("/i18n/setlang/", {"language": language, "next": page})

    assert (response.status_code, response["Location"]) == (302, lands_on)
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == language


@pytest.mark.parametrize("next_url", ["https://evil.example/en/", "//evil.example/", ""])
def test_no_open_redirect(client, db, next_url):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": next_url})

    assert response.status_code == 302
    assert not response["Location"].startswith(("http", "//"))


# Issue 34, finding 10: only the four languages reach the address, the cookie and the account.


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize(("asked", "chosen"), [
    ("pt-br", "pt"), ("PT", "pt"), ("pt_BR", "pt"), ("PT-BR", "pt"),
    ("de-at", "de"), ("fr-ca", "fr"), ("en-gb", "en"), (" fr ", "fr"),
])  # fmt: skip
def test_a_regional_variant_is_the_language_the_platform_has(
    client, staff_a, signed_in, asked, chosen
):
    if signed_in:
        client.force_login(staff_a)

    response = client.post("/i18n/setlang/", {"language": asked, "next": "/en/cities/"})

    assert (response.status_code, response["Location"]) == (302, f"/{chosen}/cities/")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == chosen
    assert client.get(response["Location"]).status_code == 200
    staff_a.refresh_from_db()
    assert staff_a.language == (chosen if signed_in else "en")


@pytest.mark.parametrize("asked", ["xx", "", "x" * 5000, "zh-hans", "en;q=1", "../de", "dé"])
def test_a_language_the_platform_does_not_have_keeps_the_current_one(client, staff_a, asked):
    staff_a.language = "fr"
    staff_a.save()
    client.force_login(staff_a)

    response = client.post("/i18n/setlang/", {"language": asked, "next": "/fr/cities/"})

    assert (response.status_code, response["Location"]) == (302, "/fr/cities/")
    cookie = client.cookies.get(settings.LANGUAGE_COOKIE_NAME)
    assert cookie is None or cookie.value in {"en", "de", "fr", "pt"}
    staff_a.refresh_from_db()
    assert staff_a.language == "fr"


@pytest.mark.parametrize("next_url", [
    "https://evil.example/en/cities/", "//evil.example/", "", "/", "/nowhere/at/all/",
    "/pt-br/cities/", "/xx/cities/", "javascript:alert(1)", "/en/cities/\r\nSet-Cookie: a=b",
])  # fmt: skip
def test_the_page_to_go_back_to_is_always_an_address_of_the_site_in_that_language(
    client, db, next_url
):
    response = client.post("/i18n/setlang/", {"language": "pt-br", "next": next_url})

    location = response["Location"]
    assert response.status_code == 302
    assert location.startswith("/pt/")
    assert client.get(location).status_code == 200
