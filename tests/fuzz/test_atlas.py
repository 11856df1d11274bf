"""The atlas's filters and addresses: any query string, any theme slug. Every answer is a
page (200), a bad request (400, a NUL) or a page that does not exist (404: an unknown theme,
a page number past the end); never a server error, and nothing of the value comes back
unescaped. A value the filter does not know is named as an error on the form."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cities.enums import NeedAudience
from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory, ThemeFactory

from .checks import rolled_back
from .conftest import FUZZ
from .payloads import IDS, LANGUAGES, MARKUP, NUMBERS, TEXT

VALUES = st.sampled_from([*TEXT, *NUMBERS, *IDS, *MARKUP, "africa", "europe", "housing", "1"])
ADDRESSES = ["", "atlas.csv", "brief/"]


@pytest.fixture
def atlas_data(db):
    housing = ThemeFactory(slug="housing", name_en="Housing")
    city = CityFactory()
    CityNeedFactory(city=city, theme=housing, audience=NeedAudience.PARTICIPANTS)
    CityPotentialFactory(city=CityFactory(continent="europe"), theme=housing)


@pytest.mark.parametrize("address", ADDRESSES)
def test_atlas_answers_any_query(client, atlas_data, address):
    @FUZZ
    @given(language=st.sampled_from(("en", *LANGUAGES)), data=st.data())
    def request(language, data):
        names = st.sampled_from(["continent", "theme", "page", "unknown", "theme\x00"])
        query = data.draw(st.dictionaries(names, VALUES, max_size=3))
        with rolled_back(client):
            response = client.get(f"/{language}/atlas/{address}?{urlencode(query)}")

            assert response.status_code in (200, 400, 404), (query, response.status_code)
            if response.status_code == 200:
                body = response.content.decode()
                assert [v for v in query.values() if "<" in v and v in body] == []

    request()


def test_atlas_names_an_unknown_filter_value(client, atlas_data):
    response = client.get("/en/atlas/?continent=%3Cscript%3E&theme=nowhere")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="errorlist"') == 2
    assert "<script>" not in html.split('<main id="main"', 1)[1]


@pytest.mark.parametrize("tail", ["/", ".csv", "/brief/"])
def test_theme_addresses_answer_any_slug(client, atlas_data, tail):
    @FUZZ
    @given(slug=st.sampled_from([*TEXT, *MARKUP, *IDS, "housing", "HOUSING", "a" * 300]))
    def request(slug):
        with rolled_back(client):
            response = client.get(f"/en/atlas/themes/{quote(slug, safe='')}{tail}")

            assert response.status_code in (200, 400, 404), (slug, response.status_code)

    request()
