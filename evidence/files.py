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
# What makes a PDF run something in its reader: scripts, actions on opening, closing or
# viewing (/AA), launching programs, XFA forms, embedded media, sending or importing data.
PDF_ACTIVE_NAMES = {
    "/JS", "/JavaScript", "/Launch", "/AA", "/OpenAction", "/XFA", "/RichMedia",
    "/ImportData", "/SubmitForm", "/GoToE",
}  # fmt: skip
PDF_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/ImportData",
    "/SubmitForm",
    "/GoToE",
    "/Rendition",
}
PDF_MOST_OBJECTS = 500_000
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
        _check_pdf(file)
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


def _check_pdf(file) -> None:
    """Refuse a PDF that carries active content, is locked by a password, or cannot be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileRefused(_("This PDF is protected by a password. Upload a copy without one."))
        if _pdf_active(reader.trailer):
            raise FileRefused(
                _(
                    "This PDF contains active content (JavaScript, or actions that run when it "
                    "is opened). Save it again as a plain PDF, for example with “Print to PDF”, "
                    "and upload that."
                )
            )
    except FileRefused:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged file
        raise FileRefused(_("This document is damaged and cannot be read.")) from error
    finally:
        file.seek(0)


def _pdf_active(root) -> bool:
    """Whether any object reachable from the trailer names a script or an action."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        if len(seen) > PDF_MOST_OBJECTS:
            raise FileRefused(_("This document is damaged and cannot be read."))
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if set(item.keys()) & PDF_ACTIVE_NAMES or item.get("/S") in PDF_ACTIVE_ACTIONS:
                return True
            stack.extend(value for name, value in item.items() if name not in ("/Parent", "/P"))
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return False
