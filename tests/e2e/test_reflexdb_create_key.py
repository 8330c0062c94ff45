"""The foundation's acceptance test: create a management key against a real local server."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest
from reflexdb_client import AsyncClient, AuthenticationError, Client
from reflexdb_client.api import account
from reflexdb_client.models import CreatedManagementKey, CreateManagementKeyBody, Error

from tests.server import LocalServer, Reply

KEY_ID = "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0"
CREATED = {
    "id": KEY_ID,
    "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "name": "ci",
    "keyId": "k_123",
    "createdAt": "2026-04-15T12:00:00Z",
    "expiresAt": "2026-05-01T00:00:00+02:00",
    "key": "rmk_abc.secret",
}


def test_create_management_key_sends_the_documented_request(server: LocalServer) -> None:
    server.reply(Reply(status=201, body=CREATED))
    with Client(token="rmk_test.token", base_url=server.url + "/v1") as client:
        result = account.create_management_key(
            client,
            body=CreateManagementKeyBody(
                name="ci", expires_at=dt.datetime(2026, 4, 15, 12, 0, tzinfo=dt.UTC)
            ),
        )
    (request,) = server.requests
    assert request.method == "POST"
    assert request.path == "/v1/account/management-keys"
    assert request.headers["authorization"] == "Bearer rmk_test.token"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"name": "ci", "expiresAt": "2026-04-15T12:00:00Z"}
    assert isinstance(result, CreatedManagementKey)
    assert result.id == uuid.UUID(KEY_ID)
    assert result.created_at == dt.datetime(2026, 4, 15, 12, 0, tzinfo=dt.UTC)
    assert result.expires_at == dt.datetime(2026, 4, 30, 22, 0, tzinfo=dt.UTC)
    assert result.expires_at.tzinfo is not None
    assert result.key == "rmk_abc.secret"
    assert "rmk_abc.secret" not in repr(result)


def test_401_raises_authentication_error_with_parsed_error_body(server: LocalServer) -> None:
    server.reply(Reply(status=401, body={"error": "unauthorized", "message": "bad token"}))
    with Client(token="wrong", base_url=server.url) as client, pytest.raises(AuthenticationError) as caught:
        account.create_management_key(client, body=CreateManagementKeyBody(name="x"))
    error = caught.value
    assert error.status_code == 401
    assert isinstance(error.body, Error)
    assert error.body.error == "unauthorized"
    assert error.body.message == "bad token"
    assert "create_management_key" in str(error) and "401" in str(error) and "bad token" in str(error)
    assert "wrong" not in str(error)


def test_async_twin(server: LocalServer) -> None:
    server.reply(Reply(status=201, body=CREATED))

    async def run() -> CreatedManagementKey:
        async with AsyncClient(token="t", base_url=server.url) as client:
            return await account.create_management_key_async(
                client, body=CreateManagementKeyBody(name="ci")
            )

    result = asyncio.run(run())
    assert result.key_id == "k_123"
    assert server.requests[0].json() == {"name": "ci"}
