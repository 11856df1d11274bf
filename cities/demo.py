"""The demo profiles of the founding cities (`data/demo/profiles/<city>.yaml`) and the demo
accounts (`data/demo/accounts.yaml`): loaded by `seed_demo`, never by a release."""

from datetime import date
from pathlib import Path

from allauth.account.models import EmailAddress
from django.db import transaction

from mayors_dialogue.datafiles import Entry, Ledger, Lookup, entries, single_entry
from mayors_dialogue.enums import DataOrigin
from mayors_dialogue.models import User

from .enums import CityRole, NeedAudience
from .models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    Theme,
)

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
ACCOUNTS_FILE = DEMO_DIR / "accounts.yaml"
DEMO_PASSWORD = "dialogue-demo-2021"
PROFILE_FIELDS = ["population", "website", "contact_email", "participant_since"]
PROFILE_TEXTS = ["official_languages", "description", "migration_context"]


def _need_audience(item) -> dict:
    """A need may say `audience: participants` (what it says is then for participants)."""
    audience = item.value("audience", NeedAudience.PUBLIC)
    if audience not in NeedAudience.values:
        item.fail(f"'audience' is not one of {', '.join(NeedAudience.values)}: {audience!r}")
    return {"audience": audience}


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
                    extra = _need_audience(item) if model is CityNeed else {}
                    item.save(model(city=city, theme=theme, **item.texts("description"), **extra))
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


@transaction.atomic
def accounts_demo_load(*, today: date, path: Path = ACCOUNTS_FILE) -> int:
    """Create the demo accounts that the ledger does not know yet, with verified addresses
    and their memberships; the mayor's account is linked to the city's current mayor. An
    account that exists already is recorded and left as it is (its password too). Returns
    how many were created."""
    ledger = Ledger(DataOrigin.DEMO)
    cities = Lookup(City, "city")
    partners = Lookup(PartnerOrganisation, "partner")
    created = 0
    for entry in entries(path):
        email = entry.value("email")
        key = f"account:{email}"
        if key in ledger:
            continue
        user = User.objects.filter(email=email).first()
        if user is not None:
            ledger.add(key, user)
            continue
        admin = bool(entry.value("admin", False))
        user = User(
            email=email,
            display_name=entry.value("display_name", ""),
            language=entry.value("language"),
            timezone=entry.value("timezone", ""),
            is_staff=admin,
            is_superuser=admin,
        )
        user.set_password(DEMO_PASSWORD)
        entry.save(user)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if entry.value("city", None):
            city = cities.get(entry, entry.value("city"))
            role = entry.value("role")
            entry.save(CityMembership(user=user, city=city, role=role))
            if role == CityRole.MAYOR:
                Mayor.objects.current().filter(city=city, user__isnull=True).update(user=user)
        if entry.value("partner", None):
            organisation = partners.get(entry, entry.value("partner"))
            entry.save(PartnerMembership(user=user, organisation=organisation))
        ledger.add(key, user)
        created += 1
    return created
