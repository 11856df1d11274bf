from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    name = "evidence"
    verbose_name = _("Evidence")

    def ready(self):
        from cities.profile import CITY_PROFILE, PARTNER_PROFILE
        from mayors_dialogue.datafiles import demo_loader_register
        from mayors_dialogue.signals import cache_domain_register

        from . import demo, selectors

        CITY_PROFILE.register("evidence", selectors.documents_for_city)
        PARTNER_PROFILE.register("evidence", selectors.documents_published_by)
        demo_loader_register(order=25, label="Evidence documents", load=demo.documents_demo_load)
        cache_domain_register("library", ["evidence.EvidenceDocument"])
