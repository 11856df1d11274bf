"""The public atlas of needs and potentials. Every page shows only public information, the
same to everyone, so anonymous readers' pages are kept like the other public pages; they
are built to be fast with the cache empty."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.generic import TemplateView, View

from cities.enums import Continent
from cities.models import Theme
from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.spreadsheets import csv_writer

from .forms import AtlasFilterForm
from .selectors import NEED, OFFER, PRIVATE, atlas_matrix, atlas_theme, atlas_themes, theme_entries

ROWS_PER_PAGE = 50


def _filtered(request, themes) -> tuple[AtlasFilterForm, dict]:
    form = AtlasFilterForm(request.GET or None, themes=themes)
    filters = form.filters() if form.is_bound else {"continent": "", "theme": None}
    return form, filters


def _source(request) -> str:
    """Where the data comes from, for briefs and their readers: the atlas's address."""
    return request.build_absolute_uri(reverse("atlas:index"))


class AtlasView(CachedMainMixin, TemplateView):
    """Public: the counts per theme, the gaps, and the theme × city matrix, filtered by
    continent and theme, 50 cities a page."""

    template_name = "atlas/atlas.html"
    cache_domains = ("directory",)

    def get_context_data(self, **kwargs):
        themes = atlas_themes()
        form, filters = _filtered(self.request, themes)
        atlas = atlas_matrix(themes=themes, **filters)
        paginator = Paginator(atlas.rows, ROWS_PER_PAGE)
        try:
            page = paginator.page(self.request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404 from error
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            atlas=atlas,
            form=form,
            chosen_theme=filters["theme"],
            continent=filters["continent"],
            page_obj=page,
            paginator=paginator,
            query_string=query.urlencode(),
            **kwargs,
        )


class AtlasBriefView(CachedMainMixin, TemplateView):
    """Public: the whole atlas on a page or two, to print and hand out."""

    template_name = "atlas/atlas_brief.html"
    cache_domains = ("directory",)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            atlas=atlas_matrix(),
            continents=Continent.choices,
            source=_source(self.request),
            **kwargs,
        )


class ThemeMixin:
    def get_theme(self) -> Theme:
        if not hasattr(self, "_theme"):
            self._theme = get_object_or_404(Theme, slug=self.kwargs["slug"])
        return self._theme


class ThemeView(ThemeMixin, CachedMainMixin, TemplateView):
    """Public: who needs the theme and who offers it, in their own words (a need kept for
    participants is counted, not quoted), and the public partnerships, documents and
    meetings on it. 404 for a theme that does not exist."""

    template_name = "atlas/theme.html"
    cache_domains = ("directory", "proposals", "library", "meetings")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            atlas=atlas_theme(theme=self.get_theme()), source=_source(self.request), **kwargs
        )


class ThemeBriefView(ThemeView):
    """Public: the theme's page, to print and hand out."""

    template_name = "atlas/theme_brief.html"


def _csv_response(name: str) -> tuple[HttpResponse, object]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"mayors-dialogue-atlas-{name}{timezone.localdate()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response, csv_writer(response)


class AtlasCsvView(View):
    """Public: the matrix as CSV, one row per city and theme it needs or offers, with the
    page's filters. A need kept for participants says so, and nothing more."""

    def get(self, request):
        themes = atlas_themes()
        _form, filters = _filtered(request, themes)
        atlas = atlas_matrix(themes=themes, **filters)
        response, writer = _csv_response("")
        writer.writerow(
            [
                _("City"),
                _("Country"),
                _("Continent"),
                _("Theme"),
                _("Needs"),
                _("Offers"),
                _("Who may read the need"),
            ]
        )
        yes = {True: _("yes"), False: ""}
        everyone, participants = _("Everyone"), _("Participants only")
        theme_names = [str(theme) for theme in themes]
        for row in atlas.rows:
            city = [str(row.city), row.city.country_name, row.city.get_continent_display()]
            for theme_name, mark in zip(theme_names, row.marks, strict=True):
                if mark:
                    need = bool(mark & NEED)
                    audience = (participants if mark & PRIVATE else everyone) if need else ""
                    writer.writerow(
                        [*city, theme_name, yes[need], yes[bool(mark & OFFER)], audience]
                    )
        return response


class ThemeCsvView(ThemeMixin, View):
    """Public: a theme's needs and potentials, one row each, the words in the reader's
    language (or the language they were written in, named); a need kept for participants
    has no words."""

    def get(self, request, slug):
        theme = self.get_theme()
        needs, offers = theme_entries(theme=theme)
        response, writer = _csv_response(f"{theme.slug}-")
        writer.writerow(
            [
                _("Kind"),
                _("Theme"),
                _("City"),
                _("Country"),
                _("Continent"),
                _("Who may read it"),
                _("What the city wrote"),
                _("Language of the text"),
            ]
        )
        kinds = (
            (pgettext("atlas: a row of the CSV", "Need"), needs),
            (pgettext("atlas: a row of the CSV", "Offer"), offers),
        )
        for kind, entries in kinds:
            for entry in entries:
                text, language = entry.text()
                writer.writerow(
                    [
                        kind,
                        str(theme),
                        str(entry.city),
                        entry.city.country_name,
                        entry.city.get_continent_display(),
                        _("Everyone") if entry.public else _("Participants only"),
                        text,
                        language,
                    ]
                )
        return response
