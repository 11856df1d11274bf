from .models import EvidenceDocument

SHOWN = 5


def _latest(documents) -> dict:
    documents = documents.order_by("-publication_date", "-pk")
    items, count = list(documents[:SHOWN]), documents.count()
    return {"items": items, "count": count, "more": count - len(items)}


def documents_for_city(*, city, user) -> dict:
    """The section of a city's profile: the latest documents about the city that the reader
    may open, and how many there are (two queries)."""
    return {
        "city_documents": _latest(EvidenceDocument.objects.visible_to(user).filter(cities=city))
    }


def documents_published_by(*, organisation, user) -> dict:
    """The section of a partner's profile: its latest publications the reader may open."""
    documents = EvidenceDocument.objects.visible_to(user).filter(publisher=organisation)
    return {"publications": _latest(documents)}


def documents_newest(*, user, limit: int = 4) -> list[EvidenceDocument]:
    """The newest documents the reader may open, for the home page (one query)."""
    return list(
        EvidenceDocument.objects.visible_to(user)
        .select_related("publisher")
        .order_by("-publication_date", "-pk")[:limit]
    )
