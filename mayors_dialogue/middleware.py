from django.utils import timezone


class UserTimezoneMiddleware:
    """Show times in the signed-in person's own time zone (UTC otherwise)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = getattr(request.user, "zoneinfo", None)
        if zone is not None:
            timezone.activate(zone)
        else:
            timezone.deactivate()
        return self.get_response(request)
