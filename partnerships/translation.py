from modeltranslation.translator import TranslationOptions, register

from .models import Proposal


@register(Proposal)
class ProposalTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "offers", "seeks", "preferred_regions")
