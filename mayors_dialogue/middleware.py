import ipaddress

from django.conf import settings
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


FORWARDED_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_FORWARDED",
    "HTTP_X_REAL_IP",
)


def _address(value: str):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


class TrustedProxyMiddleware:
    """Forwarded headers count only from a proxy named in TRUSTED_PROXIES (addresses or
    networks). From one, the client is the right-most address of X-Forwarded-For that is not
    itself a trusted proxy (what the client wrote in front cannot change it), and it becomes
    REMOTE_ADDR, which the limits and allauth count by; X-Forwarded-Proto then says whether the
    request came over HTTPS. From anyone else every forwarded header is dropped, so a client
    picks neither its address nor its scheme. First in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.networks = [
            ipaddress.ip_network(proxy, strict=False) for proxy in settings.TRUSTED_PROXIES
        ]

    def trusted(self, address) -> bool:
        return address is not None and any(address in network for network in self.networks)

    def __call__(self, request):
        meta = request.META
        if not self.trusted(_address(meta.get("REMOTE_ADDR", ""))):
            for header in FORWARDED_HEADERS:
                meta.pop(header, None)
            return self.get_response(request)
        chain = [_address(part) for part in meta.pop("HTTP_X_FORWARDED_FOR", "").split(",")]
        for address in reversed(chain):
            if address is None:
                break  # an entry the proxy did not write: stop at the proxy itself
            if not self.trusted(address):
                meta["REMOTE_ADDR"] = str(address)
                break
        return self.get_response(request)
