"""What an uploaded file really is, read from its bytes (never from its name), and a few
defences against hostile files: zip bombs and binaries dressed as documents."""

import zipfile

from django.utils.translation import gettext_lazy as _

# type key: (content type, extension)
FILE_TYPES = {
    "pdf": ("application/pdf", "pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    "odt": ("application/vnd.oasis.opendocument.text", "odt"),
    "csv": ("text/csv", "csv"),
}
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100

OFFICE_PARTS = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}


class FileRefused(ValueError):  # noqa: N818 -- a refusal shown to people, not a programming error
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def sniff(file) -> str:
    """The type key of an uploaded file, from its content; raises FileRefused otherwise."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(file)
    if _looks_like_csv(file):
        return "csv"
    raise FileRefused(_("This file is not a PDF, DOCX, XLSX, PPTX, ODT or CSV document."))


def _sniff_zip(file) -> str:
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            unzipped = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if unzipped > MAX_UNZIPPED_BYTES or unzipped / packed > MAX_ZIP_RATIO:
                raise FileRefused(
                    _("This document unpacks to far more than its size; it is refused.")
                )
            names = {info.filename for info in infos}
            if (
                "mimetype" in names
                and archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text"
            ):
                return "odt"
            if "[Content_Types].xml" in names:
                for prefix, kind in OFFICE_PARTS.items():
                    if any(name.startswith(prefix) for name in names):
                        return kind
    except zipfile.BadZipFile as error:
        raise FileRefused(_("This document is damaged and cannot be read.")) from error
    finally:
        file.seek(0)
    raise FileRefused(_("This file is not a PDF, DOCX, XLSX, PPTX, ODT or CSV document."))


def _looks_like_csv(file) -> bool:
    sample = file.read(64 * 1024)
    file.seek(0)
    if not sample or b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = sample.decode("latin-1")
        except UnicodeDecodeError:
            return False
    lines = [line for line in text.splitlines() if line.strip()][:5]
    return bool(lines) and all(("," in line or ";" in line or "\t" in line) for line in lines)
