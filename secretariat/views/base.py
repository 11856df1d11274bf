from mayors_dialogue.permissions import PermissionMixin


class SecretariatMixin(PermissionMixin):
    """Admins only; every other role gets 403 (the login page when signed out)."""

    permission_required = "secretariat.use_workspace"
