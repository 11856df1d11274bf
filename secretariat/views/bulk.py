"""Inviting several cities at once: upload or paste, preview, confirm, progress, result."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, View

from invitations.bulk import (
    BULK_MAX_ROWS,
    COLUMNS,
    bulk_row_shown,
    bulk_template_rows,
    invitation_batch_confirm,
    invitation_batch_create,
)
from invitations.enums import BatchStatus
from invitations.forms import BulkInvitationForm
from invitations.models import InvitationBatch
from invitations.selectors import invitation_batches_recent
from mayors_dialogue.spreadsheets import csv_writer

from .base import SecretariatMixin

# While a batch is being sent, its page reloads itself (an HTTP header: no script needed).
REFRESH_SECONDS = 5


def _csv_response(filename: str, rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheets read the file as UTF-8
    csv_writer(response).writerows(rows)
    return response


class BulkInvitationUploadView(SecretariatMixin, FormView):
    """The form (a file or pasted rows) and the latest batches; `?format=csv` is the
    template file. A valid submission becomes a batch in preview: nothing is sent yet."""

    template_name = "secretariat/bulk_upload.html"
    form_class = BulkInvitationForm

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return _csv_response("invite-cities.csv", bulk_template_rows())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            batches=invitation_batches_recent(),
            column_examples=list(zip(COLUMNS, bulk_template_rows()[1], strict=True)),
            max_rows=BULK_MAX_ROWS,
            **kwargs,
        )

    def form_valid(self, form):
        batch = invitation_batch_create(
            created_by=self.request.user,
            rows=form.cleaned_data["rows"],
            source=form.cleaned_data["source"],
        )
        return redirect("secretariat:bulk_detail", pk=batch.pk)


class BulkInvitationDetailView(SecretariatMixin, DetailView):
    """One batch: the preview with each row's problems, the progress while it is sent, the
    result when done; `?format=csv` is the result as a file."""

    model = InvitationBatch
    context_object_name = "batch"

    def get_template_names(self):
        return [f"secretariat/bulk_{self.object.status}.html"]

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if request.GET.get("format") == "csv" and self.object.status == BatchStatus.DONE:
            return self.result_csv()
        response = self.render_to_response(self.get_context_data(object=self.object))
        if self.object.status == BatchStatus.SENDING:
            response["Refresh"] = str(REFRESH_SECONDS)
        return response

    def get_context_data(self, **kwargs):
        rows = [bulk_row_shown(row) for row in self.object.rows]
        return super().get_context_data(
            rows=rows,
            columns=COLUMNS,
            with_problems=[row for row in rows if row["problems"] and not row["outcome"]],
            sent=[row for row in rows if row["outcome"] == "sent"],
            skipped=[row for row in rows if row["outcome"] == "skipped"],
            refresh_seconds=REFRESH_SECONDS,
            **kwargs,
        )

    def result_csv(self) -> HttpResponse:
        outcomes = {"sent": _("Sent"), "skipped": _("Skipped")}
        rows = [[_("Row"), *(str(column.short) for column in COLUMNS), _("Result"), _("Reason")]]
        for row in map(bulk_row_shown, self.object.rows):
            rows.append(
                [
                    row["line"],
                    *(row["shown"][column.key] for column in COLUMNS),
                    outcomes.get(row["outcome"], ""),
                    " ".join(row["problems"]),
                ]
            )
        return _csv_response(f"invited-cities-{self.object.pk}.csv", rows)


class BulkInvitationConfirmView(SecretariatMixin, View):
    """POST only: send the batch's valid rows. Pressed twice, the second press finds the
    batch no longer in preview and only shows it."""

    http_method_names = ["post"]

    def post(self, request, pk):
        # No flash message: the page it leads to (progress or result) says what happened.
        batch = get_object_or_404(InvitationBatch.objects.defer("rows"), pk=pk)
        invitation_batch_confirm(batch_id=batch.pk, confirmed_by=request.user)
        return redirect("secretariat:bulk_detail", pk=batch.pk)
