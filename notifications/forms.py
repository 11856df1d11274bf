from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import Delivery, Topic
from .selectors import preferences_for


class NotificationPreferencesForm(forms.Form):
    """One choice per topic: email at once, a daily digest, or no email. Security and account
    emails and invitations are always sent, and are not listed."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, prefix="email", **kwargs)
        chosen = preferences_for(user)
        for topic in Topic:
            self.fields[topic.value] = forms.ChoiceField(
                label=topic.label,
                choices=Delivery.choices,
                widget=forms.RadioSelect,
                initial=chosen[topic.value],
                required=False,  # a topic left out keeps its choice
            )
        if not user.is_staff:
            del self.fields[Topic.SECRETARIAT]

    def deliveries(self) -> dict[str, str]:
        return {topic: delivery for topic, delivery in self.cleaned_data.items() if delivery}


EMAIL_HELP = _(
    "Whatever you choose, everything is in your notifications here. Emails about your "
    "account and its security, and invitations, are always sent."
)
