from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cities.models import City, CityMembership, PartnerMembership, PartnerOrganisation
from invitations.enums import OutreachReason
from invitations.services import outreach_request
from mayors_dialogue.emails import render_email
from mayors_dialogue.formats import quoted
from mayors_dialogue.models import User
from mayors_dialogue.rows import many_to_many_assign, values_assign
from mayors_dialogue.services import email_queue
from notifications.services import notify

from .enums import TRANSITIONS, ProposalStatus
from .models import Comment, CommentNotice, Confirmation, Interest, Proposal, Support, Transition
from .notifications import COMMENT, INTEREST

DIGEST_INTERVAL = timedelta(hours=1)

# Why an action is refused on a proposal whose status no longer allows it (OPEN_TO).
CLOSED = {
    "interest": gettext_lazy(
        "The proposal is {status}: interest can no longer be expressed in it."
    ),
    "support": gettext_lazy("The proposal is {status}: support can no longer be marked on it."),
    "welcome": gettext_lazy(
        "The proposal is {status}: no supporter can join its discussion any more."
    ),
    "comment": gettext_lazy("The proposal is {status}: its discussion is closed."),
}


def _still_open(proposal: Proposal, action: str) -> Proposal:
    """The proposal, locked for the rest of the transaction, if its status still allows
    `action`; else a ValidationError that says why, in the active language."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if not proposal.takes(action):
        raise ValidationError(
            str(CLOSED[action]).format(status=quoted(proposal.get_status_display())),
            code="closed",
        )
    return proposal


def _email(user: User, template: str, context: dict) -> None:
    message = render_email(
        template, {**context, "recipient": user}, to=user.email, language=user.language
    )
    email_queue(message=message, language=user.language)


def _people_of(cities) -> list[User]:
    return list(
        User.objects.filter(city_memberships__city__in=cities, is_active=True)
        .distinct()
        .order_by("pk")
    )


def proposal_save(*, proposal: Proposal, values: dict, user: User) -> Proposal:
    """Create (`proposal` unsaved) or edit a proposal (drafts and open proposals only); a
    new one starts as a draft or open, as its city chose."""
    with transaction.atomic():
        creating = proposal.pk is None
        if creating:
            proposal = Proposal(created_by=user)
        else:
            proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
            if proposal.status not in (ProposalStatus.DRAFT, ProposalStatus.OPEN):
                raise ValidationError(
                    _("Only drafts and open proposals can be edited."), code="locked"
                )
        _changed, later = values_assign(proposal, values)
        proposal.full_clean()
        proposal.save()
        many_to_many_assign(proposal, later)
        if creating and proposal.status == ProposalStatus.OPEN:
            Transition.objects.create(
                proposal=proposal,
                from_status=ProposalStatus.DRAFT,
                to_status=ProposalStatus.OPEN,
                user=user,
            )
    return proposal


def proposal_transition(
    *, proposal: Proposal, user: User, to_status: str, note: str = "", partner_cities=()
) -> Proposal:
    """Move a proposal along its workflow, as its city (the caller checks the permission).
    "In discussion" names the partner cities, from those that expressed interest; "agreed"
    is reached only through both sides' confirmations. Records who, when and why."""
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if to_status not in TRANSITIONS.get(proposal.status, ()):
            raise ValidationError(
                _("A proposal that is {status} cannot become {target}.").format(
                    status=proposal.get_status_display(), target=ProposalStatus(to_status).label
                ),
                code="invalid_transition",
            )
        if to_status == ProposalStatus.IN_DISCUSSION:
            interested = set(proposal.interests.values_list("city_id", flat=True))
            chosen = {city.pk for city in partner_cities}
            if not chosen or not chosen <= interested:
                raise ValidationError(
                    _("Choose one or more of the cities that expressed interest."),
                    code="no_partners",
                )
            proposal.partner_cities.set(chosen)
            proposal.confirmations.all().delete()
        if to_status == ProposalStatus.OPEN:
            proposal.confirmations.all().delete()
        Transition.objects.create(
            proposal=proposal,
            from_status=proposal.status,
            to_status=to_status,
            user=user,
            note=note,
        )
        proposal.status = to_status
        proposal.save(update_fields=["status", "updated_at"])
    return proposal


def proposal_confirm(*, proposal: Proposal, user: User, city: City) -> Proposal:
    """One side confirms the agreement for its city. Once the proposing city and every
    partner city have confirmed, the partnership is agreed: equal partners, not granted by
    one side."""
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
        sides = {proposal.city_id, *proposal.partner_cities.values_list("pk", flat=True)}
        if proposal.status != ProposalStatus.IN_DISCUSSION:
            raise ValidationError(
                _("Only a proposal in discussion can be agreed."), code="not_in_discussion"
            )
        if city.pk not in sides or not CityMembership.objects.filter(user=user, city=city).exists():
            raise PermissionDenied
        Confirmation.objects.get_or_create(proposal=proposal, city=city, defaults={"user": user})
        confirmed = set(proposal.confirmations.values_list("city_id", flat=True))
        if sides <= confirmed:
            Transition.objects.create(
                proposal=proposal,
                from_status=proposal.status,
                to_status=ProposalStatus.AGREED,
                user=user,
                # No note: the page says "confirmed by every city" in its reader's language.
            )
            proposal.status = ProposalStatus.AGREED
            proposal.save(update_fields=["status", "updated_at"])
    return proposal


def interest_express(*, proposal: Proposal, city: City, user: User, message: str) -> Interest:
    """A city's interest, given by its staff or mayor. The proposing city's staff and mayor
    are told (a notification, and an email in their language as they chose, queued on
    commit); `interest.told` says how many. With nobody there, the proposing city goes on
    the secretariat's list."""
    with transaction.atomic():
        proposal = _still_open(proposal, "interest")
        if city.pk == proposal.city_id:
            raise ValidationError(
                _("A city cannot express interest in its own proposal."), code="own"
            )
        interest, created = Interest.objects.get_or_create(
            proposal=proposal, city=city, defaults={"user": user, "message": message}
        )
        if not created:
            raise ValidationError(
                _("{city} has already expressed interest.").format(city=city), code="twice"
            )
        people = _people_of([proposal.city])
        email_now = notify(users=people, kind=INTEREST, target=proposal, city=city)
        for person in [person for person in people if person.pk in email_now]:
            _email(
                person,
                "interest",
                {
                    "proposal": proposal,
                    "interest": interest,
                },
            )
        interest.told = len(people)
        if not people:
            outreach_request(reason=OutreachReason.INTEREST, requested_by=user, city=proposal.city)
    return interest


def comment_add(*, proposal: Proposal, user: User, body: str) -> Comment:
    """Add to the discussion; everyone else involved is told: a notification, and the
    comment in their next hourly digest, or in the daily one, as they chose. Refused once the
    proposal is withdrawn or completed."""
    with transaction.atomic():
        proposal = _still_open(proposal, "comment")
        comment = Comment(proposal=proposal, user=user, body=body)
        comment.full_clean()
        comment.save()
        cities = [proposal.city, *proposal.partner_cities.all()]
        people = {person.pk: person for person in _people_of(cities)}
        for member in PartnerMembership.objects.filter(
            organisation__supports__proposal=proposal,
            organisation__supports__welcomed_at__isnull=False,
        ).select_related("user"):
            people[member.user_id] = member.user
        people.pop(user.pk, None)
        email_now = notify(users=people.values(), kind=COMMENT, target=proposal)
        CommentNotice.objects.bulk_create(
            [
                CommentNotice(user=person, comment=comment)
                for pk, person in people.items()
                if pk in email_now
            ]
        )
    return comment


def comment_digests_send(*, now=None) -> int:
    """One email per person with the comments they have not been told about, at most once an
    hour each. Notices are claimed with a conditional update, so parallel sweeps do not send
    twice. Returns how many digests were queued."""
    now = now or timezone.now()
    sent = 0
    users = User.objects.filter(
        pk__in=CommentNotice.objects.filter(sent_at__isnull=True).values("user")
    )
    for user in users:
        last = (
            CommentNotice.objects.filter(user=user, sent_at__isnull=False)
            .order_by("-sent_at")
            .values_list("sent_at", flat=True)
            .first()
        )
        if last and now - last < DIGEST_INTERVAL:
            continue
        with transaction.atomic():
            pending = list(
                # only the notices are locked: a comment's author may be gone (outer join)
                CommentNotice.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(user=user, sent_at__isnull=True)
                .select_related("comment__proposal", "comment__user")
            )
            if not pending:
                continue
            CommentNotice.objects.filter(pk__in=[notice.pk for notice in pending]).update(
                sent_at=now
            )
            comments = [notice.comment for notice in pending]
            _email(user, "comment_digest", {"comments": comments})
            sent += 1
    return sent


def support_welcome(*, proposal: Proposal, support_id: int) -> Support:
    """The proposing city (or an admin; the caller checks) welcomes a supporting
    organisation into the discussion: its staff may then read and write there, and get the
    comment digests. Welcoming twice changes nothing; a withdrawn or completed proposal
    welcomes nobody."""
    with transaction.atomic():
        proposal = _still_open(proposal, "welcome")
        support = Support.objects.select_for_update().get(pk=support_id, proposal=proposal)
        if support.welcomed_at is None:
            support.welcomed_at = timezone.now()
            support.save(update_fields=["welcomed_at"])
    return support


def support_mark(
    *, proposal: Proposal, organisation: PartnerOrganisation, user: User, kind: str
) -> Support:
    """A partner organisation's staff mark its support (facilitation, funding or evidence),
    while the proposal goes on: not on a draft, a withdrawn or a completed one."""
    if not PartnerMembership.objects.filter(user=user, organisation=organisation).exists():
        raise PermissionDenied
    with transaction.atomic():
        proposal = _still_open(proposal, "support")
        support, _created = Support.objects.get_or_create(
            proposal=proposal, organisation=organisation, kind=kind, defaults={"user": user}
        )
    return support
