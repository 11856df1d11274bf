from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MayorsDialogueConfig(AppConfig):
    name = "mayors_dialogue"
    verbose_name = _("Accounts and platform")
