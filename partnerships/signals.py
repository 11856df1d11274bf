"""Keep the stored suggestions (suggestions.py) in step with the cities: a change to a city
or to its needs and potentials enqueues a refresh for it once the change is committed. Bulk
writes that bypass signals (seed_scale, the demo loaders) rebuild them afterwards."""

from django.db.models.signals import post_delete, post_save, pre_delete

from cities.models import City, CityNeed, CityPotential

from .models import CitySuggestion
from .suggestions import suggestions_refresh_on_commit


def _theme_changed(sender, instance, **kwargs):
    suggestions_refresh_on_commit([instance.city_id])


def _city_saved(sender, instance, **kwargs):
    suggestions_refresh_on_commit([instance.pk])


def _city_deleting(sender, instance, **kwargs):
    # the cities that list it lose a row with it (a cascade): they are computed again
    listing = CitySuggestion.objects.filter(other=instance).values_list("city_id", flat=True)
    suggestions_refresh_on_commit([instance.pk, *listing])


def connect() -> None:
    for model in (CityNeed, CityPotential):
        uid = f"suggestions-{model._meta.model_name}"
        post_save.connect(_theme_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_theme_changed, sender=model, dispatch_uid=f"{uid}-delete")
    post_save.connect(_city_saved, sender=City, dispatch_uid="suggestions-city-save")
    pre_delete.connect(_city_deleting, sender=City, dispatch_uid="suggestions-city-delete")
