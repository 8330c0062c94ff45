"""Run the usage examples (which the typing tests check statically) against a real local server."""

from __future__ import annotations

import asyncio
from types import ModuleType

from tests.client import usage_example
from tests.server import LocalServer, Recorded, Reply

DATABASE = {
    "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
    "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "connectionId": "6c3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "name": "prod", "mysqlDb": "shop", "syncMode": "binlog", "syncInterval": 60, "taskCpu": 256,
    "taskMemoryMb": 512, "logLevel": "info", "status": "queued", "instanceSize": "small",
    "region": "eu-west-1", "futureField": 1,
}
CREATED = {
    "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0", "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "name": "ci", "keyId": "k_123", "createdAt": "2026-04-15T12:00:00Z", "key": "rmk_abc.secret",
}


def _reflexdb(request: Recorded) -> Reply:
    if request.method == "POST" and request.path.endswith("/account/management-keys"):
        return Reply(status=201, body=CREATED)
    if request.method == "GET" and request.path.endswith("/databases"):
        return Reply(status=200, body=[DATABASE])
    return Reply(status=404, body={"error": "no such database"})


def test_reflexdb_usage_example_runs(server: LocalServer) -> None:
    server.respond_with(_reflexdb)
    seen = usage_example.run(server.url + "/v1", "rmk_t")
    assert seen[1:] == [
        "k_123", "prod (unknown:queued)", "futureField",
        "200 application/json 1", "404 no such database", "MissingCredentialsError",
    ]
    assert asyncio.run(usage_example.run_async(server.url + "/v1", "rmk_t")) == [
        "prod (unknown:queued)", "200"]
    assert server.requests[-1].query == [("page", "1")]
    assert "idempotency-key" in server.requests[0].headers


def test_feature_usage_example_runs(feat: ModuleType, server: LocalServer) -> None:
    from tests.client import usage_feature

    def respond(request: Recorded) -> Reply:
        if request.path == "/v1/things" and request.method == "GET":
            return Reply(status=200, body=[{"id": "1", "name": "one"}],
                         headers={"X-Request-Id": "r1", "X-Rate-Limit-Remaining": "9", "X-Color": "blue"})
        if request.method == "POST":
            return Reply(status=201, body=request.json())
        return Reply(status=204)

    server.respond_with(respond)
    seen = usage_feature.run(server.url + "/v1")
    assert seen == ["9", "r1", "None", "blue", "one", "2", "204 None"]
    assert len(server.requests) == 9
