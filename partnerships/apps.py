from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from mayors_dialogue.datafiles import demo_loader_register

        from . import demo

        demo_loader_register(order=40, label="Partnership proposals", load=demo.proposals_demo_load)
