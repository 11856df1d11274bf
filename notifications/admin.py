from django.contrib import admin

from .models import DigestSent, Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "city", "delivery", "created_at", "read_at", "digested_at"]
    list_filter = ["topic", "delivery"]
    search_fields = ["user__email"]
    raw_id_fields = ["user", "city"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "topic", "delivery"]
    raw_id_fields = ["user"]


@admin.register(DigestSent)
class DigestSentAdmin(admin.ModelAdmin):
    list_display = ["user", "day", "created_at"]
    raw_id_fields = ["user", "email"]
