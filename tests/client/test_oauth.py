"""OAuth2 against a real local token endpoint: client credentials fetched once and cached,
renewed before expiry and once after a 401, one fetch shared by concurrent callers (threads and
tasks), the refresh-token grant, typed token-endpoint errors, and the token-provider hook."""

from __future__ import annotations

import asyncio
import base64
import threading
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.server import LocalServer, Recorded, Reply

ORDER = {"id": "o1", "item": "tea"}


class TokenServer:
    """Answers the token endpoint with numbered tokens and the API with ORDER (or a 401 for a
    token listed in ``refused``)."""

    def __init__(self, server: LocalServer, *, expires_in: int | None = 3600, delay: float = 0.0,
                 refresh_token: str | None = None) -> None:
        self.server = server
        self.expires_in = expires_in
        self.delay = delay
        self.refresh_token = refresh_token
        self.issued = 0
        self.refused: set[str] = set()
        self.lock = threading.Lock()
        server.respond_with(self)

    def __call__(self, req: Recorded) -> Reply:
        if req.path in ("/oauth/token", "/oauth/refresh"):
            with self.lock:
                self.issued += 1
                token = f"tok-{self.issued}"
            body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            if self.refresh_token:
                body["refresh_token"] = self.refresh_token
            return Reply(200, body, delay=self.delay)
        if req.path == "/v1/health":
            return Reply(204)
        token = req.headers.get("authorization", "").removeprefix("Bearer ")
        if token in self.refused:
            return Reply(401, {"message": "token expired"})
        if req.path == "/v1/orders/o1":
            return Reply(200, ORDER)
        return Reply(404, {"message": "no such path"})

    def token_requests(self) -> list[Recorded]:
        return [r for r in self.server.requests if r.path.startswith("/oauth/")]

    def api_requests(self) -> list[Recorded]:
        return [r for r in self.server.requests if r.path.startswith("/v1/")]


def _client(orders: ModuleType, server: LocalServer, **kwargs: Any) -> Any:
    return orders.Client(client_id="app", client_secret="s3cret", base_url=server.url + "/v1", **kwargs)


def test_client_credentials_token_is_fetched_once_and_cached(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    with _client(orders, server) as client:
        for _ in range(3):
            assert api.get_order(client, id="o1").item == "tea"
    [fetch] = tokens.token_requests()
    assert fetch.method == "POST"
    form = dict(parse_qsl(fetch.body.decode()))
    assert form == {"grant_type": "client_credentials", "scope": "orders.read orders.write"}
    assert fetch.headers["authorization"] == "Basic " + base64.b64encode(b"app:s3cret").decode()
    assert [r.headers["authorization"] for r in tokens.api_requests()] == ["Bearer tok-1"] * 3


def test_operations_without_security_fetch_no_token(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import meta

    tokens = TokenServer(server)
    with _client(orders, server) as client:
        meta.health(client)
    assert tokens.token_requests() == []
    assert "authorization" not in server.requests[0].headers


def test_token_is_renewed_before_it_expires(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server, expires_in=600)
    with _client(orders, server) as client:
        source = client._credentials["oauth"].source
        clock = [1000.0]
        source._now = lambda: clock[0]
        api.get_order(client, id="o1")
        clock[0] += 539  # 600 s lifetime, renewed 60 s early: still fresh
        api.get_order(client, id="o1")
        clock[0] += 2  # inside the last minute
        api.get_order(client, id="o1")
    assert len(tokens.token_requests()) == 2
    assert [r.headers["authorization"] for r in tokens.api_requests()] == \
        ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_a_401_fetches_a_new_token_and_retries_once(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    with _client(orders, server) as client:
        api.get_order(client, id="o1")
        tokens.refused.add("tok-1")  # revoked on the server's side
        assert api.get_order(client, id="o1").id == "o1"
    assert [r.headers["authorization"] for r in tokens.api_requests()] == \
        ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_a_second_401_is_raised_not_retried_again(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    tokens.refused.update({"tok-1", "tok-2", "tok-3"})
    with _client(orders, server) as client, pytest.raises(orders.AuthenticationError) as info:
        api.get_order(client, id="o1")
    assert info.value.status_code == 401 and "token expired" in str(info.value)
    assert len(tokens.token_requests()) == 2 and len(tokens.api_requests()) == 2


def test_concurrent_threads_share_one_token_fetch(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server, delay=0.2)
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []
    with _client(orders, server) as client:

        def call() -> None:
            barrier.wait()
            try:
                api.get_order(client, id="o1")
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert len(tokens.token_requests()) == 1
    assert {r.headers["authorization"] for r in tokens.api_requests()} == {"Bearer tok-1"}


def test_concurrent_tasks_share_one_token_fetch(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server, delay=0.2)

    async def main() -> list[Any]:
        async with orders.AsyncClient(client_id="app", client_secret="s3cret",
                                      base_url=server.url + "/v1") as client:
            return await asyncio.gather(*(api.get_order_async(client, id="o1") for _ in range(8)))

    results = asyncio.run(main())
    assert [r.id for r in results] == ["o1"] * 8
    assert len(tokens.token_requests()) == 1


def test_async_client_renews_after_a_401(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    tokens.refused.add("tok-1")

    async def main() -> Any:
        async with orders.AsyncClient(client_id="app", client_secret="s3cret",
                                      base_url=server.url + "/v1") as client:
            return await api.get_order_async(client, id="o1")

    assert asyncio.run(main()).id == "o1"
    assert [r.headers["authorization"] for r in tokens.api_requests()] == ["Bearer tok-1", "Bearer tok-2"]


def test_credentials_come_from_the_environment(orders: ModuleType, server: LocalServer,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from orders_client.api import orders as api

    monkeypatch.setenv("ORDERS_CLIENT_CLIENT_ID", "env-app")
    monkeypatch.setenv("ORDERS_CLIENT_CLIENT_SECRET", "env-secret")
    tokens = TokenServer(server)
    with orders.Client(base_url=server.url + "/v1") as client:
        api.get_order(client, id="o1")
    [fetch] = tokens.token_requests()
    assert fetch.headers["authorization"] == "Basic " + base64.b64encode(b"env-app:env-secret").decode()


def test_refresh_token_grant_goes_to_the_refresh_url(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server, expires_in=600, refresh_token="rt-2")
    with orders.Client(refresh_token="rt-1", client_id="app", base_url=server.url + "/v1") as client:
        source = client._credentials["oauth"].source
        clock = [0.0]
        source._now = lambda: clock[0]
        api.get_order(client, id="o1")
        clock[0] += 599
        api.get_order(client, id="o1")
    first, second = tokens.token_requests()
    assert first.path == second.path == "/oauth/refresh"
    assert dict(parse_qsl(first.body.decode())) == {"grant_type": "refresh_token", "refresh_token": "rt-1",
                                                    "client_id": "app"}
    assert dict(parse_qsl(second.body.decode()))["refresh_token"] == "rt-2"  # the one the server rotated to


def test_token_endpoint_errors_are_typed(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(401, {"error": "invalid_client", "error_description": "unknown client"}))
    with _client(orders, server) as client, pytest.raises(orders.OAuthTokenError) as info:
        api.get_order(client, id="o1")
    err = info.value
    assert isinstance(err, orders.APIStatusError)
    assert (err.status_code, err.error, err.error_description) == (401, "invalid_client", "unknown client")
    assert "s3cret" not in str(err) and "/oauth/token" in str(err)
    assert [r.path for r in server.requests] == ["/oauth/token"]


def test_token_url_over_plain_http_is_refused(orders: ModuleType) -> None:
    with pytest.raises(ValueError, match="must use https"):
        orders.Client(client_id="app", client_secret="s", base_url="http://orders.example.com/v1")


def test_token_provider_hook_is_called_per_request_and_again_after_a_401(
        orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    tokens.refused.add("mine-1")
    issued: list[str] = []

    def provider() -> str:
        issued.append(f"mine-{len(issued) + 1}")
        return issued[-1]

    with orders.Client(token_provider=provider, base_url=server.url + "/v1") as client:
        api.get_order(client, id="o1")
    assert issued == ["mine-1", "mine-2"]
    assert tokens.token_requests() == []


def test_async_token_provider_may_be_a_coroutine_function(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    TokenServer(server)

    async def provider() -> str:
        await asyncio.sleep(0)
        return "async-tok"

    async def main() -> None:
        async with orders.AsyncClient(token_provider=provider, base_url=server.url + "/v1") as client:
            await api.get_order_async(client, id="o1")

    asyncio.run(main())
    assert server.requests[-1].headers["authorization"] == "Bearer async-tok"


def test_a_fixed_token_wins_over_client_credentials(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    with _client(orders, server, token="fixed") as client:
        api.get_order(client, id="o1")
    assert tokens.token_requests() == []
    assert server.requests[0].headers["authorization"] == "Bearer fixed"


def test_with_options_copies_share_the_token_cache(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    tokens = TokenServer(server)
    with _client(orders, server) as client:
        api.get_order(client, id="o1")
        api.get_order(client.with_options(timeout=5.0), id="o1")
    assert len(tokens.token_requests()) == 1


def test_client_secret_is_not_in_repr(orders: ModuleType) -> None:
    client = orders.Client(client_id="app", client_secret="s3cret-value")
    assert "s3cret-value" not in repr(client) + repr(vars(client)) + repr(client._credentials)

