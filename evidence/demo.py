"""The demo evidence library (`data/demo/documents.yaml`): small generated PDFs whose text is
searchable, linked to the demo meetings' agendas and to proposals on the same themes. Loaded
by `seed_demo`, never by a release."""

from datetime import date
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from cities.models import City, PartnerOrganisation, Theme
from mayors_dialogue.datafiles import Ledger, Lookup, entries
from mayors_dialogue.enums import DataOrigin
from meetings.models import AgendaItem
from partnerships.models import Proposal

from .models import EvidenceDocument
from .pdf import text_pdf
from .services import evidence_extract_text

DEMO_FILE = Path(__file__).resolve().parent / "data" / "demo" / "documents.yaml"


@transaction.atomic
def documents_demo_load(*, today: date, path: Path = DEMO_FILE) -> int:
    """Create the demo documents that the ledger does not know yet; a date such as
    "today-25" counts back from `today`. Each is cited by the first agenda item and the
    first proposal on one of its themes. Returns how many were created."""
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
        document_themes = themes.many(entry, entry.value("themes"))
        document.themes.set(document_themes)
        document.cities.set(cities.many(entry, entry.value("cities", [])))
        item = (
            AgendaItem.objects.filter(meeting__themes__in=document_themes)
            .order_by("meeting__start", "position")
            .first()
        )
        if item:
            item.documents.add(document)
        proposal = Proposal.objects.filter(themes__in=document_themes).order_by("pk").first()
        if proposal:
            proposal.evidence.add(document)
        evidence_extract_text(document=document)
        ledger.add(key, document)
        created += 1
    return created
