import functools

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

from cities.selectors import user_cities

from . import matching
from .models import Comment, Interest, Proposal, Support, Transition


def proposals_for_browsing(*, user):
    return (
        Proposal.objects.visible_to(user)
        .select_related("city")
        .prefetch_related(
            "themes", Prefetch("supports", queryset=Support.objects.select_related("organisation"))
        )
    )


def partnerships_for_city(*, city, user) -> dict:
    """The section of a city's profile: its latest proposals that the reader may see, the
    cities that fit it as partners, and for signed-in readers the proposals that fit it."""
    everyone = functools.cache(matching.profiles)  # read at most once, on a cache miss
    return {
        "proposals": list(
            Proposal.objects.visible_to(user).filter(city=city).order_by("-created_at")[:6]
        ),
        "suggested_partners": matching.cached_suggestions(city, everyone=everyone),
        "fitting_proposals": matching.cached_fitting_proposals(city, everyone=everyone)
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
    return {"supported": supported}


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
