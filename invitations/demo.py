"""A pending invitation for the demo, loaded by `seed_demo` after the demo accounts."""

from datetime import date

from django.db import transaction

from mayors_dialogue.datafiles import Ledger
from mayors_dialogue.enums import DataOrigin
from mayors_dialogue.models import User

from .models import Invitation
from .services import city_invite


@transaction.atomic
def invitations_demo_load(*, today: date) -> int:
    """A pending invitation for Kigali from the demo admin, so the dashboard is not empty.
    Its email goes to the console and var/mail/ like every email of the embedded default."""
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
