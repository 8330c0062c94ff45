"""Client hooks (called in order, with the redacted request), request IDs on responses and on
every APIStatusError, and the ``<PACKAGE>_LOG`` switch, against a real local server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.server import LocalServer, Reply

ORDER = {"id": "o1", "item": "tea"}


def test_hooks_are_called_in_order_for_every_attempt(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    events: list[str] = []
    hooks = orders.Hooks(
        before_request=[lambda r: events.append(f"before#{r.attempt} {r.method} {r.url}"),
                        lambda r: events.append(f"before2#{r.attempt}")],
        after_response=[lambda r: events.append(f"after#{r.request.attempt} {r.status_code} {r.request_id}")],
        on_error=[lambda r, e: events.append(f"error {type(e).__name__}")],
    )
    server.reply(Reply(503), Reply(200, ORDER, headers={"X-Request-Id": "req-1"}))
    with orders.Client(token="secret-token", base_url=server.url + "/v1", hooks=hooks) as client:
        client._sleep_seconds = lambda s: None
        api.get_order(client, id="o1")
    url = server.url + "/v1/orders/o1"
    assert events == [f"before#1 GET {url}", "before2#1", "after#1 503 None",
                      f"before#2 GET {url}", "before2#2", "after#2 200 req-1"]


def test_on_error_sees_the_error_the_call_raises(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    seen: list[tuple[str, Any]] = []
    hooks = orders.Hooks(on_error=[lambda r, e: seen.append((r.operation, e))])
    server.reply(Reply(404, {"message": "gone"}))
    with orders.Client(token="t", base_url=server.url + "/v1", hooks=hooks) as client, pytest.raises(orders.NotFoundError) as info:
        api.get_order(client, id="o1")
    assert seen == [("get_order", info.value)]


def test_on_error_is_called_for_failures_before_sending(orders: ModuleType) -> None:
    from orders_client.api import orders as api

    seen: list[Any] = []
    with orders.Client(hooks=orders.Hooks(on_error=[lambda r, e: seen.append((r.url, e))])) as client, pytest.raises(orders.MissingCredentialsError):
        api.get_order(client, id="o1")
    assert len(seen) == 1 and seen[0][0].endswith("/orders/{id}")


def test_hooks_see_credentials_redacted(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    seen: list[Any] = []
    server.reply(Reply(200, ORDER, headers={"Set-Cookie": "session=abc"}))
    hooks = orders.Hooks(before_request=[seen.append], after_response=[seen.append])
    with orders.Client(token="secret-token", base_url=server.url + "/v1", hooks=hooks) as client:
        api.get_order(client, id="o1")
    assert "secret-token" not in repr(seen) and "abc" not in repr(seen)
    assert seen[0].headers["Authorization"] == "<redacted>"


def test_hooks_work_with_the_async_client_and_with_options(orders: ModuleType, server: LocalServer) -> None:
    import asyncio

    from orders_client.api import orders as api

    events: list[int] = []
    server.respond_with(lambda r: Reply(200, ORDER))

    async def main() -> None:
        async with orders.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            hooked = client.with_options(hooks=orders.Hooks(after_response=[lambda r: events.append(r.status_code)]))
            await api.get_order_async(hooked, id="o1")
            await api.get_order_async(client, id="o1")

    asyncio.run(main())
    assert events == [200]


def test_request_id_on_status_errors_and_in_their_message(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(409, {"message": "duplicate"}, headers={"X-Request-Id": "req-42"}))
    with orders.Client(token="t", base_url=server.url + "/v1") as client, pytest.raises(orders.APIStatusError) as info:
        api.get_order(client, id="o1")
    assert info.value.request_id == "req-42" and "req-42" in str(info.value)


def test_request_id_is_none_when_the_server_sends_none(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(500, {"message": "boom"}))
    with orders.Client(token="t", base_url=server.url + "/v1", max_retries=0) as client, pytest.raises(orders.InternalServerError) as info:
        api.get_order(client, id="o1")
    assert info.value.request_id is None


def test_request_id_on_raw_responses(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.reply(Reply(200, [ORDER], headers={"X-Request-Id": "req-7"}))
    with orders.Client(token="t", base_url=server.url + "/v1") as client:
        raw = api.list_orders_with_response(client)
    assert raw.request_id == "req-7" and raw.parsed[0].id == "o1"


def test_request_id_headers_can_be_configured(tmp_path: Path, server: LocalServer) -> None:
    from tests.client.conftest import HERE, generate_package

    generate_package(HERE / "service_spec.yaml", tmp_path / "out", "orders_traced_client",
                     request_id_headers=("x-trace",), idempotency_header="")
    import orders_traced_client
    from orders_traced_client.api import orders as api
    from orders_traced_client.models import NewOrder

    server.reply(Reply(500, headers={"x-trace": "tr-1", "x-request-id": "ignored"}))
    with orders_traced_client.Client(token="t", base_url=server.url + "/v1") as client, pytest.raises(orders_traced_client.InternalServerError) as info:
        api.create_order(client, body=NewOrder(item="a"))
    assert info.value.request_id == "tr-1"
    assert len(server.requests) == 1  # idempotency keys turned off: the POST is not replayed
    assert "idempotency-key" not in server.requests[0].headers


def test_log_environment_switch_logs_to_stderr(orders_dir: Path, server: LocalServer) -> None:
    server.respond_with(lambda r: Reply(200, ORDER))
    code = (
        "import orders_client\n"
        "from orders_client.api import orders\n"
        f"with orders_client.Client(token='secret-token', base_url={server.url + '/v1'!r}) as c:\n"
        "    orders.get_order(c, id='o1')\n"
    )
    env = {"ORDERS_CLIENT_LOG": "debug", "PYTHONPATH": str(orders_dir), "PATH": ""}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert "get_order: GET" in proc.stderr and "-> 200" in proc.stderr
    assert "secret-token" not in proc.stderr
    quiet = subprocess.run([sys.executable, "-c", code], env={**env, "ORDERS_CLIENT_LOG": ""},
                           capture_output=True, text=True, timeout=60, check=True)
    assert quiet.stderr == ""
