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
