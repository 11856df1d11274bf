import http.client
import urllib.request

import pytest

from tests.factories import CityFactory
from tests.integration.conftest import wait_until
from tests.smtp import free_port

pytestmark = pytest.mark.integration


def fetch(url: str, **headers) -> tuple[int, str]:
    status, body, _headers = fetch_with_headers(url, **headers)
    return status, body


def fetch_with_headers(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 -- loopback only
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 -- loopback only
            return response.status, response.read().decode(), response.headers
    except OSError:
        return 0, "", {}


def test_gunicorn_serves_the_platform_with_production_settings(start_process, collected_static):
    CityFactory(slug="freetown", name_en="Freetown", name_de="Freetown")
    static_root = collected_static
    port = free_port()
    start_process("web", BIND=f"127.0.0.1:{port}", DJANGO_STATIC_ROOT=str(static_root))
    base = f"http://127.0.0.1:{port}"

    assert wait_until(lambda: fetch(f"{base}/healthz")[0] == 200, timeout=30)
    status, html = fetch(f"{base}/de/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert '<a class="city-name" href="/de/cities/freetown/">Freetown</a>' in html
    stylesheet = html.split('<link rel="stylesheet" href="')[1].split('"')[0]
    assert stylesheet.startswith("/static/css/site.")
    assert stylesheet != "/static/css/site.css", "the hashed name from the manifest"
    assert fetch(f"{base}{stylesheet}", **{"X-Forwarded-Proto": "https"})[0] == 200

    status, _body, headers = fetch_with_headers(
        f"{base}/en/accounts/login/", **{"X-Forwarded-Proto": "https"}
    )
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    cookie = headers["Set-Cookie"]
    assert cookie.startswith("csrftoken=")
    assert "Secure" in cookie
    assert "HttpOnly" in cookie
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", "/en/")
    redirect = connection.getresponse()
    assert redirect.status == 301
    assert redirect.getheader("Location") == f"https://127.0.0.1:{port}/en/"
    connection.close()


def test_beat_starts_with_the_schedule_from_settings(start_process, tmp_path):
    beat = start_process("beat", CELERY_BEAT_SCHEDULE_FILE=str(tmp_path / "schedule"))

    beat.wait_for_output("beat: Starting...", timeout=30)
    assert beat.popen.poll() is None
