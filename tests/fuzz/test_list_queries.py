"""The query strings of every list page: any name the filters know, and some they do not,
with hostile values. Every answer is a page (200), a bad request (400, a NUL) or a page that
does not exist (404, a page number past the end); never a server error, and nothing of the
value comes back unescaped."""

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .checks import rolled_back
from .conftest import FUZZ
from .payloads import IDS, LANGUAGES, MARKUP, NUMBERS, TEXT

LIST_PAGES = {
    "cities/": ["q", "continent", "country", "needs", "offers", "page"],
    "meetings/": ["when", "series", "format", "city", "organiser", "page"],
    "partnerships/": ["page"],
    "partnerships/proposals/": ["q", "theme", "kind", "continent", "status", "sort", "page"],
    "evidence/": ["q", "theme", "doc_type", "city", "year", "language", "publisher", "page"],
    "meetings/mine/": ["page"],
}
VALUES = st.sampled_from([*TEXT, *NUMBERS, *IDS, *MARKUP, "past", "relevance", "africa", "1"])


@pytest.mark.parametrize("page", sorted(LIST_PAGES))
def test_every_list_page_answers_any_query(client, staff_a, page):
    client.force_login(staff_a)

    @FUZZ
    @given(language=st.sampled_from(("en", *LANGUAGES)), data=st.data())
    def request(language, data):
        names = st.sampled_from([*LIST_PAGES[page], "unknown", "page\x00"])
        query = data.draw(st.dictionaries(names, VALUES, max_size=4))
        with rolled_back(client):
            response = client.get(f"/{language}/{page}?{urlencode(query)}")

            assert response.status_code in (200, 400, 404), (page, query, response.status_code)
            if response.status_code == 200:
                html = response.content.decode()
                # (the directory's map is an inline SVG: the markup check looks for values)
                assert [v for v in query.values() if "<" in v and v in html] == []

    request()
