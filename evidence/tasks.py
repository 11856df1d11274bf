import logging

from celery import shared_task

from .models import EvidenceDocument
from .services import evidence_extract_text

logger = logging.getLogger(__name__)


@shared_task(name="evidence.document_extract_text", acks_late=True)
def document_extract_text(*, document_id: int) -> bool:
    document = EvidenceDocument.objects.filter(pk=document_id).first()
    if document is None:
        logger.info("Document %s is gone; nothing to extract", document_id)
        return False
    return evidence_extract_text(document=document)
