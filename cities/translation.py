from modeltranslation.translator import TranslationOptions, register

from .models import City, CityNeed, CityPotential, GoodPractice, Mayor, PartnerOrganisation, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name", "description", "migration_context", "official_languages")


@register(CityNeed)
class CityNeedTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(CityPotential)
class CityPotentialTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(GoodPractice)
class GoodPracticeTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Mayor)
class MayorTranslationOptions(TranslationOptions):
    fields = ("biography",)


@register(PartnerOrganisation)
class PartnerOrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")
