"""Choosing among lists that grow with the dialogue (documents, cities, organisations) in a form
whose size does not: a short list is shown whole; a long one shows only what is chosen and, on
request, the results of a search. The search is a submit button, so it works without
JavaScript: the view shows the same form again with the results (`chooser_requested`), keeping
everything entered and saving nothing."""

from django import forms
from django.db.models import Q
from django.forms.utils import ErrorDict, ErrorList
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .forms import SafeModelMultipleChoiceField

# The name of the search buttons; the value is the name of the field whose list is searched.
CHOOSE = "_choose"
QUERY_MAX_LENGTH = 100


class ChooserMixin:
    """The widget of a chooser field: every choice when there are at most `show_all_at_most`,
    otherwise the chosen ones (checked: unchecking removes one), a search field with its button,
    and at most `results_at_most` results (unchecked: checking adds one)."""

    input_type = "checkbox"

    def value_from_datadict(self, data, files, name):
        self.query = (data.get(f"{name}-search") or "").strip()[:QUERY_MAX_LENGTH]
        return super().value_from_datadict(data, files, name)

    def render(self, name, value, attrs=None, renderer=None):
        field = self.choices.field
        base_id = self.build_attrs(self.attrs, attrs).get("id", f"id_{name}")
        selected = {str(item) for item in self.format_value(value) if item not in (None, "")}
        few = list(field.queryset[: field.show_all_at_most + 1])
        if len(few) <= field.show_all_at_most:
            options = self._options(name, base_id, 0, few, field, selected, with_none=True)
            return format_html(
                '<div class="searchable-choices" data-filter-label="{}"><ul id="{}">{}</ul></div>',
                gettext("Filter the list"),
                base_id,
                options,
            )
        ids = [int(pk) for pk in selected if pk.isdigit() and len(pk) < 19]
        chosen = list(field.queryset.filter(pk__in=ids)) if ids else []
        query = getattr(self, "query", "")
        found = []
        if query:
            others = field.search(query).exclude(pk__in=[obj.pk for obj in chosen])
            found = list(others[: field.results_at_most + 1])
        results = found[: field.results_at_most]
        return format_html(
            '<div class="chooser">{}{}{}</div>',
            self._chosen(name, base_id, chosen, field),
            self._search_box(name, base_id, query, field),
            self._results(name, base_id, len(chosen), query, results, found, field),
        )

    def _options(self, name, base_id, start, objects, field, selected, *, with_none=False):
        return format_html_join(
            "",
            '<li><label for="{0}_{1}"><input type="{2}" name="{3}" value="{4}" id="{0}_{1}"{5}>'
            " {6}</label></li>",
            (
                (
                    base_id,
                    start + index,
                    self.input_type,
                    name,
                    obj.pk,
                    " checked" if str(obj.pk) in selected else "",
                    field.label_from_instance(obj),
                )
                for index, obj in enumerate(objects)
            ),
        )

    def _chosen(self, name, base_id, chosen, field):
        if not chosen:
            return format_html('<p class="chooser-none" id="{}">{}</p>', base_id, field.none_chosen)
        selected = {str(obj.pk) for obj in chosen}
        return format_html(
            '<ul class="chooser-chosen" id="{}">{}</ul>',
            base_id,
            self._options(name, base_id, 0, chosen, field, selected, with_none=True),
        )

    def _search_box(self, name, base_id, query, field):
        search_id = f"{base_id}_search"
        return format_html(
            '<div class="chooser-search"><label for="{0}">{1}</label>'
            ' <input type="search" name="{2}-search" id="{0}" value="{3}" maxlength="{4}">'
            ' <button type="submit" name="{5}" value="{2}" class="button secondary"'
            ' formnovalidate formaction="#{7}">{6}</button></div>',
            search_id,
            field.search_label,
            name,
            query,
            QUERY_MAX_LENGTH,
            CHOOSE,
            gettext("Search"),
            base_id,
        )

    def _results(self, name, base_id, start, query, results, found, field):
        if not query:
            return ""
        if not results:
            return format_html(
                '<p class="chooser-more" role="status">{}</p>',
                gettext("Nothing matches “{query}”.").format(query=query),
            )
        if len(found) > len(results):
            note = ngettext(
                "Only the first match is shown: add a word to find the one you want.",
                "Only the first {count} matches are shown: add a word to find the one you want.",
                len(results),
            ).format(count=len(results))
        elif self.input_type == "radio":
            note = gettext("Choose one, then save.")
        else:
            note = gettext("Tick the ones to add, then save.")
        return format_html(
            '<ul class="chooser-results" aria-label="{}">{}</ul><p class="chooser-more" role="status">{}</p>',
            gettext("Search results"),
            self._options(name, base_id, start, results, field, set()),
            note,
        )


class Chooser(ChooserMixin, forms.CheckboxSelectMultiple):
    pass


class ChooserRadio(ChooserMixin, forms.RadioSelect):
    input_type = "radio"

    def _options(self, name, base_id, start, objects, field, selected, *, with_none=False):
        """No choice ("None") first when the field may stay empty, except among results."""
        options = super()._options(name, base_id, start, objects, field, selected)
        if field.required or not with_none:
            return options
        return format_html(
            '<li><label for="{0}_none"><input type="radio" name="{1}" value="" id="{0}_none"{2}>'
            " {3}</label></li>{4}",
            base_id,
            name,
            "" if selected else " checked",
            field.none_label,
            options,
        )

    def _chosen(self, name, base_id, chosen, field):
        if chosen or field.required:
            return super()._chosen(name, base_id, chosen, field)
        return format_html(
            '<ul class="chooser-chosen" id="{}">{}</ul>',
            base_id,
            self._options(name, base_id, 0, [], field, set(), with_none=True),
        )


class ChooserOptions:
    """What a chooser field knows: how to search and how to speak about it."""

    def __init__(
        self,
        *args,
        search_fields=(),
        show_all_at_most=40,
        results_at_most=20,
        search_label=None,
        none_chosen=None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.search_fields = tuple(search_fields)
        self.show_all_at_most = show_all_at_most
        self.results_at_most = results_at_most
        self.search_label = search_label or _("Find by name")
        self.none_chosen = none_chosen or _("None chosen yet.")

    def search(self, text: str):
        """Every word in any of `search_fields`, case-insensitive, in the queryset's order."""
        condition = Q()
        for word in text.split():
            any_field = Q()
            for name in self.search_fields:
                any_field |= Q(**{f"{name}__icontains": word})
            condition &= any_field
        return self.queryset.filter(condition)


class ChooserField(ChooserOptions, SafeModelMultipleChoiceField):
    """A many-to-many choice among a list that grows with the dialogue. The queryset's order is
    the order of the results, so the form decides what comes first (newest documents, cities by
    name)."""

    widget = Chooser


class ChooserChoiceField(ChooserOptions, forms.ModelChoiceField):
    """One choice among a list that grows with the dialogue (a meeting's host city);
    `none_label` names the choice of none, when the field may stay empty."""

    widget = ChooserRadio
    none_label = _("No choice")


def chooser_requested(request) -> bool:
    """A search button of a chooser was pressed: show the form again, save nothing."""
    return request.method == "POST" and CHOOSE in request.POST


def errors_hidden(*forms_or_formsets) -> None:
    """After a search, the form comes back as it was entered, without the errors of a save
    nobody asked for yet."""
    for item in forms_or_formsets:
        if hasattr(item, "forms"):  # a formset
            item._errors = [ErrorDict() for _form in item.forms]
            item._non_form_errors = ErrorList()
            errors_hidden(*item.forms)
        else:
            item._errors = ErrorDict()
            item.cleaned_data = {}
