from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404


class PermissionMixin:
    """Ask django-rules about `get_permission_object()`.

    Someone who may not even see the object gets a 404 (`view_permission`); someone who may
    see it but not do this gets a 403 (`permission_required`), or the login page if they are
    not signed in.
    """

    permission_required: str = ""
    view_permission: str = ""

    def get_permission_object(self):
        return None

    def dispatch(self, request, *args, **kwargs):
        obj = self.get_permission_object()
        user = request.user
        if self.view_permission and not user.has_perm(self.view_permission, obj):
            raise Http404
        if self.permission_required and not user.has_perm(self.permission_required, obj):
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ObjectPermissionMixin(PermissionMixin):
    """For views about one object: `load_object()` fetches it (or raises 404) once, and it
    serves both the permission check and the view."""

    def load_object(self):
        raise NotImplementedError

    def load_permission_object(self):
        """What the permission check reads. By default the page's own object; pages whose
        object is expensive to load and whose content may come from the cache return a
        plain row here, and the full object is loaded only when the page is rendered."""

    def get_permission_object(self):
        if not hasattr(self, "_permission_object"):
            self._permission_object = self.load_permission_object() or self.get_object()
        return self._permission_object

    def get_object(self, queryset=None):
        if not hasattr(self, "_object"):
            self._object = self.load_object()
        return self._object
