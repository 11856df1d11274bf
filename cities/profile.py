"""Sections of a city's or a partner's profile that other apps own: the meetings a city is
invited to, its proposals, the partners and proposals that fit it, the partnerships an
organisation supports. Called with `city=` or `organisation=`, and `user=`."""

from mayors_dialogue.sections import PageSections

CITY_PROFILE = PageSections("city profile")
PARTNER_PROFILE = PageSections("partner profile")
