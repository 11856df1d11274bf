"""The demo evidence library: small generated PDFs whose text is searchable, linked to the
demo meetings' agendas and to proposals on the same themes. Loaded by `seed_demo`."""

from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction

from cities.models import City, PartnerOrganisation, Theme
from meetings.models import AgendaItem
from partnerships.models import Proposal

from .demo_content import DOCUMENTS
from .models import EvidenceDocument
from .pdf import text_pdf
from .services import evidence_extract_text

LANGUAGES = ("en", "de", "fr", "pt")


@transaction.atomic
def demo_evidence_load() -> int:
    """Create the demo documents once (matched by English title). Returns how many."""
    created = 0
    for data in DOCUMENTS:
        if EvidenceDocument.objects.filter(title_en=data["title"]["en"]).exists():
            continue
        document = EvidenceDocument(
            doc_type=data["type"],
            authors=data["authors"],
            publisher=PartnerOrganisation.objects.get(slug=data["publisher"]),
            publication_date=date.fromisoformat(data["date"]),
            languages=",".join(data["languages"]),
            visibility=data["visibility"],
            licence=data["licence"],
            file_type="pdf",
            **{f"title_{code}": data["title"][code] for code in LANGUAGES},
            **{f"summary_{code}": data["summary"][code] for code in LANGUAGES},
        )
        pdf = text_pdf(data["title"][data["languages"][0]], data["body"])
        document.file_size = len(pdf)
        document.original_name = f"{data['key']}.pdf"
        document.file.save(f"{data['key']}.pdf", ContentFile(pdf), save=False)
        document.full_clean()
        document.save()
        themes = list(Theme.objects.filter(slug__in=data["themes"]))
        document.themes.set(themes)
        document.cities.set(City.objects.filter(slug__in=data["cities"]))
        item = (
            AgendaItem.objects.filter(meeting__themes__in=themes)
            .order_by("meeting__start", "position")
            .first()
        )
        if item:
            item.documents.add(document)
        proposal = Proposal.objects.filter(themes__in=themes).order_by("pk").first()
        if proposal:
            proposal.evidence.add(document)
        evidence_extract_text(document=document)
        created += 1
    return created
