from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Meetings")

    def ready(self):
        from cities.profile import CITY_PROFILE, PARTNER_PROFILE
        from evidence.sections import DOCUMENT_PAGE
        from mayors_dialogue.datafiles import demo_loader_register
        from mayors_dialogue.signals import cache_domain_register

        from . import demo, notifications, selectors

        notifications.register()
        CITY_PROFILE.register("meetings", selectors.meetings_for_city)
        PARTNER_PROFILE.register("meetings", selectors.meetings_organised_by)
        DOCUMENT_PAGE.register("meetings", selectors.meetings_citing)
        demo_loader_register(order=30, label="Meetings", load=demo.meetings_demo_load)
        # what a personal calendar feed holds: the meetings, and whose city or organisation
        # a person belongs to
        cache_domain_register(
            "meetings",
            [
                "meetings.Meeting", "meetings.AgendaItem", "meetings.RSVP", "meetings.Series",
                "cities.CityMembership", "cities.PartnerMembership",
            ],
        )  # fmt: skip
