from django.contrib import admin

from .models import Invitation


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Read-only: invitations are made, resent and revoked in the app's dashboard."""

    list_display = ["email", "city", "organisation", "role", "status", "created_at", "expires_at"]
    list_filter = ["status", "role", "language"]
    search_fields = ["email", "name"]
    list_select_related = ["city", "organisation"]
    readonly_fields = [field.name for field in Invitation._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
