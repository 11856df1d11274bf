from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "invitations"
    verbose_name = _("Invitations")

    def ready(self):
        from mayors_dialogue.datafiles import demo_loader_register

        from . import demo, notifications

        notifications.register()
        demo_loader_register(order=60, label="Invitations", load=demo.invitations_demo_load)
