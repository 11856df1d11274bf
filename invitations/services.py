from datetime import timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from cities.enums import CityRole, CityStatus
from cities.models import (
    City,
    CityMembership,
    PartnerMembership,
    PartnerOrganisation,
)
from cities.selectors import city_name_taken
from mayors_dialogue.emails import render_email
from mayors_dialogue.formats import datetime_in_zone, quoted
from mayors_dialogue.models import User
from mayors_dialogue.services import email_queue
from mayors_dialogue.text import name_clean
from notifications.services import notify

from .enums import InvitationRole, InvitationStatus, OutreachReason
from .models import Invitation, OutreachRequest, hash_token, new_token
from .notifications import LINK_REQUEST

FRESH_LINK_COOLDOWN = timedelta(minutes=15)

ALREADY_INVITED = gettext_noop(
    "This address already has an open invitation. Resend it from the dashboard."
)
CITY_EXISTS = gettext_noop(
    "{city} is already in the dialogue or invited. Invite a colleague from its page."
)


class InvitationUnavailable(Exception):  # noqa: N818 -- a state, not a programming error
    """The link cannot be used: `reason` is unknown, used, expired or revoked."""

    def __init__(self, reason: str, invitation: Invitation | None = None):
        super().__init__(reason)
        self.reason = reason
        self.invitation = invitation


def _issue(invitation: Invitation, *, reminder: bool = False, now=None) -> Invitation:
    """Give the invitation a new token and queue its email (reminder or invitation) in the
    invitation's language. Old links stop working. Runs inside the caller's transaction."""
    now = now or timezone.now()
    token, invitation.token_hash = new_token()
    if not reminder:
        invitation.sent_at = now
        invitation.expires_at = now + timedelta(days=settings.INVITATION_EXPIRY_DAYS)
    message, link = _invitation_message(invitation, token, reminder=reminder)
    (invitation.last_email,) = email_queue(
        message=message, language=invitation.language, secrets=[link]
    )
    invitation.save()
    return invitation


def _invitation_message(invitation: Invitation, token: str, *, reminder: bool):
    zone = ZoneInfo(invitation.city.timezone) if invitation.city else None
    with translation.override(invitation.language):
        link = settings.SITE_URL + reverse("invitations:accept", kwargs={"token": token})
        expires = datetime_in_zone(invitation.expires_at, zone)
    context = {
        "invitation": invitation,
        "link": link,
        "target": invitation.target.name,
        "inviter": invitation.invited_by,
        "expires": expires,
        "reminder": reminder,
    }
    message = render_email(
        "invitation", context, to=invitation.email, language=invitation.language, zone=zone
    )
    return message, link


def invitation_create(
    *,
    invited_by: User,
    email: str,
    name: str,
    language: str,
    role: str,
    message: str = "",
    city: City | None = None,
    organisation: PartnerOrganisation | None = None,
    invites_city: bool = False,
) -> Invitation:
    """Invite a person to a city or a partner organisation and queue the email (through the
    outbox, on commit: the invitation is saved even when the broker is down). Refuses
    someone who already belongs there or already has an open invitation there."""
    email = User.objects.normalize_email(email).lower()
    with transaction.atomic():
        member_filter = (
            Q(city_memberships__city=city)
            if city
            else Q(partner_memberships__organisation=organisation)
        )
        if User.objects.filter(member_filter, email__iexact=email).exists():
            raise ValidationError(
                {
                    "email": _("This person already belongs to {target}.").format(
                        target=city or organisation
                    )
                },
                code="already_member",
            )
        if (
            Invitation.objects.open()
            .filter(email=email, city=city, organisation=organisation)
            .exists()
        ):
            raise ValidationError({"email": _(ALREADY_INVITED)}, code="already_invited")
        invitation = Invitation(
            email=email,
            name=name,
            language=language,
            message=message,
            role=role,
            city=city,
            organisation=organisation,
            invites_city=invites_city,
            invited_by=invited_by,
            expires_at=timezone.now(),
        )
        invitation.token_hash = new_token()[1]
        invitation.full_clean()
        return _issue(invitation)


def city_invite(
    *,
    invited_by: User,
    city_name: str,
    country: str,
    continent: str,
    timezone_name: str,
    name: str,
    email: str,
    language: str,
    message: str = "",
) -> Invitation:
    """Create a city in the status "invited" (out of the public directory) and invite its
    first contact, in one transaction. The same invitation sent twice (a double click, a
    reloaded page) is refused like any open invitation, rather than creating a second city;
    so is a city of that country already in the dialogue or invited, its name compared as
    `name_key` compares it (a “ü” typed as “u” and a combining diaeresis is “ü”). The
    name is stored clean."""
    city_name = name_clean(city_name)
    with transaction.atomic():
        invited_cities = Invitation.objects.open().filter(
            email=User.objects.normalize_email(email).lower(),
            invites_city=True,
            city__country=country,
        )
        if city_name_taken(
            name=city_name, country=country, pk__in=invited_cities.values("city_id")
        ):
            raise ValidationError({"email": _(ALREADY_INVITED)}, code="already_invited")
        taken = city_name_taken(name=city_name, country=country)
        if taken:
            raise ValidationError(
                {"city_name": _(CITY_EXISTS).format(city=quoted(taken))}, code="city_exists"
            )
        # The city's name as the secretariat wrote it, in the invitation's language, which is
        # also the language the city's forms open in.
        city = City(
            **{f"name_{language}": city_name},
            original_language=language,
            working_language=language,
            slug=_unique_slug(city_name),
            country=country,
            continent=continent,
            timezone=timezone_name,
            status=CityStatus.INVITED,
        )
        city.full_clean()
        city.save()
        return invitation_create(
            invited_by=invited_by,
            email=email,
            name=name,
            language=language,
            message=message,
            role=InvitationRole.CITY_STAFF,
            city=city,
            invites_city=True,
        )


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "city"
    slug, number = base, 2
    while City.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def invitation_resend(*, invitation: Invitation) -> Invitation:
    """A new link with a new expiry date; the old link stops working. Not for accepted or
    revoked invitations."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status != InvitationStatus.PENDING:
            raise ValidationError(
                _("Only pending invitations can be sent again."), code="not_pending"
            )
        invitation.reminded_at = None
        return _issue(invitation)


def invitation_revoke(*, invitation: Invitation) -> Invitation:
    """Withdraw a pending invitation: its link stops working at once."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status != InvitationStatus.PENDING:
            raise ValidationError(_("Only pending invitations can be revoked."), code="not_pending")
        invitation.status = InvitationStatus.REVOKED
        invitation.save(update_fields=["status"])
        return invitation


def invitation_for_token(token: str) -> Invitation:
    """The invitation a link may accept, or InvitationUnavailable saying why not."""
    invitation = (
        Invitation.objects.select_related("city", "organisation", "last_email")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invitation is None:
        raise InvitationUnavailable("unknown")
    if invitation.status == InvitationStatus.ACCEPTED:
        raise InvitationUnavailable("used", invitation)
    if invitation.status == InvitationStatus.REVOKED:
        raise InvitationUnavailable("revoked", invitation)
    if invitation.expires_at <= timezone.now():
        raise InvitationUnavailable("expired", invitation)
    return invitation


def invitation_accept(*, token: str, display_name: str, password: str | None) -> tuple[User, bool]:
    """Accept on the invited address: create the account (verified, since the link proves the
    address) or use the existing one, add the membership, and make an invited city a
    participant. The row lock makes two parallel accepts give one account. Returns the user
    and whether the account is new."""
    with transaction.atomic():
        # Lock the row first, then read its state: a parallel accept waits here and then
        # finds the invitation already accepted.
        list(Invitation.objects.select_for_update().filter(token_hash=hash_token(token)))
        invitation = invitation_for_token(token)
        user = User.objects.filter(email__iexact=invitation.email).first()
        created = user is None
        if created:
            if not password:
                raise ValidationError({"password1": _("Choose a password.")}, code="required")
            user = User(
                email=invitation.email, display_name=display_name, language=invitation.language
            )
            user.set_password(password)
            user.full_clean()
            user.save()
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        else:
            EmailAddress.objects.update_or_create(
                user=user,
                email__iexact=invitation.email,
                defaults={"email": invitation.email, "verified": True},
            )
        if invitation.organisation_id:
            PartnerMembership.objects.get_or_create(user=user, organisation=invitation.organisation)
        else:
            role = CityRole.MAYOR if invitation.role == InvitationRole.MAYOR else CityRole.STAFF
            CityMembership.objects.update_or_create(
                user=user, city=invitation.city, defaults={"role": role}
            )
            if invitation.invites_city and invitation.city.status == CityStatus.INVITED:
                invitation.city.status = CityStatus.PARTICIPANT
                invitation.city.participant_since = timezone.localdate().year
                invitation.city.save(update_fields=["status", "participant_since"])
        invitation.status = InvitationStatus.ACCEPTED
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["status", "accepted_at", "accepted_by"])
        # Someone is there now: the secretariat's request to reach them is done.
        OutreachRequest.objects.open().filter(
            city=invitation.city if not invitation.organisation_id else None,
            organisation=invitation.organisation,
        ).update(resolved_at=timezone.now())
    return user, created


def invitation_request_fresh_link(*, token: str, email: str) -> None:
    """Someone with a used, expired, revoked or unknown link asks for a fresh one. If the
    address has a pending invitation (this link's, or another), it is re-issued to that
    address, unless its link still works and was sent in the last FRESH_LINK_COOLDOWN (so
    asking again and again cannot kill it); otherwise the secretariat is told. No account is created either way, and the
    answer on the page is the same, so nobody learns which addresses are invited."""
    email = User.objects.normalize_email(email).lower()
    with transaction.atomic():
        candidates = Invitation.objects.select_for_update().filter(
            email=email, status=InvitationStatus.PENDING
        )
        own = candidates.filter(token_hash=hash_token(token)).first() if token else None
        invitation = own or candidates.order_by("-created_at").first()
        if invitation is not None:
            now = timezone.now()
            if invitation.expires_at > now and now - invitation.sent_at < FRESH_LINK_COOLDOWN:
                return  # the link sent minutes ago still works: it is not replaced
            invitation.reminded_at = None
            _issue(invitation)
            return
        _notify_admins_of_link_request(email=email, token=token)


def _notify_admins_of_link_request(*, email: str, token: str) -> None:
    invitation = Invitation.objects.filter(token_hash=hash_token(token)).first() if token else None
    admins = list(User.objects.filter(is_staff=True, is_active=True))
    email_now = notify(users=admins, kind=LINK_REQUEST, detail=email)
    for admin in admins:
        if admin.pk not in email_now:
            continue
        message = render_email(
            "link_request",
            {"email": email, "invitation": invitation},
            to=admin.email,
            language=admin.language,
            reply_to=[email],
        )
        email_queue(message=message, language=admin.language)


def invitation_reminders_send(*, now=None) -> int:
    """Send one reminder, with a fresh link, for each invitation pending for
    INVITATION_REMINDER_AFTER_DAYS. The conditional update claims each invitation, so two
    sweeps running at once still send exactly one reminder. Returns how many were sent."""
    now = now or timezone.now()
    after = timedelta(days=settings.INVITATION_REMINDER_AFTER_DAYS)
    sent = 0
    for pk in Invitation.objects.due_for_reminder(now=now, after=after).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            claimed = (
                Invitation.objects.open(now=now)
                .filter(pk=pk, reminded_at__isnull=True)
                .update(reminded_at=now)
            )
            if not claimed:
                continue
            invitation = Invitation.objects.select_related(
                "city", "organisation", "invited_by"
            ).get(pk=pk)
            _issue(invitation, reminder=True, now=now)
            sent += 1
    return sent


def outreach_request(
    *,
    reason: OutreachReason,
    requested_by: User | None,
    city: City | None = None,
    organisation: PartnerOrganisation | None = None,
) -> OutreachRequest:
    """Put a city or organisation that nobody could be told at on the secretariat's list,
    once: an open request for it is returned as it is."""
    target = {"city": city} if city is not None else {"organisation": organisation}
    with transaction.atomic():
        request = OutreachRequest.objects.open().select_for_update().filter(**target).first()
        if request is None:
            request = OutreachRequest.objects.create(
                reason=reason, requested_by=requested_by, **target
            )
    return request


def outreach_resolve(*, request: OutreachRequest) -> OutreachRequest:
    """An admin marks a request done (someone was reached another way)."""
    if request.resolved_at is None:
        request.resolved_at = timezone.now()
        request.save(update_fields=["resolved_at"])
    return request
