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
