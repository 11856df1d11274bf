"""Reference and demo data kept as YAML files in each app's `data/` folder: reading an entry
with errors that name the file and the entry, dates relative to the day the demo is loaded,
and the ledger (`LoadedRow`) of the rows that loading created.

Reference data (`load_reference_data`) is what production needs; demo data (`seed_demo`) is
everything else a demo shows. Apps register their demo loaders with `demo_loader_register`
from their AppConfig.ready()."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .enums import DataOrigin, Language
from .models import LoadedRow

LANGUAGES = tuple(Language.values)
RELATIVE_DAY = re.compile(r"^today(?:([+-])(\d+))?$")
HOLIDAYS = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)}
YEAR = re.compile(r"\{year(?:([+-])(\d+))?\}")


class DataFileError(Exception):
    """A data file that cannot be loaded; the message names the file and the entry."""


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def read_data_file(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{_shown(path)}: {error}") from error


def relative_day(value, *, today: date) -> date:
    """An ISO date, or "today", "today+12", "today-30" counted from `today`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = RELATIVE_DAY.match(str(value).strip())
    if match:
        sign, days = match.groups()
        offset = int(days or 0) * (-1 if sign == "-" else 1)
        return today + timedelta(days=offset)
    return date.fromisoformat(str(value))


def fill_years(text: str, *, year: int) -> str:
    """ "{year}", "{year+1}", "{year-2}" in a text, counted from `year`."""

    def replace(match):
        sign, count = match.groups()
        return str(year + int(count or 0) * (-1 if sign == "-" else 1))

    return YEAR.sub(replace, text)


@dataclass
class Entry:
    """One entry of a data file, with errors that say where it is."""

    path: Path
    label: str
    data: dict

    def fail(self, message: str):
        where = f"{_shown(self.path)}, {self.label}" if self.label else _shown(self.path)
        raise DataFileError(f"{where}: {message}")

    def value(self, name: str, default: Any = ...) -> Any:
        if name in self.data:
            return self.data[name]
        if default is ...:
            self.fail(f"'{name}' is missing")
        return default

    def texts(self, name: str, *, year: int | None = None, required: bool = True) -> dict:
        """The field's text in every language, as keyword arguments for modeltranslation
        (`title_en`, `title_de`, ...). A missing language is an error unless not required,
        when it stays empty. An entry `written_in` one language (as people may write) needs
        only that one."""
        texts = self.value(name, {} if not required else ...)
        written_in = self.data.get("written_in")
        if written_in is not None and written_in not in LANGUAGES:
            self.fail(f"'written_in' is not one of {', '.join(LANGUAGES)}: {written_in!r}")
        if not isinstance(texts, dict):
            self.fail(f"'{name}' needs a text per language ({', '.join(LANGUAGES)})")
        unknown = sorted(set(texts) - set(LANGUAGES))
        if unknown:
            self.fail(f"'{name}' has a text in an unknown language: {', '.join(unknown)}")
        result = {}
        for language in LANGUAGES:
            if language not in texts and required and written_in in (None, language):
                self.fail(f"'{name}' has no '{language}' text")
            text = "" if texts.get(language) is None else str(texts[language])
            result[f"{name}_{language}"] = fill_years(text, year=year) if year else text
        return result

    def day(self, name: str, *, today: date) -> date:
        try:
            return relative_day(self.value(name), today=today)
        except ValueError:
            self.fail(f"'{name}' is not a date or 'today+N': {self.value(name)!r}")

    def moment(self, name: str, *, today: date, zone: str) -> datetime:
        """ "2020-06-18T14:00", or "today+9 14:00": nine days after `today` at 14:00 in the
        zone, moved on to the next working day when that is a weekend or a holiday most
        participants share."""
        value = str(self.value(name)).strip()
        try:
            if value.startswith("today"):
                day, _space, clock = value.partition(" ")
                moment_day = relative_day(day, today=today)
                while moment_day.weekday() >= 5 or (moment_day.month, moment_day.day) in HOLIDAYS:
                    moment_day += timedelta(days=1)
                moment = datetime.combine(moment_day, time.fromisoformat(clock or "00:00"))
            else:
                moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"'{name}' is not a date and time or 'today+N HH:MM': {value!r}")
        return moment.replace(tzinfo=ZoneInfo(zone))

    def children(self, name: str) -> list["Entry"]:
        """The entries of a list inside this one (a city's needs, a meeting's agenda)."""
        items = self.value(name, []) or []
        if not isinstance(items, list):
            self.fail(f"'{name}' needs a list")
        children = []
        for number, item in enumerate(items, start=1):
            label = _label(f"{name} {number}", item)
            if not isinstance(item, dict):
                self.fail(f"{label}: expected a mapping")
            children.append(
                Entry(self.path, f"{self.label}, {label}" if self.label else label, item)
            )
        return children

    def save(self, obj: models.Model, *, exclude: tuple[str, ...] = ()) -> models.Model:
        """Validate and save a row made from this entry; invalid values name the entry."""
        try:
            obj.full_clean(exclude=exclude)
        except ValidationError as error:
            self.fail(
                "; ".join(
                    f"{name}: {' '.join(texts)}" for name, texts in error.message_dict.items()
                )
            )
        obj.save()
        return obj


def entries(path: Path) -> list[Entry]:
    """The entries of a file that holds a list; each is named by its key, slug or email."""
    data = read_data_file(path)
    if not isinstance(data, list):
        raise DataFileError(f"{_shown(path)}: expected a list of entries")
    return Entry(path, "", {"entry": data}).children("entry")


def single_entry(path: Path) -> Entry:
    """A file that holds one mapping, such as a city's demo profile or the meetings file."""
    data = read_data_file(path)
    if not isinstance(data, dict):
        raise DataFileError(f"{_shown(path)}: expected a mapping")
    return Entry(path, "", data)


def _label(name: str, item) -> str:
    """ "entry 3 (milan)": an entry is named by its place and its key, slug or email."""
    if isinstance(item, dict):
        key = item.get("key") or item.get("slug") or item.get("email")
        if key:
            return f"{name} ({key})"
    return name


class Ledger:
    """The entries one origin has loaded, read once; `add` records a new one."""

    def __init__(self, origin: DataOrigin):
        self.origin = origin
        self.rows = dict(LoadedRow.objects.filter(origin=origin).values_list("key", "object_id"))

    def __contains__(self, key: str) -> bool:
        return key in self.rows

    def object_id(self, key: str) -> int | None:
        return self.rows.get(key)

    def add(self, key: str, obj: models.Model) -> None:
        LoadedRow.objects.create(
            origin=self.origin, key=key, model=obj._meta.label_lower, object_id=obj.pk
        )
        self.rows[key] = obj.pk


class Lookup:
    """Rows of a model by the slug the data files use. A founding row is found through the
    reference ledger, so it is still found after an admin changed its slug."""

    def __init__(self, model: type[models.Model], kind: str):
        self.kind = kind
        objects = {obj.pk: obj for obj in model.objects.all()}
        self.by_slug = {obj.slug: obj for obj in objects.values()}
        prefix = f"{kind}:"
        for key, object_id in Ledger(DataOrigin.REFERENCE).rows.items():
            if key.startswith(prefix) and object_id in objects:
                self.by_slug[key.removeprefix(prefix)] = objects[object_id]

    def get(self, entry: Entry, slug: str):
        if slug not in self.by_slug:
            entry.fail(f"there is no {self.kind} '{slug}'")
        return self.by_slug[slug]

    def many(self, entry: Entry, slugs: list[str]) -> list:
        return [self.get(entry, slug) for slug in slugs or []]


@dataclass(order=True)
class DemoLoader:
    order: int
    label: str = field(compare=False)
    load: Callable[..., int] = field(compare=False)


DEMO_LOADERS: dict[str, DemoLoader] = {}


def demo_loader_register(*, order: int, label: str, load: Callable[..., int]) -> None:
    """Called from an app's ready(): `load(today=...)` creates that app's missing demo rows
    and returns how many it created. `seed_demo` runs the loaders by `order`."""
    DEMO_LOADERS[label] = DemoLoader(order, label, load)


def demo_loaders() -> list[DemoLoader]:
    return sorted(DEMO_LOADERS.values())
