"""A small HTTP client for the gunicorn the tests start: it speaks to loopback as if through
the TLS proxy (X-Forwarded-Proto), keeps cookies (which are Secure, so a cookie jar would
not send them over plain HTTP) and fills in the CSRF token."""

import http.client
import re
import urllib.parse
from dataclasses import dataclass
from html.parser import HTMLParser

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Response:
    status: int
    text: str
    headers: http.client.HTTPMessage

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class WebClient:
    def __init__(self, port: int, process=None):
        self.port = port
        self.process = process
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None, **headers) -> Response:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            **(
                {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
                if self.cookies
                else {}
            ),
            **headers,
        }
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            text = raw.read().decode("utf-8", "replace")
        except OSError:
            return Response(0, "", http.client.HTTPMessage())
        finally:
            connection.close()
        for cookie in raw.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return Response(raw.status, text, raw.headers)

    def get(self, path: str, **headers) -> Response:
        return self.request("GET", path, **headers)

    def post_form(self, path: str, data: dict, **headers) -> Response:
        """GET the page for its CSRF token, then POST `data` as the form, as a browser would."""
        token = CSRF_INPUT.search(self.get(path).text)
        return self.request_form(
            path, {**data, "csrfmiddlewaretoken": token.group(1) if token else ""}, **headers
        )

    def request_form(self, path: str, fields: dict, **headers) -> Response:
        """POST fields (with their CSRF token) as an HTML form from the same page."""
        return self.request(
            "POST",
            path,
            body=urllib.parse.urlencode(fields).encode(),
            **{
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"https://127.0.0.1:{self.port}{path}",
                **headers,
            },
        )


class _FormParser(HTMLParser):
    """The fields of each <form> on a page, with the values a browser would submit."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict[str, str]] = []
        self._form = None
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "button", "file"):
                return
            self._form[attrs["name"]] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = attrs["name"]
            self._form[self._textarea] = ""
        elif tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self._form[self._select] = attrs.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self._form[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def main_form_fields(html: str) -> dict[str, str]:
    """The fields of the page's largest form, as a browser would submit them unchanged."""
    parser = _FormParser()
    parser.feed(html)
    return max(parser.forms, key=len)
