"""Uploads larger than the platform accepts are refused while they stream in: their bytes
are counted and dropped, never held in memory or written to disk. The form then gets a
`RefusedUpload` in place of the file and shows a "too large" field error."""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

# Room for the form's other fields next to the files in one request.
FORM_FIELDS_ALLOWANCE = 1024 * 1024


def upload_max_bytes() -> int:
    """The largest single file any form accepts; each form checks its own, lower limit."""
    return max(settings.EVIDENCE_MAX_UPLOAD_BYTES, settings.IMAGE_UPLOAD_MAX_BYTES)


class RefusedUpload(UploadedFile):
    """Stands in for a file that was too large to keep: it has the size that was sent and
    no content."""

    def __init__(self, name: str, size: int, content_type: str | None):
        super().__init__(BytesIO(), name=name, content_type=content_type, size=size)


class SizeLimitUploadHandler(FileUploadHandler):
    """First in FILE_UPLOAD_HANDLERS. Passes chunks on to Django's memory and temporary-file
    handlers until a file passes `upload_max_bytes()`; from then on it swallows them. A
    request whose declared length already exceeds what any upload may be is swallowed from
    its first byte."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):  # noqa: N803 -- Django's signature
        self.limit = upload_max_bytes()
        self.swallow_all = content_length > self.limit + FORM_FIELDS_ALLOWANCE

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        self.refused = self.swallow_all

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.refused = True
        return None if self.refused else raw_data

    def file_complete(self, file_size):
        if not self.refused:
            return None  # the next handler returns the file
        return RefusedUpload(self.file_name, self.received, self.content_type)
