from modeltranslation.translator import TranslationOptions, register

from .models import AgendaItem, Meeting, Series


@register(Series)
class SeriesTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("title", "description", "outcomes")


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title", "description", "presenter")
