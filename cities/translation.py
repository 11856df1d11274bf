from modeltranslation.translator import TranslationOptions, register

from .models import City, PartnerOrganisation


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(PartnerOrganisation)
class PartnerOrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)
