"""The demo accounts, loaded by `seed_demo` (never in production unless forced)."""

from allauth.account.models import EmailAddress
from django.db import transaction

from cities.enums import CityRole
from cities.models import City, CityMembership, Mayor, PartnerMembership, PartnerOrganisation

from .models import User

DEMO_PASSWORD = "dialogue-demo-2021"

# email, display name, language, time zone, membership
DEMO_ACCOUNTS = [
    ("admin@example.org", "Dialogue Secretariat", "en", "Europe/Rome", None),
    ("staff.freetown@example.org", "Aminata Kamara", "en", "Africa/Freetown", ("city", "freetown", CityRole.STAFF)),
    ("staff.dakar@example.org", "Fatou Diop", "fr", "Africa/Dakar", ("city", "dakar", CityRole.STAFF)),
    ("mayor.milan@example.org", "Mayor of Milan (demo)", "en", "Europe/Rome", ("city", "milan", CityRole.MAYOR)),
    ("partner.odi@example.org", "Priya Shah", "en", "Europe/London", ("partner", "odi", None)),
]  # fmt: skip


@transaction.atomic
def demo_accounts_load() -> int:
    """Create the demo accounts with verified addresses and their memberships. Existing
    accounts are left as they are (their passwords too). Returns how many were created."""
    created_count = 0
    for email, display_name, language, zone, membership in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(
                email=email,
                display_name=display_name,
                language=language,
                timezone=zone,
                is_staff=membership is None,
                is_superuser=membership is None,
            )
            user.set_password(DEMO_PASSWORD)
            user.full_clean()
            user.save()
            created_count += 1
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if membership is None:
            continue
        kind, slug, role = membership
        if kind == "city":
            city = City.objects.get(slug=slug)
            CityMembership.objects.get_or_create(user=user, city=city, defaults={"role": role})
            if role == CityRole.MAYOR:
                Mayor.objects.current().filter(city=city, user__isnull=True).update(user=user)
        else:
            PartnerMembership.objects.get_or_create(
                user=user, organisation=PartnerOrganisation.objects.get(slug=slug)
            )
    return created_count


@transaction.atomic
def demo_invitations_load() -> int:
    """A pending invitation for Kigali from the demo admin, so the dashboard is not empty.
    Its email goes to the console and var/mail/ like every email of the embedded default."""
    from cities.models import Invitation
    from cities.services import city_invite

    if Invitation.objects.filter(city__slug="kigali").exists():
        return 0
    city_invite(
        invited_by=User.objects.get(email="admin@example.org"),
        city_name="Kigali",
        country="RW",
        continent="africa",
        timezone_name="Africa/Kigali",
        name="Kigali City contact (demo)",
        email="contact.kigali@example.org",
        language="fr",
        message="",
    )
    return 1
