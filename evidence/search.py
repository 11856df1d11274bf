"""Full-text search over the evidence library: weighted, stemmed and ranked on PostgreSQL,
a plain substring fallback with the same interface on SQLite."""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .enums import DOCUMENT_LANGUAGES

SNIPPET_WORDS = 30
EXTRACTED_TEXT_LIMIT = 500_000  # characters kept for search


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def search_vector_update(document_id: int) -> None:
    """Rebuild one document's stored vector: titles (weight A) and summaries (B) in each
    language's own stemming, the extracted text (C) in the document's first language."""
    if not _postgres():
        return
    from .models import EvidenceDocument

    document = EvidenceDocument.objects.get(pk=document_id)
    text_config = DOCUMENT_LANGUAGES.get(
        (document.language_codes or ["en"])[0], DOCUMENT_LANGUAGES["en"]
    )[0]
    vector = None
    for code, (config, _label) in DOCUMENT_LANGUAGES.items():
        for field, weight in ((f"title_{code}", "A"), (f"summary_{code}", "B")):
            part = SearchVector(
                Coalesce(F(field), Value(""), output_field=TextField()),
                config=config,
                weight=weight,
            )
            vector = part if vector is None else vector + part
    vector += SearchVector("extracted_text", config=text_config, weight="C")
    EvidenceDocument.objects.filter(pk=document_id).update(search_vector=vector)


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
                        Coalesce(
                            F(f"summary_{language}"),
                            F("summary_en"),
                            Value(""),
                            output_field=TextField(),
                        ),
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
