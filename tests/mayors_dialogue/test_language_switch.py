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
