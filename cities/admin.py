from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from mayors_dialogue.admin import FilesReplacedAdminMixin

from .models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    Mayor,
    PartnerMembership,
    PartnerOrganisation,
    ProfileChange,
    Theme,
)


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name", "slug"]


class CityMembershipInline(admin.TabularInline):
    model = CityMembership
    extra = 0
    autocomplete_fields = ["user"]


class PartnerMembershipInline(admin.TabularInline):
    model = PartnerMembership
    extra = 0
    autocomplete_fields = ["user"]


class NeedInline(TranslationStackedInline):
    model = CityNeed
    extra = 0


class PotentialInline(TranslationStackedInline):
    model = CityPotential
    extra = 0


class GoodPracticeInline(TranslationStackedInline):
    model = GoodPractice
    extra = 0
    filter_horizontal = ["themes"]


class MayorInline(TranslationStackedInline):
    model = Mayor
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(City)
class CityAdmin(FilesReplacedAdminMixin, TranslationAdmin):
    list_display = ["name", "country", "continent", "status", "timezone", "participant_since"]
    list_filter = ["status", "continent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [MayorInline, NeedInline, PotentialInline, GoodPracticeInline, CityMembershipInline]


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(FilesReplacedAdminMixin, TranslationAdmin):
    list_display = ["name", "acronym", "kind", "role", "website"]
    list_filter = ["kind", "role"]
    search_fields = ["name", "acronym"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [PartnerMembershipInline]


@admin.register(ProfileChange)
class ProfileChangeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "city", "organisation", "user"]
    list_filter = ["created_at"]
    list_select_related = ["city", "organisation", "user"]
    readonly_fields = ["city", "organisation", "user", "created_at", "changes"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
