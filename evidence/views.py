import io
import logging

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView, View
from django_filters.views import FilterView

from cities.models import CityMembership, PartnerOrganisation
from cities.rules import is_participant
from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.choosers import chooser_requested, errors_hidden
from mayors_dialogue.forms import form_values
from mayors_dialogue.permissions import ObjectPermissionMixin, PermissionMixin
from mayors_dialogue.spreadsheets import csv_made_safe

from .files import FILE_TYPES
from .filters import EvidenceFilter
from .forms import EvidenceForm
from .models import EvidenceDocument
from .search import CachedSearchResults, newest_ranked, search, snippet
from .sections import DOCUMENT_PAGE
from .services import evidence_delete, evidence_save

logger = logging.getLogger(__name__)


class EvidenceListView(CachedMainMixin, FilterView):
    """Public documents for everyone, all documents for signed-in participants; full-text
    search with filters and pagination."""

    template_name = "evidence/document_list.html"
    filterset_class = EvidenceFilter
    paginate_by = 20
    cache_domains = ("library", "directory")
    cache_signed_in = True

    def cache_audience(self):
        """Visitors (and people who are not participants) see the public documents; every
        participant sees them all."""
        user = self.request.user
        if not is_participant(user):
            return "public"
        return ("participants", user.has_perm("evidence.add_document"))

    def get_queryset(self):
        documents = (
            EvidenceDocument.objects.visible_to(self.request.user)
            .select_related("publisher")
            .prefetch_related("themes")
        )
        return search(documents, self.request.GET.get("q", ""), language=get_language())

    def paginate_queryset(self, queryset, page_size):
        text = self.request.GET.get("q", "").strip()
        if text:
            filters = sorted((k, v) for k, v in self.request.GET.lists() if k != "page")
            audience = is_participant(self.request.user)
            queryset = CachedSearchResults(
                newest_ranked(queryset),
                queryset,
                ("search", text, tuple(map(str, filters)), get_language(), audience),
            )
        return super().paginate_queryset(queryset, page_size)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        text = self.request.GET.get("q", "").strip()
        query = self.request.GET.copy()
        query.pop("page", None)
        if text:
            for document in context["object_list"]:
                document.match = snippet(document, text)
            results = context["paginator"].object_list
            if results.limited():
                context["ranked_at_most"] = results.ranked_at_most
                context["ranked_at_most_shown"] = number_format(
                    results.ranked_at_most, force_grouping=True
                )
        context.update(q=text, query_string=query.urlencode())
        return context


class DocumentObjectMixin(ObjectPermissionMixin):
    view_permission = "evidence.view_document"

    def load_object(self):
        return get_object_or_404(
            EvidenceDocument.objects.select_related("publisher").prefetch_related(
                "themes", "cities"
            ),
            pk=self.kwargs["pk"],
        )


class EvidenceDetailView(DocumentObjectMixin, DetailView):
    """Same audience as the list: participants-only documents are a 404 for others."""

    template_name = "evidence/document_detail.html"
    context_object_name = "document"

    def get_context_data(self, **kwargs):
        document = self.object
        return super().get_context_data(
            **DOCUMENT_PAGE.context(document=document, user=self.request.user),
            can_change=self.request.user.has_perm("evidence.change_document", document),
            **kwargs,
        )


class EvidenceDownloadView(DocumentObjectMixin, View):
    """The file itself, for whoever may see the document; always as an attachment."""

    def get(self, request, pk):
        document = self.get_permission_object()
        if not document.file:
            raise Http404
        content_type = FILE_TYPES.get(document.file_type, ("application/octet-stream", "bin"))[0]
        filename = "{name}.{extension}".format(
            name=(document.original_name.rsplit(".", 1)[0] or f"document-{document.pk}")[:100],
            extension=document.file_extension or "bin",
        )
        try:
            handle = document.file.open("rb")
        except OSError as error:  # the storage lost the file: say so in the log, not with a 500
            logger.error("File of evidence document %s is missing: %r", document.pk, error)
            raise Http404 from error
        if document.file_type == "csv":  # opened in a spreadsheet: no cell runs as a formula
            with handle:
                handle = io.BytesIO(csv_made_safe(handle.read()))
        response = FileResponse(
            handle, as_attachment=True, filename=filename, content_type=content_type
        )
        response["X-Content-Type-Options"] = "nosniff"
        return response


class EvidenceFormView(TemplateView):
    template_name = "evidence/document_form.html"

    def own_cities(self):
        """None for partner staff and admins (any document); a city's people's cities else."""
        user = self.request.user
        if user.is_staff or user.partner_memberships.exists():
            return None
        return [
            membership.city
            for membership in CityMembership.objects.filter(user=user).select_related("city")
        ]

    def own_organisations(self):
        """None for admins (any publisher); the uploader's partner organisations else."""
        user = self.request.user
        return (
            None
            if user.is_staff
            else list(PartnerOrganisation.objects.filter(memberships__user=user))
        )

    def form(self, data=None, files=None):
        return EvidenceForm(
            data,
            files,
            instance=self.get_document(),
            own_cities=self.own_cities(),
            own_organisations=self.own_organisations(),
            working_language=self.request.user.language,
            user=self.request.user,
        )

    def get(self, request, *args, **kwargs):
        form = self.form()
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST, request.FILES)
        if chooser_requested(request):
            form.is_valid()
            form.uploads_keep()
            errors_hidden(form)
        elif form.is_valid():
            try:
                document = evidence_save(
                    document=form.instance, values=form_values(form), user=request.user
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
                form.uploads_keep()
            else:
                messages.success(request, _("The document has been saved."))
                return redirect(document)
        return self.render_to_response(self.get_context_data(form=form))


class EvidenceCreateView(PermissionMixin, EvidenceFormView):
    """Partner staff and admins; a city's staff and mayor for good practice of their city."""

    permission_required = "evidence.add_document"

    def get_document(self):
        return EvidenceDocument()


class EvidenceUpdateView(DocumentObjectMixin, EvidenceFormView):
    """Whoever uploaded it, its publisher's staff, and admins."""

    permission_required = "evidence.change_document"

    def get_document(self):
        return self.get_permission_object()


class EvidenceDeleteView(DocumentObjectMixin, View):
    """Whoever uploaded it, its publisher's staff, and admins, by POST."""

    permission_required = "evidence.change_document"
    http_method_names = ["post"]

    def post(self, request, pk):
        evidence_delete(document=self.get_permission_object())
        messages.success(request, _("The document has been deleted."))
        return redirect("evidence:index")
