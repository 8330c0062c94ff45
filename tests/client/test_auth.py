"""Auth from securitySchemes against a real local server: every scheme, per-operation security,
operations without security, optional security, env-var fallback, and the missing-token error."""

from __future__ import annotations

import base64
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply


def test_bearer_token_is_sent(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body={"id": "1", "name": "a"}))
    with feat.Client(token="tok-123", base_url=server.url + "/v1") as client:
        things.get_thing(client, id="1")
    assert server.requests[0].headers["authorization"] == "Bearer tok-123"


def test_token_from_configured_env_var(
    feat: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from featuretest_client.api import things

    monkeypatch.setenv("FEAT_TOKEN", "from-env")
    server.reply(Reply(status=200, body={"id": "1", "name": "a"}))
    with feat.Client(base_url=server.url + "/v1") as client:
        things.get_thing(client, id="1")
    assert server.requests[0].headers["authorization"] == "Bearer from-env"


def test_explicit_token_beats_env_var(
    feat: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from featuretest_client.api import things

    monkeypatch.setenv("FEAT_TOKEN", "from-env")
    server.reply(Reply(status=200, body={"id": "1", "name": "a"}))
    with feat.Client(token="explicit", base_url=server.url + "/v1") as client:
        things.get_thing(client, id="1")
    assert server.requests[0].headers["authorization"] == "Bearer explicit"


def test_missing_token_fails_before_any_request(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    with feat.Client(base_url=server.url + "/v1") as client, pytest.raises(feat.MissingCredentialsError) as info:
        things.get_thing(client, id="1")
    assert server.requests == []
    message = str(info.value)
    assert "get_thing" in message and "FEAT_TOKEN" in message


def test_reflexdb_token_from_env(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from reflexdb_client import Client
    from reflexdb_client.api import databases

    monkeypatch.setenv("REFLEXDB_TOKEN", "rmk_env.token")
    server.reply(Reply(status=200, body=[]))
    with Client(base_url=server.url) as client:
        assert databases.list_databases(client) == []
    assert server.requests[0].headers["authorization"] == "Bearer rmk_env.token"


def test_reflexdb_missing_token_names_the_env_var(server: LocalServer) -> None:
    from reflexdb_client import Client, MissingCredentialsError
    from reflexdb_client.api import databases

    with Client(base_url=server.url) as client, pytest.raises(MissingCredentialsError) as info:
        databases.list_databases(client)
    assert "REFLEXDB_TOKEN" in str(info.value)
    assert server.requests == []


def test_operation_without_security_sends_no_credentials(
    feat: ModuleType, server: LocalServer
) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(token="tok", header_key="hk", base_url=server.url + "/v1") as client:
        assert auth.get_public(client) is None
    headers = server.requests[0].headers
    assert "authorization" not in headers and "x-api-key" not in headers


def test_optional_security_sends_token_when_present_and_works_without(
    feat: ModuleType, server: LocalServer
) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204), Reply(status=204))
    with feat.Client(token="tok", base_url=server.url + "/v1") as client:
        auth.get_optional(client)
    with feat.Client(base_url=server.url + "/v1") as client:
        auth.get_optional(client)  # no MissingCredentialsError
    assert server.requests[0].headers["authorization"] == "Bearer tok"
    assert "authorization" not in server.requests[1].headers


def test_basic_auth(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(basic_auth=("ann", "p:w"), base_url=server.url + "/v1") as client:
        auth.basic_op(client)
    expected = "Basic " + base64.b64encode(b"ann:p:w").decode()
    assert server.requests[0].headers["authorization"] == expected


def test_basic_auth_from_env(
    feat: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from featuretest_client.api import auth

    monkeypatch.setenv("FEATURETEST_CLIENT_BASIC", "bob:secret")
    server.reply(Reply(status=204))
    with feat.Client(base_url=server.url + "/v1") as client:
        auth.basic_op(client)
    expected = "Basic " + base64.b64encode(b"bob:secret").decode()
    assert server.requests[0].headers["authorization"] == expected


def test_api_key_in_header(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(header_key="hk-1", token="unused", base_url=server.url + "/v1") as client:
        auth.header_key_op(client)
    request = server.requests[0]
    assert request.headers["x-api-key"] == "hk-1"
    assert "authorization" not in request.headers  # only the operation's own scheme is sent


def test_api_key_in_query(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(query_key="qk-1", base_url=server.url + "/v1") as client:
        auth.query_key_op(client, q="x")
    assert sorted(server.requests[0].query) == [("api_key", "qk-1"), ("q", "x")]


def test_api_key_in_cookie(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204))
    with feat.Client(cookie_key="ck-1", base_url=server.url + "/v1") as client:
        auth.cookie_key_op(client)
    assert server.requests[0].headers["cookie"] == "session=ck-1"


def test_api_key_from_env(
    feat: ModuleType, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from featuretest_client.api import auth

    monkeypatch.setenv("FEATURETEST_CLIENT_HEADER_KEY", "env-hk")
    server.reply(Reply(status=204))
    with feat.Client(base_url=server.url + "/v1") as client:
        auth.header_key_op(client)
    assert server.requests[0].headers["x-api-key"] == "env-hk"


def test_alternatives_and_combined_requirements(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import auth

    server.reply(Reply(status=204), Reply(status=204))
    # First alternative needs both header and cookie keys; with only one, the second (basic) is used.
    with feat.Client(header_key="hk", basic_auth=("u", "p"), base_url=server.url + "/v1") as client:
        auth.either_op(client)
    with feat.Client(header_key="hk", cookie_key="ck", base_url=server.url + "/v1") as client:
        auth.either_op(client)
    first, second = server.requests
    assert first.headers["authorization"].startswith("Basic ") and "cookie" not in first.headers
    assert second.headers["x-api-key"] == "hk" and second.headers["cookie"] == "session=ck"
    with feat.Client(header_key="hk", base_url=server.url + "/v1") as client, pytest.raises(feat.MissingCredentialsError) as info:
        auth.either_op(client)
    message = str(info.value)
    assert "FEATURETEST_CLIENT_COOKIE_KEY" in message and "FEATURETEST_CLIENT_BASIC" in message
    assert len(server.requests) == 2
