from django.views.generic import TemplateView


class IndexView(TemplateView):
    """Public: everyone may read this section's overview."""

    template_name = "evidence/index.html"
