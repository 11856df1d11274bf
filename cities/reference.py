"""The reference data that production needs: the themes, the founding cities and the founding
partner organisations (`data/reference/*.yaml`). Loaded by `load_reference_data`, which the
release step runs before every start."""

from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.db.models import Q

from mayors_dialogue.datafiles import Entry, Ledger, entries
from mayors_dialogue.enums import DataOrigin
from mayors_dialogue.signals import cache_invalidate_all

from .models import City, PartnerOrganisation, Theme

REFERENCE_DIR = Path(__file__).resolve().parent / "data" / "reference"


@transaction.atomic
def reference_data_load(*, directory: Path = REFERENCE_DIR) -> dict[str, int]:
    """Create the themes, cities and partners of the data files that are missing, and never
    change or delete a row that exists.

    An entry is loaded once: its key ("city:milan") is recorded in the ledger (LoadedRow),
    and an entry recorded there is skipped, so a founding row that an admin renamed,
    re-slugged or deleted is neither touched nor created again. On a database that predates
    the ledger, an entry whose row is already there (a theme by slug or English name, a city
    by slug or by country and English name, a partner by slug or English name) is recorded
    and left as it is. One transaction: a bad file loads nothing. Retires every cached page
    after commit when it created anything. Returns how many rows of each kind it created."""
    ledger = Ledger(DataOrigin.REFERENCE)
    created = {"themes": 0, "cities": 0, "partners": 0}
    for position, entry in enumerate(entries(directory / "themes.yaml")):
        names = entry.texts("name")
        created["themes"] += _load(
            ledger,
            entry,
            "theme",
            existing=Q(slug=entry.value("slug")) | Q(name_en=names["name_en"]),
            model=Theme,
            fields={"slug": entry.value("slug"), "position": position, **names},
        )
    for entry in entries(directory / "cities.yaml"):
        names = entry.texts("name")
        country = entry.value("country")
        created["cities"] += _load(
            ledger,
            entry,
            "city",
            existing=Q(slug=entry.value("slug")) | Q(country=country, name_en=names["name_en"]),
            model=City,
            fields={
                "slug": entry.value("slug"),
                "country": country,
                "continent": entry.value("continent"),
                "timezone": entry.value("timezone"),
                "latitude": _decimal(entry, "latitude"),
                "longitude": _decimal(entry, "longitude"),
                "status": entry.value("status"),
                **names,
            },
        )
    for entry in entries(directory / "partners.yaml"):
        name = str(entry.value("name"))
        created["partners"] += _load(
            ledger,
            entry,
            "partner",
            existing=Q(slug=entry.value("slug")) | Q(name_en=name),
            model=PartnerOrganisation,
            fields={
                "slug": entry.value("slug"),
                "name_en": name,
                "acronym": entry.value("acronym", ""),
                "kind": entry.value("kind"),
                "role": entry.value("role"),
                "website": entry.value("website", ""),
                **entry.texts("description"),
            },
        )
    if any(created.values()):
        transaction.on_commit(cache_invalidate_all)
    return created


def _load(ledger: Ledger, entry: Entry, kind: str, *, existing: Q, model, fields: dict) -> int:
    key = f"{kind}:{entry.value('slug')}"
    if key in ledger:
        return 0
    found = model.objects.filter(existing).order_by("pk").first()
    if found is not None:
        ledger.add(key, found)
        return 0
    ledger.add(key, entry.save(model(**fields)))
    return 1


def _decimal(entry: Entry, name: str) -> Decimal:
    try:
        return Decimal(str(entry.value(name)))
    except InvalidOperation:
        entry.fail(f"'{name}' is not a number: {entry.value(name)!r}")
