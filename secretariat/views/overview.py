"""The secretariat's overview: charts of the dialogue's cities, meetings, proposals and
profiles, each with its data table and a CSV of every row."""

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from mayors_dialogue.spreadsheets import csv_writer

from ..figures import CSV, overview_groups
from .base import SecretariatMixin


class OverviewView(SecretariatMixin, TemplateView):
    template_name = "secretariat/overview.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(groups=overview_groups(), **kwargs)


class OverviewCsvView(SecretariatMixin, View):
    """One chart's data as CSV: every row (the page shows the first ones), headers in the
    reader's language, numbers as numbers, text made safe for spreadsheets."""

    http_method_names = ["get"]

    def get(self, request, chart):
        build = CSV.get(chart)
        if build is None:
            raise Http404
        headers, rows = build()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"mayors-dialogue-{chart}-{timezone.localdate().isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv_writer(response)
        writer.writerow(headers)
        writer.writerows(rows)
        return response
