from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView, View

from cities.models import City, PartnerOrganisation
from cities.selectors import dialogue_time_zones
from mayors_dialogue.limits import Limit
from mayors_dialogue.models import User
from mayors_dialogue.permissions import ObjectPermissionMixin, PermissionMixin

from .enums import InvitationRole, InvitationState
from .forms import (
    AcceptInvitationForm,
    CityInvitationForm,
    ColleagueInvitationForm,
    FreshLinkForm,
    InvitationFields,
)
from .models import Invitation, OutreachRequest
from .selectors import invitation_dashboard, invitation_funnel, outreach_open
from .services import (
    InvitationUnavailable,
    city_invite,
    invitation_accept,
    invitation_create,
    invitation_for_token,
    invitation_request_fresh_link,
    invitation_resend,
    invitation_revoke,
    outreach_resolve,
)

# A public form that sends email: per client and per address asked for.
FRESH_LINKS_PER_CLIENT = Limit("fresh-link-client", count=10, seconds=60 * 60)
FRESH_LINKS_PER_ADDRESS = Limit("fresh-link-address", count=3, seconds=60 * 60)
# Staff and partners invite colleagues in the platform's name (admins are not limited).
COLLEAGUE_INVITATIONS_PER_PERSON = Limit("colleague-invitation", count=20, seconds=24 * 60 * 60)


def _form_errors_from(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


QUEUED_MESSAGE = gettext_lazy("The invitation to {email} is saved and its email is queued.")


class InvitationFormMixin:
    """Turn the invitation service's ValidationError into field errors; on success say the
    email is queued and go on to `success_target()`."""

    def invite(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            invitation = self.invite(form)
        except ValidationError as error:
            _form_errors_from(form, error)
            return self.form_invalid(form)
        messages.success(self.request, QUEUED_MESSAGE.format(email=invitation.email))
        return redirect(self.success_target())


class InviteCityView(PermissionMixin, InvitationFormMixin, FormView):
    """Admins only: a new city, created as "invited", and its contact person."""

    permission_required = "cities.invite_city"
    template_name = "invitations/invite_city.html"
    form_class = CityInvitationForm

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["timezone"].widget.preferred = dialogue_time_zones()
        return form

    def invite(self, form):
        data = form.cleaned_data
        return city_invite(
            invited_by=self.request.user,
            city_name=data["city_name"],
            country=data["country"],
            continent=data["continent"],
            timezone_name=data["timezone"],
            name=data["name"],
            email=data["email"],
            language=data["language"],
            message=data["message"],
        )

    def success_target(self):
        return "invitations:dashboard"


class InviteColleagueView(ObjectPermissionMixin, InvitationFormMixin, FormView):
    """Base for inviting a colleague to `get_permission_object()`."""

    template_name = "invitations/invite_colleague.html"

    def invitation_target(self, form) -> dict:
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        return super().get_context_data(target=self.get_permission_object(), **kwargs)

    def invite(self, form):
        data = form.cleaned_data
        user = self.request.user
        if not user.is_staff and COLLEAGUE_INVITATIONS_PER_PERSON.reached(user.pk):
            raise ValidationError(COLLEAGUE_INVITATIONS_PER_PERSON.message())
        return invitation_create(
            invited_by=self.request.user,
            email=data["email"],
            name=data["name"],
            language=data["language"],
            message=data["message"],
            **self.invitation_target(form),
        )

    def success_target(self):
        return self.get_permission_object()


class InviteCityColleagueView(InviteColleagueView):
    """The city's staff and admins; anyone else who may see the city gets 403."""

    view_permission = "cities.view_city"
    permission_required = "cities.invite_city_colleague"
    form_class = ColleagueInvitationForm

    def load_object(self):
        return get_object_or_404(City, slug=self.kwargs["slug"])

    def invitation_target(self, form):
        return {"city": self.get_permission_object(), "role": form.cleaned_data["role"]}


class InvitePartnerColleagueView(InviteColleagueView):
    """The organisation's staff and admins; anyone else gets 403."""

    permission_required = "cities.invite_partner_colleague"
    form_class = InvitationFields

    def load_object(self):
        return get_object_or_404(PartnerOrganisation, slug=self.kwargs["slug"])

    def invitation_target(self, form):
        return {"organisation": self.get_permission_object(), "role": InvitationRole.PARTNER_STAFF}


class InvitationDashboardView(PermissionMixin, ListView):
    """Admins only: every invitation with its state, filters, resend and revoke."""

    permission_required = "cities.manage_invitations"
    template_name = "invitations/invitation_dashboard.html"
    paginate_by = 50

    def get_queryset(self):
        return invitation_dashboard(
            state=self.request.GET.get("state", ""), kind=self.request.GET.get("kind", "")
        )

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            funnel=invitation_funnel(),
            outreach=outreach_open(),
            states=InvitationState.choices,
            current_state=self.request.GET.get("state", ""),
            current_kind=self.request.GET.get("kind", ""),
            query_string=query.urlencode(),
            **kwargs,
        )


class InvitationActionView(PermissionMixin, View):
    """Admins only: POST to resend (a new link; the old one stops working) or revoke."""

    permission_required = "cities.manage_invitations"
    http_method_names = ["post"]

    def post(self, request, pk, action):
        invitation = get_object_or_404(Invitation, pk=pk)
        try:
            if action == "resend":
                invitation_resend(invitation=invitation)
                messages.success(request, QUEUED_MESSAGE.format(email=invitation.email))
            else:
                invitation_revoke(invitation=invitation)
                messages.success(
                    request,
                    _("The invitation to {email} has been revoked.").format(email=invitation.email),
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(reverse("invitations:dashboard") + "?" + request.GET.urlencode())


class OutreachDoneView(PermissionMixin, View):
    """Admins only: POST to mark a request to reach a city or organisation done."""

    permission_required = "cities.manage_invitations"
    http_method_names = ["post"]

    def post(self, request, pk):
        outreach = get_object_or_404(OutreachRequest, pk=pk)
        outreach_resolve(request=outreach)
        messages.success(
            request, _("{target} is off the list.").format(target=outreach.target.name)
        )
        return redirect("invitations:dashboard")


class AcceptInvitationView(FormView):
    """Public: whoever holds the link. GET only shows the form (mail scanners open links);
    accepting happens on POST. Shown in the invitation's language."""

    template_name = "invitations/invitation_accept.html"
    form_class = AcceptInvitationForm

    def dispatch(self, request, *args, **kwargs):
        try:
            self.invitation = invitation_for_token(kwargs["token"])
        except InvitationUnavailable as unavailable:
            return self.unavailable(unavailable)
        language = self.invitation.language
        with translation.override(language):
            request.LANGUAGE_CODE = language
            self.existing_account = self.invitation_has_account()
            if self.signed_in_as_someone_else():
                # Accepting would switch accounts without a word: say so, accept nothing.
                response = self.render_to_response(self.get_context_data(form=None))
            else:
                response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()  # while the invitation's language is active
        response["Content-Language"] = language
        return response

    def signed_in_as_someone_else(self) -> bool:
        user = self.request.user
        return user.is_authenticated and user.email.lower() != self.invitation.email.lower()

    def invitation_has_account(self) -> bool:
        return User.objects.filter(email__iexact=self.invitation.email).exists()

    def unavailable(self, unavailable: InvitationUnavailable):
        """A clear page, in the invitation's language where we know it, offering a fresh link."""
        known = unavailable.invitation is not None
        language = unavailable.invitation.language if known else translation.get_language()
        context = {
            "reason": unavailable.reason,
            "form": FreshLinkForm(initial={"token": self.kwargs["token"]}),
        }
        status = 404 if unavailable.reason == "unknown" else 410
        with translation.override(language):
            self.request.LANGUAGE_CODE = language
            response = render(
                self.request, "invitations/invitation_unavailable.html", context, status=status
            )
        response["Content-Language"] = language
        return response

    def get_form(self, form_class=None):
        if self.existing_account:
            return None
        return AcceptInvitationForm(email=self.invitation.email, **self.get_form_kwargs())

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form is not None and not form.is_valid():
            return self.form_invalid(form)
        try:
            user, created = invitation_accept(
                token=kwargs["token"],
                display_name=form.cleaned_data["display_name"] if form else "",
                password=form.cleaned_data["password1"] if form else None,
            )
        except InvitationUnavailable as unavailable:
            return self.unavailable(unavailable)
        target = self.invitation.target
        edit_url = reverse(
            "cities:edit" if isinstance(target, City) else "partners:edit",
            kwargs={"slug": target.slug},
        )
        if not created:
            messages.success(request, _("Welcome back. Sign in to continue."))
            return redirect(reverse("account_login") + "?next=" + edit_url)
        login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
        messages.success(
            request,
            _("Welcome to the Mayors Dialogue. Please complete your profile."),
        )
        return redirect(edit_url)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            invitation=self.invitation,
            existing_account=self.existing_account,
            signed_in_as=self.request.user.email if self.signed_in_as_someone_else() else "",
            **kwargs,
        )


class FreshLinkView(FormView):
    """Public: ask for a fresh link. The answer is the same whatever the address."""

    form_class = FreshLinkForm
    template_name = "invitations/invitation_unavailable.html"
    http_method_names = ["post"]

    def form_valid(self, form):
        client = get_adapter(self.request).get_client_ip(self.request)
        for limit, key in [
            (FRESH_LINKS_PER_CLIENT, client),
            (FRESH_LINKS_PER_ADDRESS, form.cleaned_data["email"]),
        ]:
            if limit.reached(key):
                form.add_error(None, limit.message())
                return self.form_invalid(form)
        invitation_request_fresh_link(
            token=form.cleaned_data["token"], email=form.cleaned_data["email"]
        )
        messages.success(
            self.request,
            _(
                "Thank you. If this address has a pending invitation, a fresh link is on its "
                "way; otherwise the dialogue’s secretariat has been told and will get back to you."
            ),
        )
        return redirect("home")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form, reason="request"))
