"""Full-text search of the evidence library on PostgreSQL: stored vectors, stemming per
language, ranking and highlighted snippets."""

from datetime import date

import pytest
from django.core.files.base import ContentFile

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from evidence.services import evidence_extract_text

pytestmark = pytest.mark.integration


def document(title, body, languages="en", **fields):
    doc = EvidenceDocument(
        title_en=title,
        doc_type="policy_brief",
        publication_date=date(2021, 1, 1),
        languages=languages,
        file_type="pdf",
        **fields,
    )
    doc.file.save("x.pdf", ContentFile(text_pdf(title, body)), save=False)
    doc.save()
    evidence_extract_text(document=doc)
    return doc


def found(client, text):
    return [d.title_en for d in client.get(f"/en/evidence/?q={text}").context["object_list"]]


def test_german_stemming_finds_stadt_for_staedten(client, db):
    document(
        "Reception in German municipalities",
        "Die Stadt Mannheim begleitet neue Nachbarn.",
        languages="de",
    )
    document("Unrelated", "Nothing about municipalities here.")

    assert found(client, "Städten") == ["Reception in German municipalities"]


def test_the_stored_vector_is_kept_current_and_ranked(client, db):
    title_hit = document("Coastal adaptation", "General words.")
    text_hit = document("General brief", "Coastal towns face floods.")
    assert EvidenceDocument.objects.filter(search_vector__isnull=False).count() == 2

    assert found(client, "coastal") == [title_hit.title_en, text_hit.title_en]
    html = client.get("/en/evidence/?q=floods").text
    assert "<mark>floods</mark>" in html


def test_english_stemming_and_several_words(client, db):
    document("Labour mobility", "Apprenticeships connect newcomers with employers.")

    assert found(client, "apprenticeship employer") == ["Labour mobility"]
