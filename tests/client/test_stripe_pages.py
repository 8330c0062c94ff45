"""Stripe's list operations walk three pages against a real local server (issue 13).

The client is generated from the corpus's Stripe description (``stripe-spec3-2019-11.json``), where
every list operation is ``GET`` with ``starting_after`` / ``limit`` parameters and a ``{data,
has_more}`` body. The generator detects them as the ``has_more`` scheme; each one's ``_pages`` form
is walked here across three pages that a LocalServer serves the way Stripe does: the items after the
``starting_after`` object ID, ``has_more`` while items remain. Items are the operation's own example
item (from the generated ``testing`` module) with distinct IDs, so they decode strictly.
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import generate_package
from tests.server import LocalServer, Recorded, Reply

pytestmark = pytest.mark.slow  # generating the 2.6 MB Stripe description takes a while

IDS = [f"obj_{n}" for n in range(5)]  # two per page: pages of 2, 2 and 1
PER_PAGE = 2


def _corpus_spec() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        spec = parent / "shared" / "corpus" / "stripe-spec3-2019-11.json"
        if spec.is_file():
            return spec
    return None


@pytest.fixture(scope="module")
def stripe(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    spec = _corpus_spec()
    if spec is None:
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    generate_package(spec, tmp_path_factory.mktemp("stripe") / "client", "stripetest_client")
    return importlib.import_module("stripetest_client")


def _pages_forms(stripe: ModuleType) -> dict[str, Callable[..., Any]]:
    """Every ``name_pages`` function of the client, by operation name."""
    api = importlib.import_module("stripetest_client.api")
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(api.__path__):
        module = importlib.import_module(f"stripetest_client.api.{info.name}")
        for attr in dir(module):
            if attr.endswith("_pages"):
                found[attr.removesuffix("_pages")] = getattr(module, attr)
    return found


def _list_operations(stripe: ModuleType) -> set[str]:
    """Stripe's list operations, read from the description: GET with a ``starting_after``
    parameter and a ``has_more`` property in the 200 body's example."""
    testing = importlib.import_module("stripetest_client.testing")
    names = set()
    for name, spec in testing.OPERATIONS.items():
        params = {p["name"] for p in spec["params"]}
        example = spec["responses"].get("200", {}).get("example")
        if spec["method"] == "GET" and "starting_after" in params and isinstance(example, dict) \
                and "has_more" in example:
            names.add(name)
    return names


def _item(stripe: ModuleType, operation: str) -> dict[str, Any]:
    testing = importlib.import_module("stripetest_client.testing")
    example = testing.OPERATIONS[operation]["responses"]["200"]["example"]
    item: dict[str, Any] = example["data"][0]
    return item


def _stripe_lists(item: dict[str, Any]) -> Callable[[Recorded], Reply]:
    """A responder that pages like Stripe: the items after ``starting_after``, ``has_more``."""

    def respond(request: Recorded) -> Reply:
        query = dict(request.query)
        after = query.get("starting_after")
        start = IDS.index(after) + 1 if after else 0
        page = [{**item, "id": i} for i in IDS[start : start + PER_PAGE]]
        return Reply(body={"object": "list", "url": request.path, "data": page,
                           "has_more": start + PER_PAGE < len(IDS)})

    return respond


def test_every_stripe_list_operation_is_detected(stripe: ModuleType) -> None:
    forms = _pages_forms(stripe)
    assert set(forms) == _list_operations(stripe)
    assert len(forms) >= 70  # 72 in the 2019-11 description


def test_every_stripe_list_operation_walks_three_pages(stripe: ModuleType, server: LocalServer) -> None:
    testing = importlib.import_module("stripetest_client.testing")
    walked = 0
    with stripe.Client(token="sk_test_1", base_url=server.url) as client:
        for operation, pages in sorted(_pages_forms(stripe).items()):
            server.requests.clear()
            server.respond_with(_stripe_lists(_item(stripe, operation)))
            first = pages(client, **testing.example_arguments(operation), limit=PER_PAGE)
            assert [getattr(i, "id", None) for i in first] == IDS, operation
            queries = [dict(r.query) for r in server.requests]
            assert [q.get("starting_after") for q in queries] == [None, "obj_1", "obj_3"], operation
            # Every page keeps the caller's arguments (limit, required filters) and credentials.
            assert queries[0]["limit"] == "2"
            assert all(queries[0].items() <= q.items() for q in queries), operation
            assert all(r.headers["authorization"] == "Bearer sk_test_1" for r in server.requests)
            walked += 1
    assert walked == len(_pages_forms(stripe))


def test_stripe_pages_async(stripe: ModuleType, server: LocalServer) -> None:
    from stripetest_client.api import charges, customers

    async def main() -> tuple[list[str], list[str], int]:
        async with stripe.AsyncClient(token="sk_test_1", base_url=server.url) as client:
            server.respond_with(_stripe_lists(_item(stripe, "get_charges")))
            charge_ids = [c.id async for c in await charges.get_charges_pages_async(client, limit=2)]
            server.respond_with(_stripe_lists(_item(stripe, "get_customers")))
            first = await customers.get_customers_pages_async(client, limit=2)
            pages = [page async for page in first.iter_pages()]
            return charge_ids, [c.id for p in pages for c in p.items], len(pages)

    charge_ids, customer_ids, page_count = asyncio.run(main())
    assert charge_ids == IDS
    assert customer_ids == IDS
    assert page_count == 3
