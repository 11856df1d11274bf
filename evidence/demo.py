"""The demo evidence library (`data/demo/documents.yaml`): small generated PDFs whose text is
searchable, loaded by `seed_demo` (never by a release) before the demo meetings and proposals
that cite them."""

from datetime import date
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from cities.models import City, PartnerOrganisation, Theme
from mayors_dialogue.datafiles import Entry, Ledger, Lookup, entries
from mayors_dialogue.enums import DataOrigin

from .models import EvidenceDocument
from .pdf import text_pdf
from .services import evidence_extract_text

DEMO_FILE = Path(__file__).resolve().parent / "data" / "demo" / "documents.yaml"


@transaction.atomic
def documents_demo_load(*, today: date, path: Path = DEMO_FILE) -> int:
    """Create the demo documents that the ledger does not know yet; a date such as
    "today-25" counts back from `today`. Returns how many were created."""
    ledger = Ledger(DataOrigin.DEMO)
    cities = Lookup(City, "city")
    partners = Lookup(PartnerOrganisation, "partner")
    themes = Lookup(Theme, "theme")
    created = 0
    for entry in entries(path):
        key = f"document:{entry.value('key')}"
        if key in ledger:
            continue
        languages = entry.value("languages")
        document = EvidenceDocument(
            doc_type=entry.value("type"),
            authors=entry.value("authors", ""),
            publisher=partners.get(entry, entry.value("publisher")),
            publication_date=entry.day("date", today=today),
            languages=",".join(languages),
            visibility=entry.value("visibility"),
            licence=entry.value("licence", ""),
            file_type="pdf",
            **entry.texts("title"),
            **entry.texts("summary"),
        )
        pdf = text_pdf(getattr(document, f"title_{languages[0]}"), entry.value("body"))
        document.file_size = len(pdf)
        document.original_name = f"{entry.value('key')}.pdf"
        document.file.save(document.original_name, ContentFile(pdf), save=False)
        entry.save(document)
        document.themes.set(themes.many(entry, entry.value("themes")))
        document.cities.set(cities.many(entry, entry.value("cities", [])))
        evidence_extract_text(document=document)
        ledger.add(key, document)
        created += 1
    return created


def demo_documents(entry: Entry, keys: list[str]) -> list[EvidenceDocument]:
    """The demo documents with these keys in documents.yaml, for the meetings and proposals
    that cite them."""
    ledger = Ledger(DataOrigin.DEMO)
    object_ids = {key: ledger.object_id(f"document:{key}") for key in keys or []}
    unknown = [key for key, object_id in object_ids.items() if object_id is None]
    if unknown:
        entry.fail(f"there is no demo document '{unknown[0]}'")
    documents = EvidenceDocument.objects.in_bulk(object_ids.values())
    return [documents[object_id] for object_id in object_ids.values() if object_id in documents]
