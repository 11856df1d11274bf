"""Meeting series and themes: the lists, creating and editing them, and deleting a theme that
nothing uses. The services (meetings.services, cities.services) do the work."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from cities.models import Theme
from cities.selectors import theme_uses_describe, themes_with_uses
from cities.services import theme_create, theme_delete, theme_in_use_message, theme_update
from mayors_dialogue.enums import Language
from mayors_dialogue.formats import quoted
from mayors_dialogue.translated import shown_text, text_in
from meetings.models import Series
from meetings.services import series_create, series_update

from ..forms import POSITION_MAX, SeriesForm, ThemeForm
from .base import SecretariatMixin


def _missing_languages(obj) -> list[tuple[str, str]]:
    """The languages (code, name) that `obj`'s name has no translation in yet."""
    return [(code, name) for code, name in Language.choices if not getattr(obj, f"name_{code}")]


def _form_errors_from(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class CatalogueFormView(SecretariatMixin, FormView):
    """Create (no `pk`) or edit a theme or a series: the service's refusals become the form's
    errors; a save says so and goes back to the list."""

    model: type
    list_url: str
    saved_message: str  # a lazy translation, with {name}

    @cached_property
    def object(self):
        if "pk" not in self.kwargs:
            return None
        return get_object_or_404(self.model, pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.object}

    def get_context_data(self, **kwargs):
        return super().get_context_data(object=self.object, **kwargs)

    def save(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            saved = self.save(form)
        except ObjectDoesNotExist as gone:
            # deleted by another admin since the page was loaded
            raise Http404 from gone
        except ValidationError as error:
            _form_errors_from(form, error)
            return self.form_invalid(form)
        name = text_in(saved, "name")[0]
        messages.success(self.request, str(self.saved_message).format(name=quoted(name)))
        return redirect(self.list_url)


class SeriesListView(SecretariatMixin, TemplateView):
    """Every series with its number of meetings, in the reader's language's order. One
    query, whatever the number of series."""

    template_name = "secretariat/series_list.html"

    def get_context_data(self, **kwargs):
        series = list(
            Series.objects.annotate(meeting_count=Count("meetings")).order_by(
                shown_text("name"), "slug"
            )
        )
        for item in series:
            item.missing_languages = _missing_languages(item)
        return super().get_context_data(series_list=series, **kwargs)


class SeriesFormView(CatalogueFormView):
    model = Series
    form_class = SeriesForm
    template_name = "secretariat/series_form.html"
    list_url = "secretariat:series"
    # Translators: {name} is the series' name, quoted.
    saved_message = gettext_lazy("The series {name} is saved.")

    def save(self, form):
        data = form.cleaned_data
        if self.object is None:
            return series_create(names=form.names(), slug=data["slug"], is_summit=data["is_summit"])
        return series_update(
            series=self.object, names=form.names(), slug=data["slug"], is_summit=data["is_summit"]
        )


class SeriesCreateView(SeriesFormView):
    pass


class SeriesEditView(SeriesFormView):
    pass


class ThemeListView(SecretariatMixin, TemplateView):
    """Every theme in its order, with how many rows of each kind use it. One query, whatever
    the number of themes."""

    template_name = "secretariat/theme_list.html"

    def get_context_data(self, **kwargs):
        themes = themes_with_uses()
        for theme in themes:
            theme.uses_text = theme_uses_describe(theme.uses)
            theme.missing_languages = _missing_languages(theme)
        return super().get_context_data(themes=themes, **kwargs)


class ThemeFormView(CatalogueFormView):
    model = Theme
    form_class = ThemeForm
    template_name = "secretariat/theme_form.html"
    list_url = "secretariat:themes"
    # Translators: {name} is the theme's name, quoted.
    saved_message = gettext_lazy("The theme {name} is saved.")

    def get_initial(self):
        if self.object is not None:
            return super().get_initial()
        # a new theme comes after the last one, unless the secretariat says otherwise
        last = Theme.objects.order_by("-position").values_list("position", flat=True).first()
        return {"position": 0 if last is None else min(last + 1, POSITION_MAX)}

    def save(self, form):
        data = form.cleaned_data
        if self.object is None:
            return theme_create(names=form.names(), slug=data["slug"], position=data["position"])
        return theme_update(
            theme=self.object, names=form.names(), slug=data["slug"], position=data["position"]
        )


class ThemeCreateView(ThemeFormView):
    pass


class ThemeEditView(ThemeFormView):
    pass


class ThemeDeleteView(SecretariatMixin, TemplateView):
    """GET: why the theme cannot be deleted (what uses it), or a question to confirm. POST:
    delete it, or, when something uses it (since the page was shown), the page again with
    what does."""

    template_name = "secretariat/theme_delete.html"

    @cached_property
    def theme(self) -> Theme:
        found = themes_with_uses(Theme.objects.filter(pk=self.kwargs["pk"]))
        if not found:
            raise Http404
        return found[0]

    def get_context_data(self, **kwargs):
        theme = self.theme
        return super().get_context_data(
            theme=theme,
            refusal=theme_in_use_message(theme) if theme.in_use else "",
            **kwargs,
        )

    def post(self, request, pk):
        theme = self.theme
        try:
            theme_delete(theme=theme)
        except Theme.DoesNotExist as gone:
            # deleted by another admin since the page was loaded
            raise Http404 from gone
        except ValidationError:
            # something started using it since the page was shown: show what, counted again
            del self.theme
            return self.render_to_response(self.get_context_data())
        name = text_in(theme, "name")[0]
        messages.success(request, _("The theme {name} is deleted.").format(name=quoted(name)))
        return redirect("secretariat:themes")
