from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MayorsDialogueConfig(AppConfig):
    name = "mayors_dialogue"
    verbose_name = _("Accounts and platform")

    def ready(self):
        from django.conf import settings
        from django.contrib.auth.models import Group
        from django.core.signals import request_started
        from django.db.models.signals import m2m_changed

        if settings.EMAIL_DELIVERY_THREAD:
            from .local_outbox import local_outbox

            # a web process sends what is due even when nobody queues a new email
            request_started.connect(local_outbox.start, weak=False, dispatch_uid="local-outbox")

        from .caching import cache_invalidate
        from .models import User

        def permissions_changed(sender, **kwargs):
            # what a person may see changed: their kept pages are retired (the "people"
            # version is part of every signed-in page's validity)
            cache_invalidate("people")

        for through in (
            User.groups.through,
            User.user_permissions.through,
            Group.permissions.through,
        ):
            m2m_changed.connect(
                permissions_changed, sender=through, weak=False, dispatch_uid=f"people-{through}"
            )
