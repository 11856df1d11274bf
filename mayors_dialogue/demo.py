"""The demo accounts (`data/demo/accounts.yaml`) and a pending invitation, loaded by
`seed_demo` (never in production unless forced)."""

from datetime import date
from pathlib import Path

from allauth.account.models import EmailAddress
from django.db import transaction

from cities.enums import CityRole
from cities.models import City, CityMembership, Mayor, PartnerMembership, PartnerOrganisation

from .datafiles import Ledger, Lookup, entries
from .enums import DataOrigin
from .models import User

DEMO_PASSWORD = "dialogue-demo-2021"
DEMO_FILE = Path(__file__).resolve().parent / "data" / "demo" / "accounts.yaml"


@transaction.atomic
def accounts_demo_load(*, today: date, path: Path = DEMO_FILE) -> int:
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


@transaction.atomic
def invitations_demo_load(*, today: date) -> int:
    """A pending invitation for Kigali from the demo admin, so the dashboard is not empty.
    Its email goes to the console and var/mail/ like every email of the embedded default."""
    from cities.models import Invitation
    from cities.services import city_invite

    ledger = Ledger(DataOrigin.DEMO)
    admin = User.objects.filter(email="admin@example.org").first()
    if (
        "invitation:kigali" in ledger
        or admin is None
        or Invitation.objects.filter(city__slug="kigali").exists()
    ):
        return 0
    invitation = city_invite(
        invited_by=admin,
        city_name="Kigali",
        country="RW",
        continent="africa",
        timezone_name="Africa/Kigali",
        name="Kigali City contact (demo)",
        email="contact.kigali@example.org",
        language="fr",
        message="",
    )
    ledger.add("invitation:kigali", invitation)
    return 1
