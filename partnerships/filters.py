import django_filters
from django.utils.translation import gettext_lazy as _

from cities.enums import Continent
from cities.models import Theme

from .enums import CooperationKind, ProposalStatus
from .models import Proposal
from .selectors import proposal_search


class ProposalFilter(django_filters.FilterSet):
    """Browse proposals; a plain GET form, so the filters work without JavaScript."""

    q = django_filters.CharFilter(method="search", label=_("Search"))
    theme = django_filters.ModelChoiceFilter(
        field_name="themes",
        queryset=Theme.objects.all(),
        label=_("Theme"),
        empty_label=_("Any theme"),
        distinct=True,
    )
    kind = django_filters.ChoiceFilter(
        choices=CooperationKind.choices, label=_("Kind of cooperation"), empty_label=_("Any kind")
    )
    continent = django_filters.ChoiceFilter(
        field_name="city__continent",
        choices=Continent.choices,
        label=_("Continent"),
        empty_label=_("All continents"),
    )
    status = django_filters.ChoiceFilter(
        choices=ProposalStatus.choices, label=_("Status"), empty_label=_("Any status")
    )

    class Meta:
        model = Proposal
        fields = ["q", "theme", "kind", "continent", "status"]

    def search(self, queryset, name, value):
        return proposal_search(queryset, value.strip()) if value.strip() else queryset
