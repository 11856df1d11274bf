"""The month names of Django's dates (`F`), listed so that this project's catalogues carry
them: Portuguese writes them in lower case ("14 de janeiro de 2027"), Django's catalogue
capitalises them, and the project's catalogues come first."""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
