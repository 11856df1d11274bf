from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import City, CityMembership, PartnerMembership, PartnerOrganisation


class CityMembershipInline(admin.TabularInline):
    model = CityMembership
    extra = 0
    autocomplete_fields = ["user"]


class PartnerMembershipInline(admin.TabularInline):
    model = PartnerMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(City)
class CityAdmin(TranslationAdmin):
    list_display = ["name", "country", "continent", "timezone"]
    list_filter = ["continent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [CityMembershipInline]


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(TranslationAdmin):
    list_display = ["name", "acronym", "website"]
    search_fields = ["name", "acronym"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [PartnerMembershipInline]
