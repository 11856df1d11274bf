from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = _("Cities and partners")

    def ready(self):
        from mayors_dialogue.datafiles import demo_loader_register

        from . import demo, signals

        signals.connect()
        demo_loader_register(order=10, label="City profiles", load=demo.city_profiles_demo_load)
