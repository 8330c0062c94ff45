"""Contract tests: every ReflexDB operation, sync and async, minimal and full, against Prism.

Prism validates each request against specs/reflexdb.yaml and answers 422 with an ``sl-violations``
header when it breaks the spec (``--errors`` also turns response violations into errors), so a
passing call means an independent reader of the spec accepted what our client sent, and our client
decoded what Prism answered from the spec's examples and schemas.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
from types import ModuleType
from typing import Any

import pytest
from reflexdb_client import (
    AsyncClient,
    AuthenticationError,
    Client,
    UnprocessableEntityError,
)
from reflexdb_client import _runtime as rt
from reflexdb_client.api import connections, databases
from reflexdb_client.models import CreateConnectionBody, RedeployDatabaseBody
from reflexdb_client.testing import OPERATIONS, example_arguments

from tests.contract.prism import Prism

pytestmark = pytest.mark.slow  # Prism: slow, out of `make quick`

NAMES = sorted(OPERATIONS)
SHAPES = [False, True]


def _group(name: str) -> ModuleType:
    return importlib.import_module(f"reflexdb_client.api.{OPERATIONS[name]['group']}")


def _accepted(name: str, response: rt.APIResponse[Any]) -> None:
    assert 200 <= response.status_code < 300, f"{name}: {response.status_code}"
    assert "sl-violations" not in response.headers, f"{name}: Prism reported {response.headers['sl-violations']}"
    expected = OPERATIONS[name]["default_status"]
    assert str(response.status_code) == expected, f"{name}: {response.status_code}, spec says {expected}"


def test_every_operation_is_covered() -> None:
    # The generated table, the API modules and the spec agree on the operation count (15 today).
    functions = {n for g in {s["group"] for s in OPERATIONS.values()}
                 for n in importlib.import_module(f"reflexdb_client.api.{g}").__all__
                 if not n.endswith(("_async", "_with_response"))}
    assert functions == set(NAMES)
    assert len(NAMES) == 15


@pytest.mark.parametrize("full", SHAPES, ids=["minimal", "full"])
@pytest.mark.parametrize("name", NAMES)
def test_sync_call_passes_prism(prism: Prism, name: str, full: bool) -> None:
    group = _group(name)
    with Client(token="rmk_test.secret", base_url=prism.url, max_retries=0) as client:
        response = getattr(group, name + "_with_response")(client, **example_arguments(name, full=full))
        parsed = getattr(group, name)(client, **example_arguments(name, full=full))
    _accepted(name, response)
    assert type(parsed) is type(response.parsed)


@pytest.mark.parametrize("full", SHAPES, ids=["minimal", "full"])
@pytest.mark.parametrize("name", NAMES)
def test_async_call_passes_prism(prism: Prism, name: str, full: bool) -> None:
    group = _group(name)

    async def calls() -> tuple[rt.APIResponse[Any], Any]:
        async with AsyncClient(token="rmk_test.secret", base_url=prism.url, max_retries=0) as client:
            response = await getattr(group, name + "_with_response_async")(
                client, **example_arguments(name, full=full))
            parsed = await getattr(group, name + "_async")(client, **example_arguments(name, full=full))
            return response, parsed

    response, parsed = asyncio.run(calls())
    _accepted(name, response)
    assert type(parsed) is type(response.parsed)


# -- requests broken on purpose: Prism rejects them and the client raises its typed errors ----------

def _violations(exc: UnprocessableEntityError) -> list[dict[str, Any]]:
    header = exc.response.headers.get("sl-violations")
    assert header, "Prism answered 422 without saying why"
    found: list[dict[str, Any]] = json.loads(header)
    return found


def test_missing_required_property_is_unprocessable(prism: Prism) -> None:
    body = CreateConnectionBody.from_dict(example_arguments("create_connection")["body"].to_dict())
    body.available_schemas = []  # minItems: 1
    with Client(token="t", base_url=prism.url, max_retries=0) as client, \
            pytest.raises(UnprocessableEntityError) as caught:
        connections.create_connection(client, body=body)
    assert caught.value.status_code == 422
    assert "create_connection" in str(caught.value)
    assert any(v["location"][:2] == ["request", "body"] for v in _violations(caught.value))


def test_wrong_json_type_is_unprocessable(prism: Prism) -> None:
    body = RedeployDatabaseBody.from_dict({"buildId": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})
    body.build_id = 42  # type: ignore[assignment]  # not a UUID, on purpose: sent as "42"
    with Client(token="t", base_url=prism.url, max_retries=0) as client, \
            pytest.raises(UnprocessableEntityError) as caught:
        databases.redeploy_database(client, id=example_arguments("redeploy_database")["id"], body=body)
    assert any("format" in v["message"] for v in _violations(caught.value))


def test_raw_body_of_the_wrong_shape_is_unprocessable(prism: Prism) -> None:
    # The endpoint functions only take models, so a wrong shape needs the runtime directly.
    op = databases._CREATE_DATABASE
    with Client(token="t", base_url=prism.url, max_retries=0) as client, \
            pytest.raises(UnprocessableEntityError) as caught:
        client._send(op, rt.RequestParts(json={"name": 7, "unexpected": True}), rt.RequestOptions())
    messages = " ".join(v["message"] for v in _violations(caught.value))
    assert "required" in messages


def test_path_parameter_of_the_wrong_format_is_unprocessable(prism: Prism) -> None:
    with Client(token="t", base_url=prism.url, max_retries=0) as client, \
            pytest.raises(UnprocessableEntityError) as caught:
        connections.get_connection(client, id="not-a-uuid")  # type: ignore[arg-type]
    assert any(v["location"][:2] == ["request", "path"] for v in _violations(caught.value))


def test_wrong_credentials_scheme_is_unauthorized(prism: Prism) -> None:
    with Client(token="t", base_url=prism.url, max_retries=0) as client, \
            pytest.raises(AuthenticationError) as caught:
        databases.list_databases(client, extra_headers={"Authorization": "Basic dTpw"})
    assert caught.value.status_code == 401


def test_example_arguments_are_fresh_each_time() -> None:
    first = example_arguments("create_connection", full=True)["body"]
    first.name = "changed"
    assert example_arguments("create_connection", full=True)["body"].name != "changed"
    assert dataclasses.is_dataclass(first)
