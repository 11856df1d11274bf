from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

from cities.selectors import user_cities

from .models import Comment, Interest, Proposal, Support, Transition


def proposals_for_browsing(*, user):
    return (
        Proposal.objects.visible_to(user)
        .select_related("city")
        .prefetch_related(
            "themes", Prefetch("supports", queryset=Support.objects.select_related("organisation"))
        )
    )


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
