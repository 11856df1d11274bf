from django.views.generic import TemplateView


class AtlasView(TemplateView):
    """Public."""

    template_name = "atlas/atlas.html"


class AtlasCsvView(AtlasView):
    pass


class AtlasBriefView(AtlasView):
    pass


class ThemeView(AtlasView):
    pass


class ThemeCsvView(AtlasView):
    pass


class ThemeBriefView(AtlasView):
    pass
