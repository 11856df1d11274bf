from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from cities.profile import city_profile_section_register, partner_profile_section_register
        from mayors_dialogue.datafiles import demo_loader_register
        from mayors_dialogue.signals import cache_domain_register

        from . import demo, selectors

        city_profile_section_register("partnerships", selectors.partnerships_for_city)
        partner_profile_section_register("partnerships", selectors.partnerships_supported_by)
        demo_loader_register(order=40, label="Partnership proposals", load=demo.proposals_demo_load)
        cache_domain_register(
            "proposals",
            [
                "partnerships.Proposal", "partnerships.Transition", "partnerships.Interest",
                "partnerships.Confirmation", "partnerships.Comment", "partnerships.Support",
            ],
        )  # fmt: skip
