import io
import zipfile
from datetime import date

import pytest
from django.core.files.base import ContentFile

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (50 * 1024 * 1024))
    return buffer.getvalue()


@pytest.fixture
def make_document(db):
    def make(title="A brief", body="Plain words.", visibility="public", languages="en", **fields):
        document = EvidenceDocument(
            title_en=title,
            doc_type=fields.pop("doc_type", "policy_brief"),
            publication_date=fields.pop("publication_date", date(2020, 9, 1)),
            languages=languages,
            visibility=visibility,
            file_type="pdf",
            **fields,
        )
        document.file.save("x.pdf", ContentFile(text_pdf(title, body)), save=False)
        document.extracted_text = body
        document.save()
        return document

    return make


def upload_data(**overrides) -> dict:
    data = {"title_en": "Climate mobility in coastal cities", "doc_type": "research_report",
            "publication_date": "2021-03-01", "document_languages": ["en"], "visibility": "public",
            "licence": "CC BY 4.0", "authors": "ODI", "external_url": ""}  # fmt: skip
    for code in ["de", "fr", "pt"]:
        data[f"title_{code}"] = ""
    for code in ["en", "de", "fr", "pt"]:
        data[f"summary_{code}"] = ""
    data.update(overrides)
    return data


from tests.meetings.conftest import make_meeting  # noqa: E402, F401 -- shared fixture
