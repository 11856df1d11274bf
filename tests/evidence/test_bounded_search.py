"""A search ranks at most the RANKED_AT_MOST most recent of its matches, after the reader's
filters, and says so: its cost does not grow with how many documents hold a common word."""

from datetime import date

import pytest

from evidence import search as search_module
from evidence.models import EvidenceDocument
from evidence.search import search_vectors_update
from tests.factories import ThemeFactory

pytestmark = pytest.mark.integration  # full-text search is PostgreSQL's


@pytest.fixture
def saltmarsh(make_document, monkeypatch):
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 3)
    theme = ThemeFactory()
    documents = []
    for year in range(2016, 2021):  # the oldest holds the word in its title: the best rank
        documents.append(
            make_document(
                title="Saltmarsh atlas" if year == 2016 else f"Coastal note {year}",
                body="Where the saltmarsh meets the city.",
                publication_date=date(year, 6, 1),
            )
        )
    documents[0].themes.add(theme)
    documents[1].themes.add(theme)
    search_vectors_update(EvidenceDocument.objects.all())
    return documents, theme


def titles(response):
    return [document.title_en for document in response.context["object_list"]]


def test_a_common_word_ranks_the_most_recent_matches_and_says_so(client, saltmarsh):
    response = client.get("/en/evidence/?q=saltmarsh")

    assert sorted(titles(response)) == [
        "Coastal note 2018",
        "Coastal note 2019",
        "Coastal note 2020",
    ]
    assert "Only the 3 most recent matching documents are ranked here." in response.text

    french = client.get("/fr/evidence/?q=saltmarsh")
    assert "Seuls les 3 documents correspondants les plus récents" in french.text


def test_the_filters_apply_before_the_limit(client, saltmarsh):
    _documents, theme = saltmarsh

    response = client.get(f"/en/evidence/?q=saltmarsh&theme={theme.pk}")

    assert titles(response) == ["Saltmarsh atlas", "Coastal note 2017"]  # best rank first
    assert "most recent matching" not in response.text
