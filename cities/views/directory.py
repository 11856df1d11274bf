from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView, View
from django_filters.views import FilterView

from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.enums import Language
from mayors_dialogue.forms import form_values, formset_rows
from mayors_dialogue.permissions import ObjectPermissionMixin, PermissionMixin
from mayors_dialogue.spreadsheets import csv_writer
from mayors_dialogue.translated import translated_names

from .. import maps
from ..filters import CityFilter
from ..forms import (
    CityProfileForm,
    GoodPracticeFormSet,
    NeedFormSet,
    PartnerProfileForm,
    PotentialFormSet,
)
from ..models import City
from ..profile import CITY_PROFILE, PARTNER_PROFILE
from ..selectors import (
    cities_for_directory,
    city_completeness,
    city_export_rows,
    city_for_profile,
    partner_for_profile,
    partner_organisations,
)
from ..services import city_profile_update, partner_profile_update


class CityListView(CachedMainMixin, FilterView):
    """Public: the directory of cities with filters, a map and pagination. Signed-in staff
    also see their own city while it is still only invited; admins see every city."""

    template_name = "cities/city_list.html"
    filterset_class = CityFilter
    paginate_by = 24
    cache_domains = ("directory",)

    def get_queryset(self):
        return cities_for_directory(user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        filtered = any(value for key, value in query.items())
        on_map = (
            self.filterset.qs.on_map()
            .prefetch_related(None)  # the list's prefetches, not the map's
            .only("slug", "latitude", "longitude", *translated_names("name"))
            .order_by("name")
        )
        city_map = maps.city_map_html(on_map) if filtered else maps.cached_city_map_html()
        context.update(city_map=city_map, query_string=query.urlencode())
        return context


class CityObjectMixin(ObjectPermissionMixin):
    view_permission = "cities.view_city"

    def load_object(self):
        return city_for_profile(slug=self.kwargs["slug"])


class CityDetailView(CityObjectMixin, CachedMainMixin, DetailView):
    """Public for participating cities; an invited city only for its own people and admins.
    Contact details for signed-in participants; the completeness panel for those who edit."""

    template_name = "cities/city_detail.html"
    context_object_name = "city"
    cache_domains = ("directory", "meetings", "proposals", "library")

    def load_permission_object(self):
        return get_object_or_404(City, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        city = self.object
        user = self.request.user
        mayors = list(city.mayors.all())
        can_edit = user.has_perm("cities.change_city_profile", city)
        context.update(
            current_mayor=next((mayor for mayor in mayors if mayor.is_current), None),
            past_mayors=[mayor for mayor in mayors if not mayor.is_current],
            can_edit=can_edit,
            can_invite=can_edit and user.has_perm("cities.invite_city_colleague", city),
            show_contact=user.has_perm("cities.view_contact_details"),
            show_participant_needs=user.has_perm("cities.view_participant_needs"),
            completeness=city_completeness(city) if can_edit else None,
            **CITY_PROFILE.context(city=city, user=user),
        )
        return context


class CityDossierView(CityDetailView):
    """The printable dossier: same audience as the profile."""

    template_name = "cities/city_dossier.html"


class CityUpdateView(CityObjectMixin, TemplateView):
    """The city's staff and mayor, and admins. Others who may see the city get 403."""

    permission_required = "cities.change_city_profile"
    template_name = "cities/city_form.html"
    formset_classes = {
        "need": (NeedFormSet, "needs"),
        "potential": (PotentialFormSet, "potentials"),
        "good_practice": (GoodPracticeFormSet, "practices"),
    }

    def build_forms(self):
        city = self.get_permission_object()
        data = self.request.POST if self.request.method == "POST" else None
        files = self.request.FILES if self.request.method == "POST" else None
        working = {"working_language": self.writing_in()}
        form = CityProfileForm(
            data,
            files,
            instance=city,
            can_place=self.request.user.has_perm("cities.place_city"),
            user=self.request.user,
            **working,
        )
        formsets = {
            item: formset_class(data, files, instance=city, prefix=prefix, form_kwargs=working)
            for item, (formset_class, prefix) in self.formset_classes.items()
        }
        return form, formsets

    def writing_in(self) -> str:
        """The language whose fields are open: the one the person chose above the form
        (kept across a failed save), else the city's or their own working language."""
        chosen = self.request.POST.get("write") or self.request.GET.get("write")
        if chosen in dict(Language.choices):
            return chosen
        return self.get_permission_object().working_language_for(self.request.user)

    def get(self, request, *args, **kwargs):
        form, formsets = self.build_forms()
        return self.render_to_response(self.get_context_data(form=form, formsets=formsets))

    def post(self, request, *args, **kwargs):
        form, formsets = self.build_forms()
        if form.is_valid() and all(formset.is_valid() for formset in formsets.values()):
            change = city_profile_update(
                city=self.get_permission_object(),
                user=request.user,
                values=form_values(form),
                rows={item: formset_rows(formset) for item, formset in formsets.items()},
            )
            if change:
                messages.success(request, _("The profile has been saved."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect(form.instance)
        form.uploads_keep()  # the form may be valid and a row not
        return self.render_to_response(self.get_context_data(form=form, formsets=formsets))

    def get_context_data(self, **kwargs):
        city = self.get_permission_object()
        return super().get_context_data(
            city=city,
            completeness=city_completeness(city),
            writing_in=self.writing_in(),
            languages=Language.choices,
            **kwargs,
        )


class CityExportView(PermissionMixin, View):
    """Admins (the secretariat): every city with its needs and potentials, as CSV."""

    permission_required = "cities.export_cities"

    def get(self, request):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"mayors-dialogue-cities-{timezone.localdate()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv_writer(response)
        writer.writerow(
            [
                _("City"),
                _("Country"),
                _("Continent"),
                _("Status"),
                _("Population"),
                _("Participant since"),
                _("Needs"),
                _("Potentials"),
                _("Needs in detail"),
                _("Potentials in detail"),
            ]
        )
        writer.writerows(city_export_rows())
        return response


class PartnerListView(TemplateView):
    """Public: the partner organisations of the dialogue."""

    template_name = "cities/partner_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(partners=partner_organisations(), **kwargs)


class PartnerObjectMixin(ObjectPermissionMixin):
    def load_object(self):
        return partner_for_profile(slug=self.kwargs["slug"])


class PartnerDetailView(PartnerObjectMixin, DetailView):
    """Public; its staff are listed for signed-in participants only."""

    template_name = "cities/partner_detail.html"
    context_object_name = "organisation"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            can_edit=user.has_perm("cities.change_partner_profile", self.object),
            **PARTNER_PROFILE.context(organisation=self.object, user=user),
            show_contact=user.has_perm("cities.view_contact_details"),
            **kwargs,
        )


class PartnerUpdateView(PartnerObjectMixin, TemplateView):
    """The organisation's own staff, and admins. Everyone else gets 403 (or the login page)."""

    permission_required = "cities.change_partner_profile"
    template_name = "cities/partner_form.html"

    def get(self, request, *args, **kwargs):
        organisation = self.get_permission_object()
        form = PartnerProfileForm(
            instance=organisation,
            working_language=organisation.working_language_for(request.user),
            user=request.user,
        )
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        organisation = self.get_permission_object()
        form = PartnerProfileForm(
            request.POST,
            request.FILES,
            instance=organisation,
            working_language=organisation.working_language_for(request.user),
            user=request.user,
        )
        if form.is_valid():
            change = partner_profile_update(
                organisation=organisation, user=request.user, values=form_values(form)
            )
            messages.success(
                request, _("The profile has been saved.") if change else _("Nothing was changed.")
            )
            return redirect(form.instance)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisation=self.get_permission_object(), **kwargs)
