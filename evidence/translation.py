from modeltranslation.translator import TranslationOptions, register

from .models import EvidenceDocument


@register(EvidenceDocument)
class EvidenceDocumentTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
