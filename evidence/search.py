"""Full-text search over the evidence library: weighted, stemmed and ranked on PostgreSQL,
a plain substring fallback with the same interface on SQLite."""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.html import escape
from django.utils.safestring import mark_safe

from mayors_dialogue.translated import shown_text

from .enums import DOCUMENT_LANGUAGES

SNIPPET_WORDS = 30
# a common word matches most of the library; ranking every match is what a search costs
RANKED_AT_MOST = 1000
EXTRACTED_TEXT_LIMIT = 500_000  # characters kept for search


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def search_vector_update(document_id: int) -> None:
    """Rebuild one document's stored vector."""
    from .models import EvidenceDocument

    search_vectors_update(EvidenceDocument.objects.filter(pk=document_id))


def search_vectors_update(documents) -> None:
    """Rebuild the stored vectors of a queryset of documents, one UPDATE per language:
    titles (weight A) and summaries (B) in each language's own stemming, the extracted text
    (C) in the document's first language. Cached search results are dropped either way,
    since the text they were found in has changed."""
    from mayors_dialogue.caching import cache_invalidate

    cache_invalidate("library")
    if not _postgres():
        return
    titles_and_summaries = None
    for code, (config, _label) in DOCUMENT_LANGUAGES.items():
        for field, weight in ((f"title_{code}", "A"), (f"summary_{code}", "B")):
            part = SearchVector(
                Coalesce(F(field), Value(""), output_field=TextField()),
                config=config,
                weight=weight,
            )
            titles_and_summaries = (
                part if titles_and_summaries is None else titles_and_summaries + part
            )
    first_language = documents
    for code, (config, _label) in DOCUMENT_LANGUAGES.items():
        in_this_language = documents.filter(languages__startswith=code)
        first_language = first_language.exclude(languages__startswith=code)
        in_this_language.update(
            search_vector=titles_and_summaries
            + SearchVector("extracted_text", config=config, weight="C")
        )
    first_language.update(  # no language recorded: English
        search_vector=titles_and_summaries
        + SearchVector("extracted_text", config=DOCUMENT_LANGUAGES["en"][0], weight="C")
    )


def _query(text: str):
    query = None
    for config, _label in DOCUMENT_LANGUAGES.values():
        part = SearchQuery(text, config=config, search_type="websearch")
        query = part if query is None else query | part
    return query


def search(queryset, text: str, *, language: str):
    """Documents matching `text`, best first, each with `snippet` (safe HTML with <mark>)."""
    text = text.strip()
    if not text:
        return queryset
    if _postgres():
        query = _query(text)
        config = DOCUMENT_LANGUAGES.get(language, DOCUMENT_LANGUAGES["en"])[0]
        return (
            queryset.filter(search_vector=query)
            .annotate(
                rank=SearchRank(F("search_vector"), query),
                snippet=SearchHeadline(
                    Concat(
                        shown_text("summary", language),
                        Value(" "),
                        F("extracted_text"),
                        output_field=TextField(),
                    ),
                    query,
                    config=config,
                    start_sel="<mark>",
                    stop_sel="</mark>",
                    max_words=SNIPPET_WORDS,
                    min_words=10,
                ),
            )
            .order_by("-rank", "-publication_date", "-pk")
        )
    return _fallback(queryset, text)


def _fallback(queryset, text: str):
    from django.db.models import Q

    condition = Q(extracted_text__icontains=text)
    for code in DOCUMENT_LANGUAGES:
        condition |= Q(**{f"title_{code}__icontains": text}) | Q(
            **{f"summary_{code}__icontains": text}
        )
    return queryset.filter(condition)


def snippet(document, text: str) -> str:
    """Where the SQLite fallback (or a document without extracted text) gives no headline:
    the words around the first match, escaped, with the match marked."""
    headline = getattr(document, "snippet", None)
    if headline:
        marked = (
            escape(headline).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
        )
        return mark_safe(marked)  # noqa: S308 -- escaped first; only our own <mark> restored
    source = " ".join(filter(None, [document.summary, document.extracted_text]))
    match = re.search(re.escape(text.strip()), source, re.IGNORECASE) if text.strip() else None
    if not match:
        return escape(source[:200])
    start = max(0, match.start() - 80)
    end = min(len(source), match.end() + 80)
    return mark_safe(  # noqa: S308 -- every part is escaped
        ("…" if start else "")
        + escape(source[start : match.start()])
        + "<mark>"
        + escape(match.group(0))
        + "</mark>"
        + escape(source[match.end() : end])
        + ("…" if end < len(source) else "")
    )


def newest_ranked(results):
    """Of these search results (filtered as the reader chose), the `RANKED_AT_MOST` most
    recent, best first: a search's cost stays the same however many documents a word is
    found in. The list says so when it may have left older matches out."""
    if not _postgres():
        return results
    newest = results.order_by("-publication_date", "-pk").values("pk")[:RANKED_AT_MOST]
    return results.filter(pk__in=newest)


class CachedSearchResults:
    """A search's results for the paginator: the ids of the ranked results (at most
    `RANKED_AT_MOST`, see `newest_ranked`) read in one query and kept until the library
    changes; each page's rows, with their snippets, then read by primary key."""

    def __init__(self, ranked, rows, key: tuple):
        self.ranked = ranked
        self.rows = rows
        self.key = key
        self.ranked_at_most = RANKED_AT_MOST if _postgres() else None

    def limited(self) -> bool:
        """Whether older matches may have been left out (see `newest_ranked`)."""
        return self.ranked_at_most is not None and self.count() >= self.ranked_at_most

    def _ids(self) -> list[int]:
        from mayors_dialogue.caching import cached

        return cached(
            "library",
            (*self.key, "ranked ids"),
            lambda: list(self.ranked.values_list("pk", flat=True)),
        )

    def count(self) -> int:
        return len(self._ids())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        ids = self._ids()[window]
        rows = {document.pk: document for document in self.rows.filter(pk__in=ids)}
        return [rows[pk] for pk in ids if pk in rows]
