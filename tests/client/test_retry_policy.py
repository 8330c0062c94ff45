"""Automatic idempotency keys (one key for every attempt of a call), ``retry-after-ms``,
``x-should-retry`` and per-client retryable statuses, against a real local server."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.server import LocalServer, Reply

ORDER = {"id": "o1", "item": "tea"}


def _client(orders: ModuleType, server: LocalServer, **kwargs: Any) -> tuple[Any, list[float]]:
    client = orders.Client(token="tok", base_url=server.url + "/v1", **kwargs)
    sleeps: list[float] = []
    client._sleep_seconds = sleeps.append
    client._random = lambda: 0.0
    return client, sleeps


def test_a_retried_post_carries_one_idempotency_key(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder

    server.reply(Reply(500), Reply(502), Reply(201, ORDER))
    client, sleeps = _client(orders, server)
    with client:
        assert api.create_order(client, body=NewOrder(item="tea")).id == "o1"
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    assert sleeps == [0.5, 1.0]


def test_each_call_gets_its_own_key(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder

    server.respond_with(lambda r: Reply(201, ORDER))
    client, _ = _client(orders, server)
    with client:
        api.create_order(client, body=NewOrder(item="a"))
        api.create_order(client, body=NewOrder(item="b"))
    first, second = (r.headers["idempotency-key"] for r in server.requests)
    assert first != second


def test_the_callers_key_is_kept(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder

    server.reply(Reply(500), Reply(201, ORDER))
    client, _ = _client(orders, server)
    with client:
        api.create_order(client, body=NewOrder(item="a"), idempotency_key="mine")
    assert [r.headers["idempotency-key"] for r in server.requests] == ["mine", "mine"]


def test_no_key_on_idempotent_requests_or_without_retries(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder

    server.respond_with(lambda r: Reply(201 if r.method == "POST" else 200, ORDER))
    client, _ = _client(orders, server)
    with client:
        api.get_order(client, id="o1")
        api.create_order(client, body=NewOrder(item="a"), max_retries=0)
    assert all("idempotency-key" not in r.headers for r in server.requests)


def test_an_api_without_an_idempotency_header_does_not_replay_posts(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(500), Reply(201, {"id": "1", "name": "a"}))
    with feat.Client(token="t", base_url=server.url + "/v1") as client, pytest.raises(feat.InternalServerError):
        things.create_thing(client, body=Thing(id="1", name="a"))
    assert len(server.requests) == 1 and "idempotency-key" not in server.requests[0].headers


def test_retry_after_ms_wins_over_retry_after(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(429, headers={"retry-after-ms": "250", "Retry-After": "7"}), Reply(200, ORDER))
    client, sleeps = _client(orders, server)
    with client:
        api.get_order(client, id="o1")
    assert sleeps == [0.25]


def test_x_should_retry_false_stops_a_retry(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(503, {"message": "down"}, headers={"x-should-retry": "false"}), Reply(200, ORDER))
    client, sleeps = _client(orders, server)
    with client, pytest.raises(orders.InternalServerError):
        api.get_order(client, id="o1")
    assert len(server.requests) == 1 and sleeps == []


def test_x_should_retry_true_retries_any_status(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(409, headers={"x-should-retry": "true"}), Reply(200, ORDER))
    client, sleeps = _client(orders, server)
    with client:
        api.get_order(client, id="o1")
    assert len(server.requests) == 2 and sleeps == [0.5]


def test_retry_statuses_are_configurable_per_client(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(409), Reply(200, ORDER))
    client, _ = _client(orders, server, retry_statuses={409, 503})
    with client:
        api.get_order(client, id="o1")
    assert len(server.requests) == 2

    server.requests.clear()
    server.reply(Reply(500), Reply(200, ORDER))
    client, _ = _client(orders, server, retry_statuses={409, 503})
    with client, pytest.raises(orders.InternalServerError):
        api.get_order(client, id="o1")  # 500 is no longer in the set
    assert len(server.requests) == 1
