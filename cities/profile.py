"""Sections of a city's or a partner's profile that other apps own: the meetings a city is
invited to, its proposals, the partners and proposals that fit it, the partnerships an
organisation supports. Each app registers a function from its AppConfig.ready(); the profile
pages add what each returns to their context, so that `cities` imports none of those apps."""

from collections.abc import Callable

CITY_SECTIONS: dict[str, Callable[..., dict]] = {}
PARTNER_SECTIONS: dict[str, Callable[..., dict]] = {}


def city_profile_section_register(name: str, section: Callable[..., dict]) -> None:
    """`section(city=..., user=...)` returns context for the city's page and dossier."""
    CITY_SECTIONS[name] = section


def partner_profile_section_register(name: str, section: Callable[..., dict]) -> None:
    """`section(organisation=..., user=...)` returns context for the partner's page."""
    PARTNER_SECTIONS[name] = section


def city_profile_sections(*, city, user) -> dict:
    context = {}
    for section in CITY_SECTIONS.values():
        context.update(section(city=city, user=user))
    return context


def partner_profile_sections(*, organisation, user) -> dict:
    context = {}
    for section in PARTNER_SECTIONS.values():
        context.update(section(organisation=organisation, user=user))
    return context
