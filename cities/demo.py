"""The demo profiles of the founding cities (`data/demo/profiles/<city>.yaml`): loaded by
`seed_demo`, never by a release."""

from datetime import date
from pathlib import Path

from django.db import transaction

from mayors_dialogue.datafiles import Entry, Ledger, Lookup, single_entry
from mayors_dialogue.enums import DataOrigin

from .models import City, CityMembership, CityNeed, CityPotential, GoodPractice, Mayor, Theme

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
PROFILE_FIELDS = ["population", "website", "contact_email", "participant_since"]
PROFILE_TEXTS = ["official_languages", "description", "migration_context"]


@transaction.atomic
def city_profiles_demo_load(*, today: date, directory: Path = DEMO_DIR) -> int:
    """Each founding city's demo profile, once (ledger key "profile:<city>"): fills the
    city's profile fields that are empty, and adds the needs and potentials on themes it
    has none on yet, the good practices and the mayors. Nothing that is already filled in
    is changed. Returns how many profiles were loaded."""
    ledger = Ledger(DataOrigin.DEMO)
    cities = Lookup(City, "city")
    themes = Lookup(Theme, "theme")
    loaded = 0
    for path in sorted((directory / "profiles").glob("*.yaml")):
        key = f"profile:{path.stem}"
        if key in ledger:
            continue
        entry = single_entry(path)
        city = cities.get(entry, path.stem)
        _profile_fill(entry, city)
        for model, name in [(CityNeed, "needs"), (CityPotential, "potentials")]:
            taken = set(model.objects.filter(city=city).values_list("theme_id", flat=True))
            for item in entry.children(name):
                theme = themes.get(item, item.value("theme"))
                if theme.pk not in taken:
                    item.save(model(city=city, theme=theme, **item.texts("description")))
        for item in entry.children("good_practices"):
            practice = item.save(
                GoodPractice(
                    city=city,
                    start_year=item.value("start_year", None),
                    end_year=item.value("end_year", None),
                    link=item.value("link", ""),
                    **item.texts("title"),
                    **item.texts("description"),
                )
            )
            practice.themes.set(themes.many(item, item.value("themes", [])))
        names = set(Mayor.objects.filter(city=city).values_list("name", flat=True))
        for item in entry.children("mayors"):
            if item.value("name") in names:
                continue
            item.save(
                Mayor(
                    city=city,
                    name=item.value("name"),
                    title=item.value("title"),
                    gender=item.value("gender"),
                    term_start=_day(item, "term_start", today),
                    term_end=_day(item, "term_end", today),
                    **item.texts("biography"),
                )
            )
        ledger.add(key, city)
        loaded += 1
    return loaded


def city_members() -> dict:
    """A person of each city that has one, to stand as the author of its demo answers."""
    return {
        membership.city_id: membership.user
        for membership in CityMembership.objects.select_related("user").order_by("-pk")
    }


def _profile_fill(entry: Entry, city: City) -> None:
    values = {name: entry.value(name, None) for name in PROFILE_FIELDS}
    for name in PROFILE_TEXTS:
        values.update(entry.texts(name))
    empty = {
        name: value
        for name, value in values.items()
        if value not in (None, "") and getattr(city, name) in (None, "")
    }
    if empty:
        for name, value in empty.items():
            setattr(city, name, value)
        entry.save(city)


def _day(entry: Entry, name: str, today: date) -> date | None:
    return entry.day(name, today=today) if entry.value(name, None) else None
