"""A client cannot choose its own address or scheme with forwarded headers: they count only
when they come from a proxy named in DJANGO_TRUSTED_PROXIES (by default the loopback, where a
proxy on the same host connects from); from anyone else they are dropped."""

import pytest

TOO_MANY = "Too many attempts in a short time. Please try again in 60 minutes."
DOCKER_GATEWAY = "172.18.0.1"  # a client reaching a published port, no proxy in front


def ask_fresh_link(client, number, **headers):
    return client.post(
        "/en/invitations/fresh-link/",
        {"token": f"token-{number}", "email": f"person{number}@example.org"},
        **headers,
    )


@pytest.mark.django_db
def test_forged_forwarded_for_headers_do_not_escape_the_limit_per_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # what docker-compose set before

    answers = [
        ask_fresh_link(
            client,
            number,
            REMOTE_ADDR=DOCKER_GATEWAY,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
        for number in range(15)
    ]

    assert [answer.status_code for answer in answers] == [302] * 10 + [200] * 5
    assert TOO_MANY in answers[10].content.decode()


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_client_is_counted_by_its_own_address(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    answers = [
        ask_fresh_link(
            client,
            number,
            REMOTE_ADDR="10.0.0.2",
            # the client's own claim first, then what the proxy saw: the proxy's word counts
            HTTP_X_FORWARDED_FOR=f"198.51.100.1, 203.0.113.{number}",
        )
        for number in range(12)
    ]
    same_client = [
        ask_fresh_link(
            client,
            100 + number,
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}, 203.0.113.200",
        )
        for number in range(11)
    ]

    assert [answer.status_code for answer in answers] == [302] * 12
    assert [answer.status_code for answer in same_client] == [302] * 10 + [200]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("remote", "secure"), [(DOCKER_GATEWAY, False), ("127.0.0.1", True), ("::1", True)]
)
def test_https_is_taken_from_the_proxy_only(client, settings, remote, secure):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/en/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_PROTO="https")

    assert response.status_code == (200 if secure else 301)


@pytest.mark.django_db
def test_forwarded_headers_from_anyone_else_are_dropped(rf, settings):
    from mayors_dialogue.middleware import TrustedProxyMiddleware

    seen = {}

    def view(request):
        seen.update(request.META)
        return

    request = rf.get(
        "/",
        REMOTE_ADDR="192.0.2.9",
        HTTP_X_FORWARDED_FOR="203.0.113.1",
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_X_FORWARDED_HOST="evil.example.org",
        HTTP_FORWARDED="for=203.0.113.1;proto=https",
        HTTP_X_REAL_IP="203.0.113.1",
    )
    TrustedProxyMiddleware(view)(request)

    assert seen["REMOTE_ADDR"] == "192.0.2.9"
    assert not {key for key in seen if "FORWARDED" in key or key == "HTTP_X_REAL_IP"}
