from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import EvidenceDocument
from .search import search_vector_update


@admin.register(EvidenceDocument)
class EvidenceDocumentAdmin(TranslationAdmin):
    """For corrections of the texts and links; uploads go through the app, which checks the
    files. Saving here keeps the search index current."""

    list_display = ["title", "doc_type", "publisher", "publication_date", "visibility"]
    list_filter = ["doc_type", "visibility", "publisher"]
    search_fields = ["title"]
    filter_horizontal = ["themes", "cities"]
    readonly_fields = ["file", "file_type", "file_size", "original_name", "uploaded_by"]
    exclude = ["search_vector", "extracted_text"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        search_vector_update(form.instance.pk)
