from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MayorsDialogueConfig(AppConfig):
    name = "mayors_dialogue"
    verbose_name = _("Accounts and platform")

    def ready(self):
        from . import demo, signals
        from .datafiles import demo_loader_register

        signals.connect()
        demo_loader_register(order=20, label="Demo accounts", load=demo.accounts_demo_load)
        demo_loader_register(order=60, label="Invitations", load=demo.invitations_demo_load)
