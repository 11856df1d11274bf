import django_filters
from django.utils.translation import gettext_lazy as _

from cities.filters import continent_filter, theme_filter

from .enums import CooperationKind, ProposalStatus
from .models import Proposal
from .selectors import proposal_search


class ProposalFilter(django_filters.FilterSet):
    """Browse proposals; a plain GET form, so the filters work without JavaScript."""

    q = django_filters.CharFilter(method="search", label=_("Search"))
    theme = theme_filter("themes")
    kind = django_filters.ChoiceFilter(
        choices=CooperationKind.choices, label=_("Kind of cooperation"), empty_label=_("Any kind")
    )
    continent = continent_filter("city__continent")
    status = django_filters.ChoiceFilter(
        choices=ProposalStatus.choices, label=_("Status"), empty_label=_("Any status")
    )

    class Meta:
        model = Proposal
        fields = ["q", "theme", "kind", "continent", "status"]

    def search(self, queryset, name, value):
        return proposal_search(queryset, value.strip()) if value.strip() else queryset
