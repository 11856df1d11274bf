"""Keep each person's city time zone (User.city_timezone) in step with their memberships and
their cities' zones. Bulk writes that bypass signals call city_timezones_refresh themselves."""

from django.db.models.signals import post_delete, post_save

from mayors_dialogue.models import User

from .models import City, CityMembership
from .services import city_timezones_refresh


def _membership_changed(sender, instance, **kwargs):
    city_timezones_refresh(User.objects.filter(pk=instance.user_id))


def _city_saved(sender, instance, created, **kwargs):
    if not created:
        city_timezones_refresh(User.objects.filter(city_memberships__city=instance))


def connect() -> None:
    post_save.connect(_membership_changed, sender=CityMembership, dispatch_uid="city-tz-joined")
    post_delete.connect(_membership_changed, sender=CityMembership, dispatch_uid="city-tz-left")
    post_save.connect(_city_saved, sender=City, dispatch_uid="city-timezone-city")
