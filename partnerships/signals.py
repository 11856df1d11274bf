"""Keep the stored suggestions (suggestions.py) and fitting proposals (fitting.py) in step
with the cities and proposals: a change to a city, to its needs and potentials, or to a
proposal enqueues a refresh once the change is committed. Bulk writes that bypass signals
(seed_scale, the demo loaders) rebuild them afterwards."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from cities.models import City, CityNeed, CityPotential

from .models import CitySuggestion, FittingProposal, Proposal
from .suggestions import suggestions_refresh_on_commit


def _theme_changed(sender, instance, **kwargs):
    suggestions_refresh_on_commit([instance.city_id])


def _city_saved(sender, instance, **kwargs):
    suggestions_refresh_on_commit([instance.pk])


def _city_deleting(sender, instance, **kwargs):
    # the cities that list it lose a row with it (a cascade): they are computed again
    listing = CitySuggestion.objects.filter(other=instance).values_list("city_id", flat=True)
    suggestions_refresh_on_commit([instance.pk, *listing])


def _proposal_saved(sender, instance, **kwargs):
    suggestions_refresh_on_commit(proposal_ids=[instance.pk])


def _proposal_deleting(sender, instance, **kwargs):
    # as for a city: the cities that list it lose a row (a cascade)
    listing = FittingProposal.objects.filter(proposal=instance).values_list("city_id", flat=True)
    suggestions_refresh_on_commit(city_ids=listing, proposal_ids=[instance.pk])


def _proposal_themes_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action.startswith("post_"):
        proposal_ids = (pk_set or []) if reverse else [instance.pk]
        suggestions_refresh_on_commit(proposal_ids=proposal_ids)


def connect() -> None:
    for model in (CityNeed, CityPotential):
        uid = f"suggestions-{model._meta.model_name}"
        post_save.connect(_theme_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_theme_changed, sender=model, dispatch_uid=f"{uid}-delete")
    post_save.connect(_city_saved, sender=City, dispatch_uid="suggestions-city-save")
    pre_delete.connect(_city_deleting, sender=City, dispatch_uid="suggestions-city-delete")
    post_save.connect(_proposal_saved, sender=Proposal, dispatch_uid="fitting-proposal-save")
    pre_delete.connect(_proposal_deleting, sender=Proposal, dispatch_uid="fitting-proposal-delete")
    m2m_changed.connect(
        _proposal_themes_changed, sender=Proposal.themes.through, dispatch_uid="fitting-themes"
    )
