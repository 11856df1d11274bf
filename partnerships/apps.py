from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from cities.profile import CITY_PROFILE, PARTNER_PROFILE
        from evidence.sections import DOCUMENT_PAGE
        from mayors_dialogue.datafiles import demo_loader_register
        from mayors_dialogue.signals import cache_domain_register

        from . import demo, notifications, selectors, signals, suggestions

        notifications.register()
        signals.connect()
        CITY_PROFILE.register("partnerships", selectors.partnerships_for_city)
        PARTNER_PROFILE.register("partnerships", selectors.partnerships_supported_by)
        DOCUMENT_PAGE.register("partnerships", selectors.partnerships_citing)
        demo_loader_register(order=40, label="Partnership proposals", load=demo.proposals_demo_load)
        # last: the matchmaking of the cities the loaders wrote
        demo_loader_register(
            order=90, label="Matchmaking suggestions",
            load=lambda today: suggestions.suggestions_rebuild(),
        )  # fmt: skip
        cache_domain_register(
            "proposals",
            [
                "partnerships.Proposal", "partnerships.Transition", "partnerships.Interest",
                "partnerships.Confirmation", "partnerships.Comment", "partnerships.Support",
            ],
        )  # fmt: skip
