"""DeprecationWarning for deprecated operations, parameters and fields (with the spec's text),
caught with pytest.warns; and the models' repr (only set fields, secrets redacted) and JSON text."""

from __future__ import annotations

import asyncio
import warnings
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply

ORDER = {"id": "o1", "item": "tea"}


def test_a_deprecated_operation_warns_with_the_spec_text(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, [ORDER]))
    with orders.Client(token="t", base_url=server.url + "/v1") as client, \
            pytest.warns(DeprecationWarning, match=r"list_legacy_orders\(\) is deprecated.*removed in 3\.0") as rec:
        api.list_legacy_orders(client)
    assert rec[0].filename == __file__  # blames the caller's line
    assert "deprecated" in (api.list_legacy_orders.__doc__ or "")


def test_every_form_of_a_deprecated_operation_warns(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, [ORDER]))
    with orders.Client(token="t", base_url=server.url + "/v1") as client, \
            pytest.warns(DeprecationWarning, match="list_legacy_orders"):
        api.list_legacy_orders_with_response(client)

    async def main() -> None:
        async with orders.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            await api.list_legacy_orders_async(client)

    with pytest.warns(DeprecationWarning, match="list_legacy_orders"):
        asyncio.run(main())


def test_a_deprecated_parameter_warns_only_when_given(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api

    server.respond_with(lambda r: Reply(200, [ORDER]))
    with orders.Client(token="t", base_url=server.url + "/v1") as client:
        with pytest.warns(DeprecationWarning, match=r"list_orders\(sort=\.\.\.\).*newest first"):
            api.list_orders(client, sort="asc")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            api.list_orders(client, limit=1)  # no warning


def test_a_deprecated_field_warns_when_sent(orders: ModuleType, server: LocalServer) -> None:
    from orders_client.api import orders as api
    from orders_client.models import NewOrder, Order

    server.respond_with(lambda r: Reply(201, {**ORDER, "note": "old"}))
    with orders.Client(token="t", base_url=server.url + "/v1") as client:
        with pytest.warns(DeprecationWarning, match=r"NewOrder\.note is deprecated.*Use comment instead"):
            api.create_order(client, body=NewOrder(item="tea", note="hi"))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            order = api.create_order(client, body=NewOrder(item="tea"))  # not set: no warning
            Order.from_dict({**ORDER, "note": "x"}).to_dict()  # decoding and plain to_dict: none
    assert order.note == "old"


def test_repr_shows_only_set_fields_and_redacts_secrets(orders: ModuleType) -> None:
    from orders_client.models import Order

    order = Order(id="o1", item="tea", secret_code="1234")
    assert repr(order) == "Order(id='o1', item='tea', secret_code=<redacted>)"
    assert "UNSET" not in repr(Order(id="o2", item="x"))


def test_to_json_and_from_json_round_trip(orders: ModuleType) -> None:
    from orders_client.models import Order

    order = Order.from_json('{"id": "o1", "item": "tè", "quantity": 2, "extra": [1]}')
    assert (order.item, order.quantity) == ("tè", 2)
    assert Order.from_json(order.to_json()) == order
    assert order.to_json(indent=2).startswith("{\n")
    with pytest.raises(TypeError, match="needs a JSON object"):
        Order.from_json("[1, 2]")
