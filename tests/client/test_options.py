"""with_options, extra_body, default query parameters and the public ``client.request(...)``
for endpoints the API description does not describe, against a real local server."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import pytest

from tests.server import LocalServer, Reply

ORDER = {"id": "o1", "item": "tea"}


def _client(orders: ModuleType, server: LocalServer, **kwargs: Any) -> Any:
    return orders.Client(token="tok", base_url=server.url + "/v1", **kwargs)


def test_with_options_changes_a_copy_only(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, ORDER))
    with _client(orders, server, headers={"X-Team": "a"}) as client:
        copy = client.with_options(headers={"X-Trace": "1"}, max_retries=0, timeout=3.0)
        api.get_order(copy, id="o1")
        api.get_order(client, id="o1")
        assert (copy.max_retries, copy.timeout) == (0, 3.0)
        assert (client.max_retries, client.timeout) == (2, 60.0)
        assert copy._http is client._http  # one connection pool
        copy.close()  # does not close the shared pool
        api.get_order(client, id="o1")
    first, second, _ = server.requests
    assert (first.headers["x-team"], first.headers["x-trace"]) == ("a", "1")
    assert second.headers["x-team"] == "a" and "x-trace" not in second.headers


def test_with_options_retry_settings_apply_to_the_copy(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(503), Reply(200, ORDER))
    with _client(orders, server) as client, pytest.raises(orders.InternalServerError):
        api.get_order(client.with_options(max_retries=0), id="o1")
    assert len(server.requests) == 1


def test_default_query_parameters_are_sent_with_every_request(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, [ORDER]))
    with _client(orders, server, default_query={"tenant": "t1"}) as client:
        api.list_orders(client, limit=5)
        api.list_orders(client.with_options(default_query={"region": "eu"}))
    assert server.requests[0].query == [("tenant", "t1"), ("limit", "5")]
    assert server.requests[1].query == [("tenant", "t1"), ("region", "eu")]


def test_extra_body_adds_properties_to_the_json_body(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder

    server.respond_with(lambda r: Reply(201, ORDER))
    with _client(orders, server) as client:
        api.create_order(client, body=NewOrder(item="tea"), extra_body={"beta_flag": True, "item": "coffee"})
    assert server.requests[0].json() == {"item": "coffee", "beta_flag": True}


def test_extra_body_on_a_request_without_body_becomes_the_body(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, ORDER))
    with _client(orders, server) as client:
        api.get_order(client, id="o1", extra_body={"x": 1})
    assert server.requests[0].json() == {"x": 1}


def test_request_decodes_an_undocumented_endpoint_to_a_model(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.models import Order

    server.respond_with(lambda r: Reply(200, {"id": r.path.rsplit("/", 1)[1], "item": "tea"}))
    with _client(orders, server) as client:
        order = client.request("GET", "/orders/{id}/archived", path_params={"id": "a/b"}, cast_to=Order,
                               params={"expand": ["items", "notes"]})
    assert isinstance(order, Order) and order.item == "tea"
    req = server.requests[0]
    assert req.path == "/v1/orders/a%2Fb/archived"
    assert req.query == [("expand", "items"), ("expand", "notes")]
    assert req.headers["authorization"] == "Bearer tok"  # the API-wide security


def test_request_without_cast_to_returns_the_raw_response(orders: ModuleType, server: LocalServer) -> None:
    server.respond_with(lambda r: Reply(200, {"ok": True}, headers={"X-Request-Id": "req-9"}))
    with _client(orders, server) as client:
        raw = client.request("POST", "/orders/bulk", json=[1, 2], headers={"X-Mode": "fast"})
    assert isinstance(raw, orders.APIResponse)
    assert raw.parsed == {"ok": True} and raw.status_code == 200 and raw.request_id == "req-9"
    assert server.requests[0].json() == [1, 2] and server.requests[0].headers["x-mode"] == "fast"


def test_request_with_a_decoding_function(orders: ModuleType, server: LocalServer) -> None:
    server.respond_with(lambda r: Reply(200, {"count": 3}))
    with _client(orders, server) as client:
        count: int = client.request("GET", "/stats", cast_to=lambda data: int(data["count"]))
    assert count == 3


def test_request_errors_are_typed_and_retried(orders: ModuleType, server: LocalServer) -> None:
    server.reply(Reply(503), Reply(404, {"message": "no such thing"}, headers={"X-Request-Id": "req-404"}))
    with _client(orders, server) as client:
        client._sleep_seconds = lambda s: None
        with pytest.raises(orders.NotFoundError) as info:
            client.request("GET", "/nowhere")
    assert info.value.request_id == "req-404" and "no such thing" in str(info.value)
    assert len(server.requests) == 2


def test_request_path_must_be_relative_to_the_base_url(orders: ModuleType) -> None:
    with orders.Client(token="t") as client, pytest.raises(ValueError, match="must start with '/'"):
        client.request("GET", "https://elsewhere.example/steal")


def test_async_request(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.models import Order

    server.respond_with(lambda r: Reply(200, ORDER))

    async def main() -> Any:
        async with orders.AsyncClient(token="tok", base_url=server.url + "/v1") as client:
            return await client.request("GET", "/orders/o1", cast_to=Order)

    assert asyncio.run(main()).id == "o1"


def test_sync_endpoint_with_an_async_client_still_says_which_form_to_use(orders: ModuleType) -> None:
    from orders_client.api import orders as api

    client = orders.AsyncClient(token="t")
    with pytest.raises(TypeError, match=r"get_order\(\) is synchronous.*get_order_async\(\)"):
        api.get_order(client, id="o1")
