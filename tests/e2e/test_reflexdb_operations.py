"""Every ReflexDB operation, sync and async, against a real HTTP server on localhost.

Spec-driven: request bodies and replies are built from the schemas in specs/reflexdb.yaml, the
body model is made with ``from_dict`` and must be sent back byte-for-byte as the same JSON, and the
decoded reply must re-encode to the JSON the server sent.
"""

from __future__ import annotations

import asyncio
import importlib
import uuid
from typing import Any

import pytest
import yaml
from reflexdb_client import AsyncClient, Client, ConflictError, InternalServerError, NotFoundError
from reflexdb_client.models import Error

from tests.conftest import ROOT
from tests.server import LocalServer, Reply
from tests.spec_values import resolve, sample

SPEC = yaml.safe_load((ROOT / "specs" / "reflexdb.yaml").read_text())
RESOURCE_ID = uuid.UUID("0b8f3a52-7c1e-4d8b-9a6f-2e5d4c3b2a19")

# operationId -> (module under reflexdb_client.api, function name): the client's public names.
PUBLIC_NAMES = {
    "createManagementKey": ("account", "create_management_key"),
    "listDatabases": ("databases", "list_databases"),
    "createDatabase": ("databases", "create_database"),
    "updateDatabase": ("databases", "update_database"),
    "getInstanceStatus": ("databases", "get_instance_status"),
    "redeployDatabase": ("databases", "redeploy_database"),
    "pauseReplication": ("databases", "pause_replication"),
    "terminateInstance": ("databases", "terminate_instance"),
    "listBuilds": ("databases", "list_builds"),
    "createConnection": ("connections", "create_connection"),
    "verifyConnectionCredentials": ("connections", "verify_connection_credentials"),
    "getConnection": ("connections", "get_connection"),
    "updateConnection": ("connections", "update_connection"),
    "verifyConnection": ("connections", "verify_connection"),
    "createCheckoutSession": ("billing", "create_checkout_session"),
}


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    ops = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops.append((method.upper(), path, op))
    return ops


OPERATIONS = _operations()


def test_spec_has_the_fifteen_operations_and_each_has_a_function() -> None:
    assert sorted(op["operationId"] for _, _, op in OPERATIONS) == sorted(PUBLIC_NAMES)
    for group, name in PUBLIC_NAMES.values():
        module = importlib.import_module(f"reflexdb_client.api.{group}")
        for suffix in ("", "_async", "_with_response", "_with_response_async"):
            assert callable(getattr(module, name + suffix))


def _encode(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _call_plan(method: str, path: str, op: dict[str, Any], full: bool) -> tuple[Any, dict[str, Any], Any, Any]:
    group, name = PUBLIC_NAMES[op["operationId"]]
    module = importlib.import_module(f"reflexdb_client.api.{group}")
    kwargs: dict[str, Any] = {}
    body_json = None
    if "{id}" in path:
        kwargs["id"] = RESOURCE_ID
    if "requestBody" in op:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        body_json = sample(SPEC, schema, full=full)
        function = getattr(module, name)
        body_type = function.__annotations__["body"]
        models = importlib.import_module("reflexdb_client.models")
        kwargs["body"] = getattr(models, body_type).from_dict(body_json)
    success = next(code for code in op["responses"] if code.startswith("2"))
    reply_schema = op["responses"][success]["content"]["application/json"]["schema"]
    reply_json = sample(SPEC, reply_schema, full=full)
    return module, kwargs, body_json, (int(success), reply_json)


def _check_request(server: LocalServer, method: str, path: str, body_json: Any) -> None:
    (request,) = server.requests
    assert request.method == method
    assert request.path == "/v1" + path.replace("{id}", str(RESOURCE_ID))
    assert request.headers["authorization"] == "Bearer test-token"
    assert request.headers["user-agent"].startswith("reflexdb-client/")
    if body_json is None:
        assert request.body == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert request.json() == body_json


@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])
@pytest.mark.parametrize("method,path,op", OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_operation_sync(server: LocalServer, method: str, path: str, op: dict[str, Any], full: bool) -> None:
    module, kwargs, body_json, (status, reply_json) = _call_plan(method, path, op, full)
    server.reply(Reply(status=status, body=reply_json))
    name = PUBLIC_NAMES[op["operationId"]][1]
    with Client(token="test-token", base_url=server.url + "/v1") as client:
        result = getattr(module, name)(client, **kwargs)
    _check_request(server, method, path, body_json)
    assert _encode(result) == reply_json


@pytest.mark.parametrize("method,path,op", OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_operation_async_with_response(server: LocalServer, method: str, path: str, op: dict[str, Any]) -> None:
    module, kwargs, body_json, (status, reply_json) = _call_plan(method, path, op, True)
    server.reply(Reply(status=status, body=reply_json, headers={"X-Request-Id": "req-1"}))
    name = PUBLIC_NAMES[op["operationId"]][1]

    async def run() -> Any:
        async with AsyncClient(token="test-token", base_url=server.url + "/v1") as client:
            return await getattr(module, name + "_with_response_async")(client, **kwargs)

    response = asyncio.run(run())
    _check_request(server, method, path, body_json)
    assert response.status_code == status
    assert response.headers["x-request-id"] == "req-1"
    assert _encode(response.parsed) == reply_json


@pytest.mark.parametrize(
    "status,error_type", [(404, NotFoundError), (409, ConflictError), (503, InternalServerError)]
)
def test_error_responses_are_typed_and_carry_the_error_model(
    server: LocalServer, status: int, error_type: type[Exception]
) -> None:
    from reflexdb_client.api import connections

    server.respond_with(lambda _: Reply(status=status, body={"error": "nope", "message": "it failed"}))
    client = Client(token="test-token", base_url=server.url, max_retries=0)
    with client, pytest.raises(error_type) as caught:
        connections.get_connection(client, id=RESOURCE_ID)
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert caught.value.body == Error(error="nope", message="it failed")  # type: ignore[attr-defined]
    assert f"get_connection (GET /connections/{{id}}) failed with {status}" in str(caught.value)


def test_path_parameters_are_percent_encoded_and_dot_segments_refused(server: LocalServer) -> None:
    from reflexdb_client.api import databases

    server.respond_with(lambda _: Reply(status=200, body=sample(SPEC, resolve(SPEC, {"$ref": "#/components/schemas/TerminateResponse"}), full=True)))
    with Client(token="t", base_url=server.url) as client:
        databases.terminate_instance(client, id="a/b c?")  # type: ignore[arg-type]
        for bad in (".", "..", ""):
            with pytest.raises(ValueError, match="must not be"):
                databases.terminate_instance(client, id=bad)  # type: ignore[arg-type]
    assert [r.path for r in server.requests] == ["/databases/a%2Fb%20c%3F/terminate"]
