from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from .selectors import PAGE_SIZE, notification_entries, notifications_for
from .services import notification_read, notifications_read_all


class NotificationListView(LoginRequiredMixin, TemplateView):
    """Signed-in people, their own notifications only, newest first."""

    template_name = "notifications/notification_list.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        page = Paginator(notifications_for(user=user), PAGE_SIZE).get_page(
            self.request.GET.get("page")
        )
        return super().get_context_data(
            page_obj=page,
            entries=notification_entries(page.object_list, user=user),
            **kwargs,
        )


class NotificationOpenView(LoginRequiredMixin, View):
    """Signed-in people, their own notifications only (another's is a 404): mark it read and
    go where it is done. Something the reader may no longer open leads back to the list."""

    def get(self, request, pk):
        notification = notifications_for(user=request.user).filter(pk=pk).first()
        if notification is None:
            raise Http404
        notification_read(user=request.user, notification_id=notification.pk)
        (entry,) = notification_entries([notification], user=request.user)
        return redirect(entry.url or "notifications:list")


class NotificationsReadAllView(LoginRequiredMixin, View):
    """Signed-in people, their own notifications, by POST."""

    http_method_names = ["post"]

    def post(self, request):
        notifications_read_all(user=request.user)
        messages.success(request, _("All your notifications are marked read."))
        return redirect("notifications:list")
