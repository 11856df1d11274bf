from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Comment, Confirmation, Interest, Proposal, Support, Transition


class TransitionInline(admin.TabularInline):
    model = Transition
    extra = 0
    readonly_fields = ["from_status", "to_status", "user", "note", "created_at"]
    can_delete = False


class InterestInline(admin.TabularInline):
    model = Interest
    extra = 0
    autocomplete_fields = ["city"]


class SupportInline(admin.TabularInline):
    model = Support
    extra = 0


@admin.register(Proposal)
class ProposalAdmin(TranslationAdmin):
    """For corrections; status changes belong in the app, where they are recorded."""

    list_display = ["title", "city", "kind", "status", "created_at"]
    list_filter = ["status", "kind", "city__continent"]
    search_fields = ["title", "city__name"]
    filter_horizontal = ["themes", "preferred_cities", "partner_cities"]
    inlines = [InterestInline, SupportInline, TransitionInline]


admin.site.register(Comment)
admin.site.register(Confirmation)
