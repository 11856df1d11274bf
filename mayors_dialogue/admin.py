from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .enums import EmailStatus
from .models import Email, User
from .services import email_resend
from .uploads import file_names, files_replaced_remove_on_commit


def _files_of(model, pks) -> set[str]:
    return set().union(*(file_names(row) for row in model._base_manager.filter(pk__in=pks)))


class FilesReplacedAdminMixin:
    """For the admin of a model with photos or logos (its own or its inlines'): a file replaced
    or cleared here, or held by an inline row removed here, is deleted once the change is
    committed, as the app's services do."""

    def save_model(self, request, obj, form, change):
        old = _files_of(type(obj), [obj.pk]) if change else set()
        super().save_model(request, obj, form, change)
        files_replaced_remove_on_commit(old_names=old, new_names=file_names(obj))

    def save_formset(self, request, form, formset, change):
        pks = [inline.instance.pk for inline in formset.initial_forms]
        old = _files_of(formset.model, pks)
        super().save_formset(request, form, formset, change)
        files_replaced_remove_on_commit(old_names=old, new_names=_files_of(formset.model, pks))


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "language", "timezone", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_active", "language"]
    search_fields = ["email", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "language", "timezone"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "language", "password1", "password2"],
            },
        ),
    ]


@admin.register(Email)
class EmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipient", "language", "status", "attempts", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["recipient", "subject"]
    actions = ["resend"]
    readonly_fields = [field.name for field in Email._meta.fields if field.name != "sealed"]
    exclude = ["sealed"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Resend the selected failed emails"))
    def resend(self, request, queryset):
        failed = list(queryset.filter(status=EmailStatus.FAILED))
        for email in failed:
            email_resend(email=email)
        self.message_user(
            request,
            ngettext("%(count)d email queued again.", "%(count)d emails queued again.", len(failed))
            % {"count": len(failed)},
            messages.SUCCESS,
        )
