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
        # only the topics that can concern this person
        in_a_city = user.city_memberships.exists()
        in_a_partner = user.partner_memberships.exists()
        shown = {
            Topic.MEETINGS: in_a_city or in_a_partner or user.is_staff,
            Topic.ANSWERS: in_a_partner or user.is_staff,
            Topic.INTEREST: in_a_city,
            Topic.COMMENTS: in_a_city or in_a_partner,
            Topic.SECRETARIAT: user.is_staff,
        }
        for topic, concerns in shown.items():
            if not concerns:
                del self.fields[topic]

    def deliveries(self) -> dict[str, str]:
        return {topic: delivery for topic, delivery in self.cleaned_data.items() if delivery}


EMAIL_HELP = _(
    "Whatever you choose, everything also appears in your notifications. Emails about your "
    "account and its security, and invitations to join the platform, are always sent."
)
