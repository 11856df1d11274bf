"""Names as people read them: a name typed on another keyboard, pasted from a document or
from a spreadsheet is the same name. `name_clean` is what is stored, `name_key` what is
compared when looking for the same city, organisation or theme twice."""

import unicodedata

# Format characters (zero-width space, joiners, word joiner, byte order mark, soft hyphen,
# direction marks) and control characters: nothing a reader sees, everything a comparison does.
INVISIBLE_CATEGORIES = {"Cf", "Cc"}


def name_clean(value: str | None) -> str:
    """A name as stored: invisible characters removed, accents composed (NFC: a "u" and a
    combining diaeresis become one "ü"), whitespace collapsed to single spaces and stripped."""
    visible = "".join(
        char
        for char in value or ""
        if char.isspace() or unicodedata.category(char) not in INVISIBLE_CATEGORIES
    )
    return " ".join(unicodedata.normalize("NFC", visible).split())


def name_key(value: str | None) -> str:
    """A name as compared: clean and without case ("ZÜRICH" and "Zürich" are the same name;
    "Zurich" is another, as the duplicate checks always had it)."""
    return unicodedata.normalize("NFC", name_clean(value).casefold())
