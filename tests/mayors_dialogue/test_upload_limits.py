"""Uploads over the limit are refused while they stream in, and hostile file names never
decide where a file lands."""

import tracemalloc

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import load_handler
from django.http.multipartparser import MultiPartParser

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from mayors_dialogue.upload_limits import RefusedUpload
from tests.evidence.conftest import upload_data
from tests.factories import PartnerMembershipFactory

BOUNDARY = "drillboundary"
MB = 1024 * 1024


class GeneratedBody:
    """A multipart body of `size` bytes of file content, produced as it is read."""

    def __init__(self, size: int):
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title_en"\r\n\r\nBig\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        self.parts = [head, None, f"\r\n--{BOUNDARY}--\r\n".encode()]
        self.remaining = size
        self.length = len(head) + size + len(self.parts[2])

    def read(self, size=-1):
        if self.parts[0]:
            chunk, self.parts[0] = self.parts[0], b""
            return chunk
        if self.remaining:
            count = min(self.remaining, size if size > 0 else 64 * 1024)
            self.remaining -= count
            return b"%" * count
        chunk, self.parts[2] = self.parts[2], b""
        return chunk


def parse(body: GeneratedBody):
    meta = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length),
    }
    handlers = [load_handler(path) for path in settings.FILE_UPLOAD_HANDLERS]
    return MultiPartParser(meta, body, handlers, "utf-8").parse()


@pytest.mark.parametrize("size", [60 * MB, 25 * MB + 512 * 1024])
def test_an_oversized_file_is_dropped_as_it_streams_in(size):
    """60 MB declares itself too large up front; 25.5 MB fits the request allowance and is
    stopped once it passes the 25 MB limit. Neither is kept in memory or on disk."""
    tracemalloc.start()
    post, files = parse(GeneratedBody(size))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    upload = files["file"]
    assert isinstance(upload, RefusedUpload)
    assert upload.size > settings.EVIDENCE_MAX_UPLOAD_BYTES
    assert upload.read() == b""
    assert post["title_en"] == "Big"
    assert peak < 4 * MB


def test_a_file_within_the_limit_is_kept_whole():
    _post, files = parse(GeneratedBody(3 * MB))

    upload = files["file"]
    assert not isinstance(upload, RefusedUpload)
    assert upload.size == 3 * MB
    assert upload.read(10) == b"%" * 10


@pytest.fixture
def partner(db):
    return PartnerMembershipFactory().user


def test_an_oversized_document_gets_a_field_error_in_the_page_language(client, partner, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 1000
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    client.force_login(partner)
    pdf = text_pdf("Large", "x " * 5000)
    assert len(pdf) > 1000

    response = client.post(
        "/fr/evidence/new/",
        upload_data(file=SimpleUploadedFile("large.pdf", pdf, "application/pdf")),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "Le fichier est trop volumineux : 1000\xa0octets au maximum."
    ]
    assert not EvidenceDocument.objects.exists()


def test_an_oversized_logo_is_called_too_large_not_invalid(client, db, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 1000
    membership = PartnerMembershipFactory(organisation__slug="odi", organisation__name_en="ODI")
    client.force_login(membership.user)

    response = client.post(
        "/en/partners/odi/edit/",
        {
            "name_en": "ODI",
            "logo": SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 5000),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["logo"] == [
        "The file is too large: at most 1000\xa0bytes."
    ]


@pytest.mark.parametrize(
    "name",
    ["../../../etc/passwd.pdf", "..\\..\\windows\\evil.pdf", "/etc/cron.d/x.pdf", "a\x00b.pdf"],
)
def test_path_traversal_names_never_choose_where_the_file_is_stored(client, partner, name):
    client.force_login(partner)
    pdf = text_pdf("Traversal", "Stored where the platform decides.")

    response = client.post(
        "/en/evidence/new/", upload_data(file=SimpleUploadedFile(name, pdf, "application/pdf"))
    )

    assert response.status_code == 302
    document = EvidenceDocument.objects.get()
    assert document.file.name.startswith("private/evidence/")
    assert ".." not in document.file.name
    assert "/" not in document.original_name
    assert "\\" not in document.original_name
    assert ".." not in document.original_name
    stored = settings.MEDIA_ROOT / document.file.name
    assert stored.resolve().is_relative_to(settings.MEDIA_ROOT.resolve())
    assert stored.read_bytes() == pdf
