from django.conf import settings
from django.db.models import Count, Q

from .enums import InvitationState, InvitationStatus
from .models import Invitation, InvitationBatch, OutreachRequest


def invitation_dashboard(*, state: str = "", kind: str = ""):
    """Every invitation with its derived state, for the admins' dashboard; filters by state
    and by kind (new city, city colleague, partner colleague)."""
    queryset = (
        Invitation.objects.with_state()
        .select_related("city", "organisation", "invited_by", "accepted_by", "last_email")
        .order_by("-created_at", "-pk")
    )
    if state in InvitationState.values:
        queryset = queryset.filter(state=state)
    if kind == "city":
        queryset = queryset.filter(invites_city=True)
    elif kind == "colleague":
        queryset = queryset.filter(invites_city=False, city__isnull=False)
    elif kind == "partner":
        queryset = queryset.filter(organisation__isnull=False)
    return queryset


def invitation_funnel() -> dict[str, int]:
    """Cities invited → accepted → with a complete core profile (a description, a need and a
    potential), in one query."""
    cities = Invitation.objects.filter(invites_city=True)
    described = Q()
    for code in settings.MODELTRANSLATION_LANGUAGES:
        described |= Q(**{f"city__description_{code}__gt": ""})
    complete = described & Q(
        status=InvitationStatus.ACCEPTED,
        city__needs__isnull=False,
        city__potentials__isnull=False,
    )
    return cities.aggregate(
        invited=Count("city", distinct=True),
        accepted=Count("city", filter=Q(status=InvitationStatus.ACCEPTED), distinct=True),
        complete=Count("city", filter=complete, distinct=True),
    )


def outreach_open():
    """The cities and organisations nobody could be told at, oldest first, for the dashboard."""
    return (
        OutreachRequest.objects.open()
        .select_related("city", "organisation", "requested_by")
        .order_by("created_at", "pk")
    )


def invitations_sent_by(user, *, limit: int = 10):
    """The invitations a person sent, latest first, with their state."""
    return list(
        Invitation.objects.with_state()
        .filter(invited_by=user)
        .select_related("city", "organisation", "last_email")
        .order_by("-created_at", "-pk")[:limit]
    )


def invitation_state_counts() -> dict[str, int]:
    """How many invitations are in each state: for the secretariat's home. One query."""
    counts = dict(
        Invitation.objects.with_state().values_list("state").annotate(count=Count("pk")).order_by()
    )
    return {state: counts.get(state, 0) for state in InvitationState.values}


def invitation_batches_recent(*, limit: int = 10):
    """The latest lists of cities invited at once, without their rows, for the upload page."""
    return list(
        InvitationBatch.objects.defer("rows")
        .select_related("created_by")
        .order_by("-created_at", "-pk")[:limit]
    )
