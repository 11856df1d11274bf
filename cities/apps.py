from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = _("Cities and partners")

    def ready(self):
        from mayors_dialogue.datafiles import demo_loader_register
        from mayors_dialogue.signals import cache_domain_register

        from . import demo, signals

        signals.connect()
        demo_loader_register(order=10, label="City profiles", load=demo.city_profiles_demo_load)
        demo_loader_register(order=20, label="Demo accounts", load=demo.accounts_demo_load)
        cache_domain_register(
            "directory",
            [
                "cities.City", "cities.CityNeed", "cities.CityPotential", "cities.GoodPractice",
                "cities.Mayor", "cities.Theme", "cities.PartnerOrganisation",
            ],
        )  # fmt: skip
        # who works where: what a signed-in person's cached pages are made for
        cache_domain_register("people", ["cities.CityMembership", "cities.PartnerMembership"])
