from django.views.generic import TemplateView

from .selectors import cities_by_continent, partner_organisations


class IndexView(TemplateView):
    """Public: the directory of the dialogue's cities and partners."""

    template_name = "cities/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            continents=cities_by_continent(), partners=partner_organisations(), **kwargs
        )
