from datetime import timedelta

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from cities.models import City
from cities.selectors import user_cities
from mayors_dialogue.translated import translated_names

from . import matching
from .enums import ProposalStatus
from .models import Comment, Interest, Proposal, Support, Transition


def proposals_for_browsing(*, user):
    return (
        Proposal.objects.visible_to(user)
        .select_related("city")
        .prefetch_related(
            "themes", Prefetch("supports", queryset=Support.objects.select_related("organisation"))
        )
    )


PROFILE_SHOWN = 6


def _latest(rows) -> dict:
    """The first few rows, how many there are, and how many are not shown: two queries."""
    count = rows.count()
    items = list(rows[:PROFILE_SHOWN]) if count else []
    return {"items": items, "count": count, "more": max(0, count - PROFILE_SHOWN)}


def partnerships_for_city(*, city, user) -> dict:
    """The section of a city's profile: the latest proposals and partnerships it takes part
    in, as proposer or partner, that the reader may see; the cities that fit it as partners,
    in each direction; and for signed-in readers the proposals that fit it."""
    # one union of two index reads; `city OR partner` would read every proposal
    taking_part = (
        Proposal.objects.filter(city=city)
        .order_by()
        .values("pk")
        .union(
            Proposal.partner_cities.through.objects.filter(city=city)
            .order_by()
            .values("proposal_id"),
            all=True,
        )
    )
    proposals = (
        Proposal.objects.visible_to(user)
        .filter(pk__in=taking_part)
        .select_related("city")
        .order_by("-updated_at", "-pk")
    )
    return {
        "city_proposals": _latest(proposals),
        "suggestions": matching.cached_suggestions(city),
        "fitting_proposals": matching.cached_fitting_proposals(city)
        if user.is_authenticated
        else [],
    }


def partnerships_supported_by(*, organisation, user) -> dict:
    """The section of a partner's profile: the proposals it supports that the reader may
    see."""
    supported = (
        Proposal.objects.visible_to(user)
        .filter(supports__organisation=organisation)
        .select_related("city")
        .distinct()
    )
    return {"supported": _latest(supported.order_by("-updated_at", "-pk"))}


def partnerships_citing(*, document, user) -> dict:
    """The section of a document's page: the proposals citing it that the reader may open."""
    citing = Proposal.evidence.through.objects.filter(evidencedocument=document)
    proposals = (
        Proposal.objects.visible_to(user)
        .filter(pk__in=citing.values("proposal_id"))
        .order_by("-created_at", "-pk")
    )
    return {"proposals": list(proposals)}


def proposal_search(queryset, text: str):
    condition = Q()
    for code in ("en", "de", "fr", "pt"):
        condition |= Q(**{f"title_{code}__icontains": text}) | Q(
            **{f"summary_{code}__icontains": text}
        )
    return queryset.filter(condition)


def proposal_for_page(*, pk: int) -> Proposal:
    queryset = Proposal.objects.select_related("city", "created_by").prefetch_related(
        "themes",
        "preferred_cities",
        "partner_cities",
        "evidence",
        Prefetch("interests", queryset=Interest.objects.select_related("city", "user")),
        Prefetch("confirmations"),
        Prefetch("supports", queryset=Support.objects.select_related("organisation")),
        Prefetch("comments", queryset=Comment.objects.select_related("user")),
        Prefetch("transitions", queryset=Transition.objects.select_related("user")),
    )
    return get_object_or_404(queryset, pk=pk)


def cities_user_answers_for(user):
    """The cities a person works for, as staff or mayor."""
    return user_cities(user)


def public_partnerships():
    return (
        Proposal.objects.public()
        .select_related("city")
        .prefetch_related("partner_cities", "themes")
        .order_by("-updated_at")
    )


ONGOING = (ProposalStatus.DRAFT, ProposalStatus.OPEN, ProposalStatus.IN_DISCUSSION)


def proposals_for_cities_home(*, cities, now, recent_days: int = 30) -> list[Proposal]:
    """The cities' ongoing proposals, and those in discussion with them as partners, with
    `interest_count`, `new_interest` and `new_comments` (the last `recent_days`), and the
    partner cities and confirmations loaded, so `awaiting_confirmation(proposal, city)`
    needs no query. Three queries for any number of cities."""
    since = now - timedelta(days=recent_days)
    ids = [city.pk for city in cities]
    in_discussion_with = Proposal.partner_cities.through.objects.filter(city_id__in=ids)
    # the cities' proposals first, as one union of two index reads; the conditions alone
    # (`proposer OR partner`) read every proposal
    taking_part = (
        Proposal.objects.filter(city_id__in=ids)
        .order_by()
        .values("pk")
        .union(in_discussion_with.order_by().values("proposal_id"), all=True)
    )
    return list(
        Proposal.objects.filter(pk__in=taking_part)
        .filter(
            Q(city_id__in=ids, status__in=ONGOING)
            | Q(
                pk__in=in_discussion_with.values("proposal_id"),
                status=ProposalStatus.IN_DISCUSSION,
            )
        )
        .select_related("city")
        .annotate(
            interest_count=Count("interests", distinct=True),
            new_interest=Count(
                "interests", filter=Q(interests__created_at__gte=since), distinct=True
            ),
            new_comments=Count(
                "comments", filter=Q(comments__created_at__gte=since), distinct=True
            ),
        )
        .prefetch_related("partner_cities", "confirmations")
        .order_by("-updated_at", "-pk")
    )


def awaiting_confirmation(proposal: Proposal, city) -> bool:
    """A proposal in discussion that `city`, one of its sides, has not confirmed yet."""
    if proposal.status != ProposalStatus.IN_DISCUSSION:
        return False
    sides = {proposal.city_id, *(c.pk for c in proposal.partner_cities.all())}
    confirmed = {confirmation.city_id for confirmation in proposal.confirmations.all()}
    return city.pk in sides and city.pk not in confirmed


def proposals_supported_home(*, organisations) -> list[Support]:
    """What the organisations support, latest first, one row a proposal and kind."""
    return list(
        Support.objects.filter(organisation__in=organisations)
        .exclude(proposal__status=ProposalStatus.WITHDRAWN)
        .select_related("proposal__city", "organisation")
        .order_by("-created_at", "-pk")[:10]
    )


def proposals_stalled(*, now, days: int = 30):
    """Open proposals and those in discussion with no change, interest or comment for
    `days`, the longest quiet first: for the secretariat."""
    since = now - timedelta(days=days)
    return (
        Proposal.objects.filter(
            status__in=(ProposalStatus.OPEN, ProposalStatus.IN_DISCUSSION), updated_at__lt=since
        )
        .exclude(pk__in=Interest.objects.filter(created_at__gte=since).values("proposal_id"))
        .exclude(pk__in=Comment.objects.filter(created_at__gte=since).values("proposal_id"))
        .select_related("city")
        .order_by("updated_at", "pk")
    )


NAMES_ONLY = ("pk", "slug", "original_language", "name", *translated_names("name"))


def partnerships_latest_agreed(*, limit: int = 4) -> list[Proposal]:
    """The latest partnerships agreed (or since under way), public, for the home page: three
    queries."""
    return list(
        Proposal.objects.public()
        .only(
            "pk",
            "city_id",
            "status",
            "updated_at",
            "original_language",
            "title",
            *translated_names("title"),
        )
        # for the few, not before the sort; of the cities only their names
        .prefetch_related(
            Prefetch("city", queryset=City.objects.only(*NAMES_ONLY)),
            Prefetch("partner_cities", queryset=City.objects.only(*NAMES_ONLY)),
        )
        .order_by("-updated_at", "-pk")[:limit]
    )


def open_proposals_by_theme() -> list:
    """The themes with how many open proposals touch each, most first (two queries); a
    count says nothing of a proposal, which only participants may read."""
    from cities.models import Theme

    counts = dict(
        Proposal.themes.through.objects.filter(proposal__status=ProposalStatus.OPEN)
        .values_list("theme_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    themes = list(Theme.objects.filter(pk__in=counts))
    for theme in themes:
        theme.open_count = counts[theme.pk]
    return sorted(themes, key=lambda theme: (-theme.open_count, theme.slug))
