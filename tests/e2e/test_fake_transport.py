"""The generated offline fake (``reflexdb_client.testing.FakeTransport``), as a user would use it."""

from __future__ import annotations

import asyncio
import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from reflexdb_client import AsyncClient, Client, NotFoundError, UnprocessableEntityError
from reflexdb_client import _runtime as rt
from reflexdb_client.api import account, connections, databases
from reflexdb_client.models import CreatedManagementKey, CreateManagementKeyBody, Database
from reflexdb_client.testing import OPERATIONS, FakeCall, FakeTransport, example_arguments

NAMES = sorted(OPERATIONS)


def _group(name: str) -> ModuleType:
    return importlib.import_module(f"reflexdb_client.api.{OPERATIONS[name]['group']}")


def _expected_path(name: str, kwargs: dict[str, Any]) -> str:
    path = "/v1" + OPERATIONS[name]["path"]
    for key, value in kwargs.items():
        path = path.replace("{" + key + "}", str(value))
    return path


def _sent_body(kwargs: dict[str, Any]) -> Any:
    body = kwargs.get("body")
    return None if body is None else body.to_dict()


@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])
@pytest.mark.parametrize("name", NAMES)
def test_every_operation_through_the_fake(name: str, full: bool) -> None:
    fake = FakeTransport()
    kwargs = example_arguments(name, full=full)
    with Client(transport=fake, token="x") as client:
        response = getattr(_group(name), name + "_with_response")(client, **kwargs)
    (call,) = fake.calls
    assert call.operation == name
    assert call.violations == ()
    assert call.method == OPERATIONS[name]["method"]
    assert call.request.url.path == _expected_path(name, kwargs)
    assert call.headers["authorization"] == "Bearer x"
    assert call.json == _sent_body(kwargs)
    assert response.status_code == int(OPERATIONS[name]["default_status"])
    example = OPERATIONS[name]["responses"][OPERATIONS[name]["default_status"]]["example"]
    assert response.http_response.json() == example


@pytest.mark.parametrize("name", NAMES)
def test_every_operation_through_the_fake_async(name: str) -> None:
    fake = FakeTransport()
    kwargs = example_arguments(name, full=True)

    async def call() -> Any:
        async with AsyncClient(transport=fake, token="x") as client:
            return await getattr(_group(name), name + "_async")(client, **kwargs)

    parsed = asyncio.run(call())
    assert [c.operation for c in fake.calls] == [name]
    assert fake.last_call.json == _sent_body(kwargs)
    assert parsed is not None or OPERATIONS[name]["responses"][OPERATIONS[name]["default_status"]]["example"] is None


def test_a_user_overrides_a_response() -> None:
    fake = FakeTransport()
    fake.set_response("create_management_key", status=201, json={
        "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0", "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
        "name": "ci", "keyId": "k_1", "createdAt": "2026-04-15T12:00:00Z", "key": "rmk_abc.secret",
    })
    with Client(transport=fake, token="x") as client:
        created = account.create_management_key(client, body=CreateManagementKeyBody(name="ci"))
    assert isinstance(created, CreatedManagementKey)
    assert created.key == "rmk_abc.secret"
    assert fake.calls_to("create_management_key")[0].json == {"name": "ci"}


def test_a_user_answers_with_a_callable_and_an_error() -> None:
    fake = FakeTransport()
    seen: list[FakeCall] = []

    def missing(call: FakeCall) -> httpx.Response:
        seen.append(call)
        return httpx.Response(404, json={"error": "not_found", "message": f"no connection {call.path_params['id']}"})

    fake.set_response("get_connection", missing)
    with Client(transport=fake, token="x", max_retries=0) as client, pytest.raises(NotFoundError) as caught:
        connections.get_connection(client, **example_arguments("get_connection"))
    assert caught.value.status_code == 404
    assert seen[0].path_params == {"id": str(example_arguments("get_connection")["id"])}
    assert fake.last_call.status == 404


def test_example_answer_decodes_into_models() -> None:
    with Client(transport=FakeTransport(), token="x") as client:
        found = databases.list_databases(client)
    assert found and all(isinstance(d, Database) for d in found)


def test_a_body_of_the_wrong_shape_is_answered_422_with_violations() -> None:
    fake = FakeTransport()
    with Client(transport=fake, token="x", max_retries=0) as client, \
            pytest.raises(UnprocessableEntityError) as caught:
        client._send(databases._CREATE_DATABASE, rt.RequestParts(json={"name": 7}), rt.RequestOptions())
    violations = fake.last_call.violations
    assert "body.name: expected string, got integer" in violations
    assert any("required property 'connectionId'" in v or "required property" in v for v in violations)
    assert json.loads(caught.value.response.headers["x-fake-violations"]) == list(violations)


def test_a_missing_body_and_a_bad_path_parameter_are_violations() -> None:
    fake = FakeTransport()
    with Client(transport=fake, token="x", max_retries=0) as client:
        with pytest.raises(UnprocessableEntityError):
            client._send(databases._CREATE_DATABASE, rt.RequestParts(), rt.RequestOptions())
        with pytest.raises(UnprocessableEntityError):
            connections.get_connection(client, id="not-a-uuid")  # type: ignore[arg-type]
    assert fake.calls[0].violations == ("the request body is required",)
    assert fake.calls[1].violations == ("path parameter 'id': 'not-a-uuid' is not a valid uuid",)


def test_an_enum_value_outside_the_spec_is_a_violation() -> None:
    body = example_arguments("create_connection", full=True)["body"]
    body.sync_mode = "sometimes"
    fake = FakeTransport()
    with Client(transport=fake, token="x", max_retries=0) as client, pytest.raises(UnprocessableEntityError):
        connections.create_connection(client, body=body)
    assert fake.last_call.violations == ("body.syncMode: 'sometimes' is not one of ['poll', 'binlog', 'logical', 'cdc']",)


def test_unknown_routes_and_methods() -> None:
    fake = FakeTransport()
    with httpx.Client(transport=fake, base_url="https://api.example/v1") as http:
        assert http.get("/nowhere").status_code == 404
        assert http.delete("/databases").status_code == 405
    assert [c.operation for c in fake.calls] == [None, None]
    assert "allowed: GET, POST" in fake.calls[1].violations[0]


def test_any_base_path_and_reset() -> None:
    fake = FakeTransport()
    with Client(transport=fake, token="x", base_url="http://localhost:9/some/prefix") as client:
        databases.list_databases(client)
    assert fake.last_call.operation == "list_databases"
    fake.set_response("list_databases", status=200, json=[])
    fake.reset()
    assert fake.calls == []
    with Client(transport=fake, token="x") as client:
        assert len(databases.list_databases(client)) == 1  # the spec's example again


def test_set_response_rejects_unknown_operations() -> None:
    with pytest.raises(KeyError, match="unknown operation 'nope'"):
        FakeTransport().set_response("nope", status=200)


def test_the_readme_example_runs() -> None:
    from tests.conftest import GENERATED

    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your code without a network", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - our own generated README
