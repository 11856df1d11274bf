import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from mayors_dialogue.models import User
from mayors_dialogue.rows import many_to_many_assign, values_assign
from mayors_dialogue.uploads import file_names, files_replaced_remove_on_commit

from .files import FileRefused, sniff
from .models import EvidenceDocument
from .search import EXTRACTED_TEXT_LIMIT, search_vector_update

logger = logging.getLogger(__name__)


def evidence_file_check(upload) -> str:
    """Refuse what is too large or not really a document; returns the sniffed type."""
    limit = settings.EVIDENCE_MAX_UPLOAD_BYTES
    if upload.size == 0:
        raise ValidationError({"file": _("The file is empty.")}, code="empty")
    if upload.size > limit:
        raise ValidationError(
            {
                "file": _("The file is too large: at most {limit}.").format(
                    limit=filesizeformat(limit)
                )
            },
            code="too_large",
        )
    try:
        return sniff(upload)
    except FileRefused as refused:
        raise ValidationError({"file": refused.message}, code="file_type") from refused


def evidence_save(*, document: EvidenceDocument, values: dict, user: User) -> EvidenceDocument:
    """Save an uploaded (`document` unsaved) or edited document; `values["file"]` is a new
    upload or the file it has. The file is stored under a random private name; a file it
    replaces or clears is deleted, text extraction (for PDFs) and the search index run, after
    commit (in Celery)."""
    with transaction.atomic():
        if document.pk is None:
            document = EvidenceDocument(uploaded_by=user)
        else:
            document = EvidenceDocument.objects.select_for_update().get(pk=document.pk)
        old_files = file_names(document)
        upload = values.get("file")
        new_file = bool(upload) and hasattr(upload, "content_type")
        _changed, later = values_assign(document, values)
        if new_file:
            document.file_type = evidence_file_check(upload)
            document.file_size = upload.size
            document.original_name = get_valid_filename(upload.name)[:200]
            document.extracted_text = ""
        document.full_clean()
        document.save()
        files_replaced_remove_on_commit(old_names=old_files, new_names=file_names(document))
        many_to_many_assign(document, later)
        document_id = document.pk
        transaction.on_commit(lambda: _after_save(document_id, extract=new_file), robust=True)
    return document


def _after_save(document_id: int, *, extract: bool) -> None:
    from .tasks import document_extract_text

    if extract:
        document_extract_text.delay(document_id=document_id)
    else:
        search_vector_update(document_id)


def evidence_extract_text(*, document: EvidenceDocument) -> bool:
    """Read the text of a PDF for search, then refresh the search index. Safe to run twice;
    a PDF that cannot be read keeps empty text. Returns whether text was found."""
    if document.file_type == "pdf" and document.file:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            with document.file.open("rb") as handle:
                reader = PdfReader(handle)
                text = "\n".join(page.extract_text() or "" for page in reader.pages)
        except (PdfReadError, OSError, ValueError) as error:
            logger.warning("Could not read PDF of document %s: %r", document.pk, error)
            text = ""
        EvidenceDocument.objects.filter(pk=document.pk).update(
            extracted_text=text.replace("\x00", "")[:EXTRACTED_TEXT_LIMIT]
        )
    search_vector_update(document.pk)
    return bool(EvidenceDocument.objects.filter(pk=document.pk).exclude(extracted_text="").exists())


def evidence_delete(*, document: EvidenceDocument) -> None:
    """Delete a document; its file goes once the deletion is committed."""
    with transaction.atomic():
        old_files = file_names(document)
        document.delete()
        files_replaced_remove_on_commit(old_names=old_files, new_names=())
