"""Safety: path parameters are encoded and path-changing values refused; redirects are off by
default and, when enabled, drop credentials on a change of origin; TLS verification stays on; the
User-Agent names the client and its version."""

from __future__ import annotations

import ssl
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply

THING = {"id": "1", "name": "a"}


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_values_that_would_change_the_path_are_refused(
    feat: ModuleType, server: LocalServer, value: str
) -> None:
    from featuretest_client.api import things

    with feat.Client(token="t", base_url=server.url + "/v1") as client, pytest.raises(ValueError, match="path parameter 'id'"):
        things.get_thing(client, id=value)
    assert server.requests == []


def test_path_values_are_percent_encoded(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=THING), Reply(status=200, body=THING))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        things.get_thing(client, id="../admin?x=1#f")
        things.get_thing(client, id="a/b c%")
    assert [r.path for r in server.requests] == [
        "/v1/things/..%2Fadmin%3Fx%3D1%23f",
        "/v1/things/a%2Fb%20c%25",
    ]
    assert server.requests[0].query == []


def test_redirects_are_not_followed_by_default(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=302, headers={"Location": server.url + "/elsewhere"}))
    with feat.Client(token="t", base_url=server.url + "/v1") as client, pytest.raises(feat.APIStatusError) as info:
        things.get_thing(client, id="1")
    assert info.value.status_code == 302
    assert len(server.requests) == 1


def test_same_origin_redirect_keeps_credentials(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=307, headers={"Location": "/v1/things/2"}), Reply(status=200, body=THING))
    with feat.Client(token="t", base_url=server.url + "/v1", follow_redirects=True) as client:
        things.get_thing(client, id="1")
    assert server.requests[1].path == "/v1/things/2"
    assert server.requests[1].headers["authorization"] == "Bearer t"


def test_cross_origin_redirect_drops_every_credential(feat: ModuleType) -> None:
    from featuretest_client.api import auth

    with LocalServer() as origin, LocalServer() as other:
        assert origin.url != other.url  # different ports: different origins
        other.respond_with(lambda _r: Reply(status=204))
        origin.respond_with(lambda r: Reply(
            status=307, headers={"Location": other.url + r.path + "?" + "&".join(f"{k}={v}" for k, v in r.query)}))
        with feat.Client(token="tok", header_key="hk", query_key="qk", cookie_key="ck",
                         base_url=origin.url + "/v1", follow_redirects=True,
                         headers={"X-Custom": "kept"}) as client:
            auth.header_key_op(client)
            auth.query_key_op(client, q="keep-me")
            auth.cookie_key_op(client)
        sent = [r.headers for r in origin.requests]
        assert sent[0]["x-api-key"] == "hk" and sent[2]["cookie"] == "session=ck"
        assert ("api_key", "qk") in origin.requests[1].query
        for request in other.requests:
            assert "authorization" not in request.headers
            assert "x-api-key" not in request.headers
            assert "cookie" not in request.headers
            assert all(k != "api_key" for k, _ in request.query)
            assert request.headers["x-custom"] == "kept"
        assert ("q", "keep-me") in other.requests[1].query
        assert len(other.requests) == 3


def test_cross_origin_redirect_drops_bearer_token(feat: ModuleType) -> None:
    from featuretest_client.api import things

    with LocalServer() as origin, LocalServer() as other:
        other.reply(Reply(status=200, body=THING))
        origin.reply(Reply(status=302, headers={"Location": other.url + "/v1/things/1"}))
        with feat.Client(token="tok", base_url=origin.url + "/v1", follow_redirects=True) as client:
            things.get_thing(client, id="1")
        assert origin.requests[0].headers["authorization"] == "Bearer tok"
        assert "authorization" not in other.requests[0].headers


def test_tls_verification_is_on(feat: ModuleType) -> None:
    with feat.Client(token="t") as client:
        pool = client._http._transport._pool
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
        assert pool._ssl_context.check_hostname is True


def test_user_agent_names_client_and_version(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(base_url=server.url) as client:
        auth.get_public(client)
    assert server.requests[0].headers["user-agent"].startswith(f"featuretest-client/{feat.__version__} ")
    assert feat.__version__ == "1.2.3"
