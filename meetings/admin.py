from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .models import RSVP, AgendaItem, Meeting, Series


@admin.register(Series)
class SeriesAdmin(TranslationAdmin):
    list_display = ["name", "slug", "is_summit"]
    prepopulated_fields = {"slug": ["name_en"]}


class AgendaItemInline(TranslationStackedInline):
    model = AgendaItem
    extra = 0


class RSVPInline(admin.TabularInline):
    model = RSVP
    extra = 0
    autocomplete_fields = ["city"]
    readonly_fields = ["responded_by", "updated_at"]


@admin.register(Meeting)
class MeetingAdmin(TranslationAdmin):
    """For corrections. Scheduling, editing and cancelling in the app send the emails."""

    list_display = ["title", "start", "timezone", "format", "status", "organiser", "series"]
    list_filter = ["status", "format", "series", "organiser"]
    search_fields = ["title"]
    filter_horizontal = ["invited_cities", "invited_organisations", "themes"]
    inlines = [AgendaItemInline, RSVPInline]
    readonly_fields = ["uid", "sequence"]
