from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Meetings")

    def ready(self):
        from mayors_dialogue.datafiles import demo_loader_register

        from . import demo

        demo_loader_register(order=30, label="Meetings", load=demo.meetings_demo_load)
