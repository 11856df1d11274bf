from django.core.exceptions import BadRequest
from django.utils import timezone

from .models import reader_zone


class UserTimezoneMiddleware:
    """Show times in the signed-in person's zone: their own setting, else their city's (UTC
    for everyone else)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = reader_zone(request.user)
        if zone is not None:
            timezone.activate(zone)
        else:
            timezone.deactivate()
        return self.get_response(request)


class RefuseNulMiddleware:
    """A NUL character in the address or the query is a bad request: no form field or URL
    takes one, and PostgreSQL refuses it in a query (form fields refuse it in POST data)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)
