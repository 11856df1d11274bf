from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import DetailView, ListView, TemplateView, View
from django_filters.views import FilterView

from cities.models import City
from cities.rules import is_participant
from mayors_dialogue.caching import CachedMainMixin
from mayors_dialogue.choosers import chooser_requested, errors_hidden
from mayors_dialogue.forms import form_values
from mayors_dialogue.limits import Limit
from mayors_dialogue.permissions import ObjectPermissionMixin, PermissionMixin

from . import matching
from .enums import TRANSITIONS, ProposalStatus
from .filters import ProposalFilter
from .forms import (
    CommentForm,
    ConfirmForm,
    InterestForm,
    ProposalForm,
    SupportForm,
    SupportWelcomeForm,
    TransitionForm,
)
from .models import Proposal
from .selectors import (
    cities_user_answers_for,
    proposal_for_page,
    proposals_for_browsing,
    public_partnerships,
)
from .services import (
    comment_add,
    interest_express,
    proposal_confirm,
    proposal_save,
    proposal_transition,
    support_mark,
    support_welcome,
)


class PartnershipsView(CachedMainMixin, ListView):
    """Public: the agreed, active and completed partnerships, most recently updated first."""

    template_name = "partnerships/index.html"
    context_object_name = "partnerships"
    paginate_by = 20
    cache_domains = ("proposals", "directory")

    def get_queryset(self):
        return public_partnerships()


class ProposalListView(LoginRequiredMixin, CachedMainMixin, FilterView):
    """Signed-in participants: proposals with filters, text search, and sorting by newest or
    by relevance to the viewer's city."""

    template_name = "partnerships/proposal_list.html"
    filterset_class = ProposalFilter
    paginate_by = 20
    cache_domains = ("proposals", "directory")
    cache_signed_in = True

    def cache_audience(self):
        """Signed-in participants see the same list unless they are admins or their city has
        drafts; the relevance sort and the 'propose' link (for whoever works for a city)
        depend on their cities. Someone who is no longer a participant sees only the public
        partnerships."""
        user = self.request.user
        if not self.my_cities and not is_participant(user):  # a city's people take part
            return "public"
        return (user.is_staff, tuple(sorted(city.pk for city in self.my_cities)))

    @cached_property
    def my_cities(self):
        return cities_user_answers_for(self.request.user)

    def get_queryset(self):
        return proposals_for_browsing(user=self.request.user)

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            sort=self.sort(), my_city=self.my_city(), query_string=query.urlencode(), **kwargs
        )

    def my_city(self):
        return self.my_cities[0] if self.my_cities else None

    def sort(self) -> str:
        return (
            "relevance"
            if self.request.GET.get("sort") == "relevance" and self.my_city()
            else "newest"
        )

    def paginate_queryset(self, queryset, page_size):
        """By relevance, the database orders the proposals by their score; only the page
        shown is then explained (its reasons), from the profiles of its cities."""
        if self.sort() != "relevance":
            return super().paginate_queryset(queryset.order_by("-created_at", "-pk"), page_size)
        ranked = matching.by_relevance_quickly(queryset, self.my_city())
        paginator, page, object_list, is_paginated = super().paginate_queryset(ranked, page_size)
        page.object_list = list(object_list)
        matching.relevance_explain(page.object_list, self.my_city())
        return paginator, page, page.object_list, is_paginated


class ProposalObjectMixin(ObjectPermissionMixin):
    view_permission = "partnerships.view_proposal"

    def load_object(self):
        return proposal_for_page(pk=self.kwargs["pk"])


class ProposalDetailView(ProposalObjectMixin, DetailView):
    """Public for agreed partnerships; signed-in participants for other proposals; drafts only
    for the proposing city's people and admins."""

    template_name = "partnerships/proposal_detail.html"
    context_object_name = "proposal"

    def get_context_data(self, **kwargs):
        proposal = self.object
        user = self.request.user
        my_cities = cities_user_answers_for(user)
        sides = {proposal.city_id, *(city.pk for city in proposal.partner_cities.all())}
        confirmed = {confirmation.city_id for confirmation in proposal.confirmations.all()}
        can_change = user.has_perm("partnerships.change_proposal", proposal)
        other_cities = [city for city in my_cities if city.pk != proposal.city_id]
        interested = {interest.city_id for interest in proposal.interests.all()}
        return super().get_context_data(
            evidence=[
                document
                for document in proposal.evidence.all()
                if user.has_perm("evidence.view_document", document)
            ],
            can_change=can_change,
            can_edit=can_change and proposal.status in (ProposalStatus.DRAFT, ProposalStatus.OPEN),
            next_statuses=[ProposalStatus(s) for s in TRANSITIONS.get(proposal.status, ())]
            if can_change
            else [],
            transition_form=TransitionForm(proposal=proposal) if can_change else None,
            interest_form=InterestForm(cities=[c for c in other_cities if c.pk not in interested])
            if proposal.takes("interest")
            and user.has_perm("partnerships.express_interest", proposal)
            and any(c.pk not in interested for c in other_cities)
            else None,
            confirm_cities=[
                city for city in my_cities if city.pk in sides and city.pk not in confirmed
            ]
            if proposal.status == ProposalStatus.IN_DISCUSSION
            else [],
            can_discuss=user.has_perm("partnerships.discuss_proposal", proposal),
            comment_form=CommentForm() if proposal.takes("comment") else None,
            can_welcome=can_change and proposal.takes("welcome"),
            support_form=SupportForm()
            if proposal.takes("support")
            and user.has_perm("partnerships.support_proposal", proposal)
            else None,
            helpers=matching.cities_that_could_help_quickly(proposal)
            if user.is_authenticated and proposal.takes("interest")
            else [],
            **kwargs,
        )


class ProposalFormView(TemplateView):
    template_name = "partnerships/proposal_form.html"

    def get_proposal(self):
        raise NotImplementedError

    def form(self, data=None):
        """People of a city propose for their city; admins for any city."""
        user = self.request.user
        cities = City.objects.all() if user.is_staff else cities_user_answers_for(user)
        return ProposalForm(
            data, instance=self.get_proposal(), cities=cities, working_language=user.language
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if chooser_requested(request):
            errors_hidden(form)
        elif form.is_valid():
            try:
                proposal = proposal_save(
                    proposal=form.instance, values=form_values(form), user=request.user
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The proposal has been saved."))
                return redirect(proposal)
        return self.render_to_response(self.get_context_data(form=form))


class ProposalCreateView(PermissionMixin, ProposalFormView):
    """A city's staff and mayors, for their own city."""

    permission_required = "partnerships.add_proposal"

    def get_proposal(self):
        return Proposal()


class ProposalUpdateView(ProposalObjectMixin, ProposalFormView):
    """The proposing city's staff and mayor, and admins; other cities get 403."""

    permission_required = "partnerships.change_proposal"

    def get_proposal(self):
        return self.get_permission_object()


# Each sends email to other cities' people.
INTERESTS_PER_PERSON = Limit("interest", count=10, seconds=60 * 60)
COMMENTS_PER_PERSON = Limit("comment", count=30, seconds=60 * 60)


class ProposalActionView(ProposalObjectMixin, View):
    """Base for the POST-only actions on a proposal."""

    http_method_names = ["post"]

    def post(self, request, pk):
        proposal = self.get_permission_object()
        try:
            message = self.act(request, proposal)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if message:
                messages.success(request, message)
        return redirect(proposal)


class ProposalTransitionView(ProposalActionView):
    """The proposing city's staff and mayor (and admins) move the status."""

    permission_required = "partnerships.change_proposal"

    def act(self, request, proposal):
        form = TransitionForm(request.POST, proposal=proposal)
        if not form.is_valid():
            raise ValidationError(_("The change was not understood."))
        proposal_transition(
            proposal=proposal,
            user=request.user,
            to_status=form.cleaned_data["to_status"],
            note=form.cleaned_data["note"],
            partner_cities=form.cleaned_data["partner_cities"],
        )
        return _("The proposal is now {status}.").format(
            status=ProposalStatus(form.cleaned_data["to_status"]).label
        )


class ProposalConfirmView(ProposalActionView):
    """Each side's staff or mayor confirms the agreement for their own city."""

    permission_required = "partnerships.confirm_agreement"

    def act(self, request, proposal):
        form = ConfirmForm(request.POST, cities=cities_user_answers_for(request.user))
        if not form.is_valid():
            raise ValidationError(_("You cannot confirm for that city."))
        proposal = proposal_confirm(
            proposal=proposal, user=request.user, city=form.cleaned_data["city"]
        )
        if proposal.status == ProposalStatus.AGREED:
            return _("Every city has confirmed: the partnership is agreed.")
        return _("Your city’s confirmation is recorded. The other side still has to confirm.")


class InterestView(ProposalActionView):
    """Another city's staff or mayor, for their own city."""

    permission_required = "partnerships.express_interest"

    def act(self, request, proposal):
        form = InterestForm(request.POST, cities=cities_user_answers_for(request.user))
        if not form.is_valid():
            raise ValidationError(_("You cannot express interest for that city."))
        if INTERESTS_PER_PERSON.reached(request.user.pk):
            raise ValidationError(INTERESTS_PER_PERSON.message())
        interest = interest_express(
            proposal=proposal,
            city=form.cleaned_data["city"],
            user=request.user,
            message=form.cleaned_data["message"],
        )
        if not interest.told:
            # Never "sent" when nobody was reached: say so, and what happens next.
            messages.warning(
                request,
                _(
                    "Your city’s interest is saved on the proposal, but nobody at {city} has an "
                    "account on the platform yet, so no one there was told. The secretariat has "
                    "been asked to reach {city}."
                ).format(city=proposal.city.name),
            )
            return None
        return ngettext(
            "Your city’s interest has been sent to {city}: {count} person there is told by email.",
            "Your city’s interest has been sent to {city}: {count} people there are told by email.",
            interest.told,
        ).format(city=proposal.city.name, count=interest.told)


class CommentView(ProposalActionView):
    """The cities involved and the supporting partners' staff."""

    permission_required = "partnerships.discuss_proposal"

    def act(self, request, proposal):
        form = CommentForm(request.POST)
        if not form.is_valid():
            raise ValidationError(_("Write a comment first."))
        if COMMENTS_PER_PERSON.reached(request.user.pk):
            raise ValidationError(COMMENTS_PER_PERSON.message())
        comment_add(proposal=proposal, user=request.user, body=form.cleaned_data["body"])
        return _("Your comment has been added.")


class SupportWelcomeView(ProposalActionView):
    """The proposing city's staff and mayor, and admins, welcome a supporting organisation
    into the discussion."""

    permission_required = "partnerships.change_proposal"

    def act(self, request, proposal):
        form = SupportWelcomeForm(request.POST)
        if (
            not form.is_valid()
            or not proposal.supports.filter(pk=form.cleaned_data["support"]).exists()
        ):
            raise ValidationError(_("That support was not found."))
        support = support_welcome(proposal=proposal, support_id=form.cleaned_data["support"])
        return _("{organisation} now takes part in the discussion.").format(
            organisation=support.organisation.name
        )


class SupportView(ProposalActionView):
    """Partner staff, for their own organisation."""

    permission_required = "partnerships.support_proposal"

    def act(self, request, proposal):
        form = SupportForm(request.POST)
        if not form.is_valid():
            raise ValidationError(_("Choose a kind of support."))
        organisation = (
            request.user.partner_memberships.select_related("organisation").first().organisation
        )
        support_mark(
            proposal=proposal,
            organisation=organisation,
            user=request.user,
            kind=form.cleaned_data["kind"],
        )
        return _("{organisation}’s support is shown on the proposal.").format(
            organisation=organisation.name
        )
