"""Inviting many cities at once from a spreadsheet (CSV, uploaded or pasted).

Reading and checking take text and return rows; nothing but an `InvitationBatch` (the
preview) is written until an admin confirms. Each row's problems are stored as codes with
their parameters and put into words when a page shows them, in the reader's language.

Decisions:
- A header row is required. Its columns may come in any order, named by their key
  (`city_name`), their short English name (`city`) or the single invitation form's label in
  any of the four languages. The `message` column may be left out; any other missing column,
  and any column we do not know, is one error for the whole file.
- At most BULK_MAX_ROWS rows and BULK_MAX_BYTES per file or paste: more is refused as a
  whole, with the limit named, and no batch is created.
- Cells are only ever text: nothing is evaluated. A city or contact name that starts like a
  spreadsheet formula (= + - @) is a problem on its row, since it would become a public
  name; a message may start that way (a dash, a plus), and any CSV written back goes through
  `spreadsheets.csv_writer`.
- City and contact names are read clean (`mayors_dialogue.text.name_clean`: composed
  accents, no zero-width characters, single spaces), and cities compared by `name_key`
  (without case), so "Zürich" with a decomposed "ü", or "Dakar" with a zero-width space
  pasted after it, is the same city.
- A later row with an address or a city already seen earlier in the file is flagged, naming
  the earlier row; so is a city already in the dialogue (or invited), an address with an
  open invitation, and an address of an account that is a member of a city or organisation.
- Confirming sends each row through `city_invite`, exactly as the single form does, and checks
  the database again at that moment: what became a problem since the preview is skipped with
  its reason.
"""

import csv
import io
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cities.enums import Continent
from cities.models import City
from mayors_dialogue.enums import Language
from mayors_dialogue.models import User
from mayors_dialogue.text import name_clean, name_key
from mayors_dialogue.zones import is_recognised_zone, listed_zones

from .enums import BatchStatus
from .models import Invitation, InvitationBatch
from .services import city_invite

logger = logging.getLogger(__name__)

BULK_MAX_ROWS = 500
BULK_MAX_BYTES = 2 * 1024 * 1024
# Up to this many rows to send, confirming sends them in the request; more go to a task.
BULK_INLINE_ROWS = 20
# Rows one run of the task sends before it queues the next run, well within its time limit.
BULK_ROWS_PER_TASK = 50
# A batch still sending with no progress for this long is queued again.
BULK_RESUME_AFTER = timedelta(minutes=5)

FORMULA_STARTS = ("=", "+", "-", "@")
DELIMITERS = (",", ";", "\t")
LANGUAGES = [code for code, _label in Language.choices]


@dataclass(frozen=True)
class Column:
    key: str
    english: str  # the name in the template file, always understood
    label: str  # the single form's label, understood in each of the four languages
    short: str  # what the preview's table and the problems call it
    required: bool = True
    max_length: int | None = None


COLUMNS = (
    Column("city_name", "city", _("City name"), _("City"), max_length=120),
    Column("country", "country", _("Country"), _("Country")),
    Column("continent", "continent", _("Continent"), _("Continent")),
    Column("timezone", "time zone", _("Time zone"), _("Time zone")),
    Column("name", "contact name", _("Name of the person invited"), _("Contact"), max_length=150),
    Column("email", "email", _("Email address"), _("Email"), max_length=254),
    Column("language", "language", _("Language of the invitation"), _("Language")),
    Column(
        "message", "message", _("Personal message"), _("Message"), required=False, max_length=2000
    ),
)
COLUMN_KEYS = [column.key for column in COLUMNS]
BY_KEY = {column.key: column for column in COLUMNS}
# Single-line values: runs of whitespace (a line break in a cell) become one space.
ONE_LINE = set(COLUMN_KEYS) - {"message"}
NAMES = ("city_name", "name")

NOT_UTF8 = _("The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.")

# The problems a row can have, put into words when shown. Parameters: `column` (a key of
# COLUMNS), `value` (what was written), `line` (another row's number), `detail`.
PROBLEMS = {
    "missing": _("Missing value: {column}"),
    "too_long": _("Too long: {column} (at most {limit} characters)"),
    "formula": _("{column} starts like a spreadsheet formula: “{value}”. Type the name itself."),
    # Translators: “Atlantis” is the country as written in the file.
    "unknown_country": _("Unknown country: “{value}”"),
    "unknown_continent": _("Not a continent of the dialogue: “{value}” (Africa or Europe)"),
    "invalid_zone": _("Not the time zone of a place: “{value}” (for example Africa/Dakar)"),
    "invalid_email": _("Not an email address: “{value}”"),
    "invalid_language": _("Not one of en, de, fr, pt: “{value}”"),
    "extra_values": _("This row has more values than the header has columns."),
    "duplicate_address": _("The same address appears in row {line}."),
    "duplicate_city": _("The same city appears in row {line}."),
    "city_exists": _("This city is already in the dialogue or invited."),
    "already_invited": _("This address already has an open invitation."),
    "member": _("This address belongs to a member of a city or organisation."),
    "refused": _("Refused when sending: {detail}"),
}


def problem_text(problem: dict) -> str:
    """A problem in words, in the active language."""
    template = PROBLEMS.get(problem.get("code"), PROBLEMS["refused"])
    column = BY_KEY.get(problem.get("column", ""))
    return str(template).format(
        column=column.short if column else "",
        limit=column.max_length if column else "",
        value=problem.get("value", ""),
        line=problem.get("line", ""),
        detail=problem.get("detail", ""),
    )


# Reading


def bulk_text_decode(*, data: bytes) -> str:
    """The bytes of an uploaded file as text: UTF-8, with or without a byte order mark. A
    file in another encoding (or UTF-16, whose NUL bytes decode as UTF-8) is refused."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(NOT_UTF8, code="not_utf8") from None
    if "\x00" in text:
        raise ValidationError(NOT_UTF8, code="not_utf8")
    return text


def _normalise_header(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").casefold().split()).rstrip(":")


def _header_names() -> dict[str, str]:
    """Every name a column may have in the header, normalised, to its key."""
    names = {}
    for column in COLUMNS:
        names[_normalise_header(column.key)] = column.key
        names[_normalise_header(column.english)] = column.key
        for code in LANGUAGES:
            with translation.override(code):
                names[_normalise_header(str(column.label))] = column.key
                names[_normalise_header(str(column.short))] = column.key
    names.update({"e mail": "email", "email address": "email", "zone": "timezone"})
    return names


def _delimiter(line: str) -> str:
    counts = {delimiter: line.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _records(text: str):
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ValidationError(
                _("Row {line} could not be read as CSV ({detail}). Check its quotes.").format(
                    line=number + 1, detail=error
                ),
                code="csv",
            ) from None
        number += 1
        yield number, record


def _columns_error(missing: list[str], unknown: list[str], twice: list[str]) -> ValidationError:
    messages = []
    if missing:
        messages.append(
            ngettext(
                "A column is missing: {names}.",
                "Columns are missing: {names}.",
                len(missing),
            ).format(names=", ".join(missing))
        )
    if unknown:
        messages.append(
            ngettext(
                "A column is not expected: {names}.",
                "Columns are not expected: {names}.",
                len(unknown),
            ).format(names=", ".join(f"“{name}”" for name in unknown))
        )
    if twice:
        messages.append(gettext("Columns named twice: {names}.").format(names=", ".join(twice)))
    expected = ", ".join(column.english for column in COLUMNS)
    messages.append(gettext("The first row names the columns: {names}.").format(names=expected))
    return ValidationError(" ".join(messages), code="columns")


def bulk_rows_read(*, text: str) -> list[dict]:
    """The rows of a CSV text (comma, semicolon or tab, as the header row uses) below its
    header row, each as `{"line", "cells", "extra"}`; empty rows are left out but counted in
    the line numbers, so they match the spreadsheet's. Raises ValidationError for what
    concerns the whole text: not CSV, columns missing or unknown, no rows, too many rows."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ValidationError(NOT_UTF8, code="not_utf8")
    names = _header_names()
    header, rows, count = None, [], 0
    for number, record in _records(text):
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        if header is None:
            header = _header(cells, names)
            continue
        count += 1
        if count <= BULK_MAX_ROWS:  # beyond, only counted, to say how many there are
            rows.append(_row(number, cells, header))
    if count > BULK_MAX_ROWS:
        raise ValidationError(
            ngettext(
                "There is {count} row; at most {limit} cities can be invited at once. "
                "Split the list into several files.",
                "There are {count} rows; at most {limit} cities can be invited at once. "
                "Split the list into several files.",
                count,
            ).format(count=count, limit=BULK_MAX_ROWS),
            code="too_many_rows",
        )
    if not rows:
        raise ValidationError(
            _("There are no rows to invite below the header row."), code="no_rows"
        )
    return rows


def _header(cells: list[str], names: dict[str, str]) -> list[str | None]:
    """The key of each column, None for an unnamed one."""
    header, unknown, twice = [], [], []
    for cell in cells:
        key = names.get(_normalise_header(cell)) if cell else None
        if cell and key is None:
            unknown.append(cell[:60])
        elif key is not None and key in header:
            twice.append(BY_KEY[key].english)
        header.append(key)
    missing = [c.english for c in COLUMNS if c.required and c.key not in header]
    if missing or unknown or twice:
        raise _columns_error(missing, unknown, twice)
    return header


def _row(number: int, cells: list[str], header: list[str | None]) -> dict:
    values = dict.fromkeys(COLUMN_KEYS, "")
    extra = False
    for index, cell in enumerate(cells):
        key = header[index] if index < len(header) else None
        if key is None:
            extra = extra or bool(cell)
        else:
            values[key] = " ".join(cell.split()) if key in ONE_LINE else cell
    return {"line": number, "cells": values, "extra": extra}


# Checking


def _country(value: str) -> str:
    code = countries.alpha2(value) if len(value) <= 3 else ""
    if code:
        return code
    for language in LANGUAGES:
        code = countries.by_name(value, language=language)
        if code:
            return code
    return ""


def _continent(value: str) -> str:
    folded = value.casefold()
    for code, label in Continent.choices:
        if folded == code:
            return code
        for language in LANGUAGES:
            with translation.override(language):
                if folded == str(label).casefold():
                    return code
    return ""


def _zone(value: str) -> str:
    if is_recognised_zone(value):
        return value
    folded = value.casefold()
    return next((zone for zone in listed_zones() if zone.casefold() == folded), "")


def _language(value: str) -> str:
    folded = value.casefold()
    return next((code for code, name in Language.choices if folded in (code, name.casefold())), "")


def _email(value: str) -> str:
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return User.objects.normalize_email(value).lower()


READERS = {
    "country": (_country, "unknown_country"),
    "continent": (_continent, "unknown_continent"),
    "timezone": (_zone, "invalid_zone"),
    "email": (_email, "invalid_email"),
    "language": (_language, "invalid_language"),
}


def _cell_problems(cells: dict) -> tuple[dict, list[dict]]:
    """What one row's cells mean, and what is wrong with them on their own."""
    values, problems = {}, []
    for column in COLUMNS:
        value = name_clean(cells[column.key]) if column.key in NAMES else cells[column.key]
        if not value:
            if column.required:
                problems.append({"code": "missing", "column": column.key})
            values[column.key] = ""
            continue
        if column.max_length and len(value) > column.max_length:
            problems.append({"code": "too_long", "column": column.key})
            continue
        if column.key in NAMES and value.startswith(FORMULA_STARTS):
            problems.append({"code": "formula", "column": column.key, "value": value[:60]})
            continue
        reader = READERS.get(column.key)
        if reader is None:
            values[column.key] = value
            continue
        understood = reader[0](value) if len(value) <= 254 else ""
        if understood:
            values[column.key] = understood
        else:
            problems.append({"code": reader[1], "column": column.key, "value": value[:60]})
    return values, problems


def _city_key(values: dict) -> tuple[str, str] | None:
    if values.get("city_name") and values.get("country"):
        return (values["country"], name_key(values["city_name"]))
    return None


class _Known:
    """What the database already holds about a set of rows: three queries in all."""

    def __init__(self, rows: list[dict]):
        emails = {row["values"]["email"] for row in rows if row["values"].get("email")}
        codes = {row["values"]["country"] for row in rows if row["values"].get("country")}
        name_fields = [f"name_{code}" for code in LANGUAGES]
        self.cities = {
            (str(country), name_key(name))
            for country, *names in City.objects.filter(country__in=codes).values_list(
                "country", *name_fields
            )
            for name in names
            if name
        }
        self.invited = set(
            Invitation.objects.open().filter(email__in=emails).values_list("email", flat=True)
        )
        self.members = set(
            User.objects.annotate(address=Lower("email"))
            .filter(address__in=emails)
            .filter(Q(city_memberships__isnull=False) | Q(partner_memberships__isnull=False))
            .values_list("address", flat=True)
        )

    def problems(self, values: dict) -> list[dict]:
        found = []
        if _city_key(values) in self.cities:
            found.append({"code": "city_exists", "column": "city_name"})
        email = values.get("email")
        if email in self.invited:
            found.append({"code": "already_invited", "column": "email"})
        if email in self.members:
            found.append({"code": "member", "column": "email"})
        return found


def bulk_rows_check(*, rows: list[dict]) -> list[dict]:
    """Each row read with its values understood and its problems: its own cells, repeats of
    an earlier row of the file, and what the database already has. Four queries for any
    number of rows."""
    checked, seen_emails, seen_cities = [], {}, {}
    for row in rows:
        values, problems = _cell_problems(row["cells"])
        if row["extra"]:
            problems.append({"code": "extra_values"})
        email, city = values.get("email"), _city_key(values)
        if email and email in seen_emails:
            problems.append(
                {"code": "duplicate_address", "column": "email", "line": seen_emails[email]}
            )
        if city and city in seen_cities:
            problems.append(
                {"code": "duplicate_city", "column": "city_name", "line": seen_cities[city]}
            )
        if email:
            seen_emails.setdefault(email, row["line"])
        if city:
            seen_cities.setdefault(city, row["line"])
        checked.append({**row, "values": values, "problems": problems})
    known = _Known(checked)
    for row in checked:
        row["problems"].extend(known.problems(row["values"]))
        row.update(outcome="", invitation=None, reason=None)
        del row["extra"]
    return checked


# Changing state


def invitation_batch_create(
    *, created_by: User, rows: list[dict], source: str = ""
) -> InvitationBatch:
    """Check the rows read from a file and keep them as a batch in preview. Creates no city,
    no invitation and no email."""
    checked = bulk_rows_check(rows=rows)
    batch = InvitationBatch(
        created_by=created_by,
        source=source[:200],
        rows=checked,
        row_count=len(checked),
        valid_count=sum(1 for row in checked if not row["problems"]),
    )
    batch.full_clean()
    batch.save()
    return batch


def invitation_batch_confirm(*, batch_id: int, confirmed_by: User) -> bool:
    """Start sending a batch in preview: its rows with problems are skipped at once, the
    others are sent in this request when there are at most BULK_INLINE_ROWS, else by the
    task, queued on commit. The row lock makes a second confirmation (a double click, a
    second tab) find the batch no longer in preview: it returns False and sends nothing."""
    with transaction.atomic():
        batch = InvitationBatch.objects.select_for_update().filter(pk=batch_id).first()
        if batch is None or batch.status != BatchStatus.PREVIEW:
            return False
        for row in batch.rows:
            if row["problems"]:
                row["outcome"] = "skipped"
        batch.skipped_count = batch.row_count - batch.valid_count
        batch.confirmed_by = confirmed_by
        batch.confirmed_at = batch.progress_at = timezone.now()
        batch.status = BatchStatus.SENDING
        batch.save()
        inline = batch.valid_count <= BULK_INLINE_ROWS
        if not inline:
            transaction.on_commit(lambda: _enqueue(batch_id), robust=True)
    if inline:
        invitation_batch_send(batch_id=batch_id)
    return True


def _enqueue(batch_id: int) -> None:
    from .tasks import invitation_batch_send_task  # tasks import this module

    invitation_batch_send_task.delay(batch_id=batch_id)


def invitation_batch_send(*, batch_id: int, limit: int | None = None) -> int:
    """Send the rows of a confirmed batch not yet done, each through `city_invite` in its own
    transaction with the batch row locked, so two runs never send a row twice; at most
    `limit` rows, then the next run is queued. A row that the database refuses now (a city
    or an invitation made since the preview) is skipped with its reason. Marks the batch
    done after its last row. Returns the number of rows left."""
    batch = InvitationBatch.objects.filter(pk=batch_id).first()
    if batch is None:
        logger.warning("invitation batch %s is gone", batch_id)
        return 0
    if batch.status != BatchStatus.SENDING:
        return 0
    waiting = [index for index, row in enumerate(batch.rows) if not row["outcome"]]
    for count, index in enumerate(waiting):
        if limit is not None and count >= limit:
            transaction.on_commit(lambda: _enqueue(batch_id), robust=True)
            return len(waiting) - count
        with transaction.atomic():
            batch = InvitationBatch.objects.select_for_update().get(pk=batch_id)
            row = batch.rows[index]
            if row["outcome"] or batch.status != BatchStatus.SENDING:
                continue
            _row_send(row, invited_by=batch.confirmed_by)
            if row["outcome"] == "sent":
                batch.sent_count += 1
            else:
                batch.skipped_count += 1
            batch.progress_at = timezone.now()
            batch.save(update_fields=["rows", "sent_count", "skipped_count", "progress_at"])
    InvitationBatch.objects.filter(pk=batch_id, status=BatchStatus.SENDING).update(
        status=BatchStatus.DONE, finished_at=timezone.now()
    )
    return 0


def invitation_batches_resume(*, now=None) -> int:
    """Queue again the batches still sending with no progress for BULK_RESUME_AFTER: their
    task was lost (the broker was down when it was queued, or a worker stopped) or the
    request sending a small batch failed. Beat runs it every five minutes; a run that finds
    the batch's task still going does no harm, since each row is locked and sent once."""
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            InvitationBatch.objects.filter(
                status=BatchStatus.SENDING, progress_at__lt=now - BULK_RESUME_AFTER
            ).values_list("pk", flat=True)
        )
        InvitationBatch.objects.filter(pk__in=ids).update(progress_at=now)
        for batch_id in ids:
            transaction.on_commit(lambda batch_id=batch_id: _enqueue(batch_id), robust=True)
    if ids:
        logger.info("Resumed %d invitation batches", len(ids))
    return len(ids)


def _row_send(row: dict, *, invited_by: User | None) -> None:
    values = row["values"]
    found = _Known([row]).problems(values)
    if found:
        row.update(outcome="skipped", reason=found[0])
        return
    try:
        with transaction.atomic():
            invitation = city_invite(
                invited_by=invited_by,
                city_name=values["city_name"],
                country=values["country"],
                continent=values["continent"],
                timezone_name=values["timezone"],
                name=values["name"],
                email=values["email"],
                language=values["language"],
                message=values["message"],
            )
    except ValidationError as error:
        row.update(outcome="skipped", reason=_refusal(error))
        return
    row.update(outcome="sent", invitation=invitation.pk)


def _refusal(error: ValidationError) -> dict:
    codes = {item.code for item in _flat(error)}
    if "already_invited" in codes:
        return {"code": "already_invited", "column": "email"}
    if "already_member" in codes:
        return {"code": "member", "column": "email"}
    if "city_exists" in codes:
        return {"code": "city_exists", "column": "city_name"}
    with translation.override("en"):
        detail = " ".join(str(message) for message in error.messages)
    return {"code": "refused", "detail": detail[:300]}


def _flat(error: ValidationError) -> list[ValidationError]:
    if hasattr(error, "error_dict"):
        return [item for items in error.error_dict.values() for item in items]
    return list(error.error_list)


# Showing


def bulk_row_shown(row: dict) -> dict:
    """A row as the preview and the result show it, in the active language: the values
    understood by their names (the country, the continent, the language), what was written
    where it was not understood, and the problems in words."""
    values, cells = row["values"], row["cells"]
    shown = {}
    for key in COLUMN_KEYS:
        value = values.get(key, "")
        if value and key == "country":
            value = countries.name(value)
        elif value and key == "continent":
            value = Continent(value).label
        elif value and key == "language":
            value = dict(Language.choices)[value]
        shown[key] = value or cells.get(key, "")
    problems = row["problems"] or ([row["reason"]] if row.get("reason") else [])
    return {
        "line": row["line"],
        "shown": shown,
        "problems": [problem_text(problem) for problem in problems],
        "problem_columns": {problem.get("column") for problem in problems},
        "outcome": row.get("outcome", ""),
        "invitation": row.get("invitation"),
        "refused_detail": bool(row.get("reason") and row["reason"].get("code") == "refused"),
    }


def bulk_template_rows() -> list[list[str]]:
    """The template file: the header and one example row."""
    return [
        [column.english for column in COLUMNS],
        [
            "Luanda",
            "AO",
            "africa",
            "Africa/Luanda",
            "Ana Sebastião",
            "ana.sebastiao@luanda.example.org",
            "pt",
            "",
        ],
    ]
