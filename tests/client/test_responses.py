"""Raw responses with typed headers, empty bodies, and forward compatibility (unknown fields and
enum values) against a real local server."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply

THING = {"id": "1", "name": "a", "color": "red"}


def test_declared_headers_are_typed_attributes(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Color

    server.reply(Reply(status=200, body=[THING], headers={
        "X-Rate-Limit-Remaining": "41",
        "X-Request-Id": "req-9",
        "X-Expires": "2026-01-02T03:04:05Z",
        "X-Color": "green",
    }))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        response = things.list_things_with_response(client)
    assert isinstance(response, things.ListThingsResponse)
    assert isinstance(response, feat.APIResponse)
    assert response.status_code == 200
    assert response.x_rate_limit_remaining == 41
    assert response.x_request_id == "req-9"
    assert response.x_expires == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert response.x_color is Color.GREEN
    assert response.headers["x-request-id"] == "req-9"  # the raw headers stay available
    assert [t.id for t in response.parsed] == ["1"]


def test_absent_optional_headers_are_none(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=[], headers={"X-Request-Id": "r", "X-Color": "purple"}))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        response = things.list_things_with_response(client)
    assert response.x_rate_limit_remaining is None and response.x_expires is None
    assert response.x_color == "purple"  # open enum: unknown values survive


def test_missing_or_malformed_headers_are_reported_not_fatal(
    feat: ModuleType, server: LocalServer
) -> None:
    """Twilio sends strings where its spec says boolean: the body must survive a bad optional
    header; a required one missing raises, with the body kept, unless decoding is lenient."""
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=[{"id": "1", "name": "a"}]))
    with (feat.Client(token="t", base_url=server.url + "/v1") as client,
          pytest.raises(feat.APIResponseValidationError, match="X-Request-Id: required") as info):
        things.list_things_with_response(client)
    assert info.value.body is not None and info.value.response.status_code == 200
    server.reply(Reply(status=200, body=[{"id": "1", "name": "a"}]),
                 Reply(status=200, body=[], headers={"X-Request-Id": "r", "X-Rate-Limit-Remaining": "lots"}))
    with feat.Client(token="t", base_url=server.url + "/v1", strict_decoding=False) as client:
        missing = things.list_things_with_response(client)
        assert [t.name for t in missing.parsed] == ["a"]
        assert missing.x_request_id is None
        assert "X-Request-Id" in missing.header_errors
        assert "missing" in missing.header_errors["X-Request-Id"]

        malformed = things.list_things_with_response(client)
        assert malformed.parsed == []
        assert malformed.x_request_id == "r"
        assert malformed.x_rate_limit_remaining is None  # typed value absent...
        assert malformed.headers["X-Rate-Limit-Remaining"] == "lots"  # ...raw text kept
        assert "'lots' does not parse" in malformed.header_errors["X-Rate-Limit-Remaining"]
        assert "X-Request-Id" not in malformed.header_errors


def test_async_raw_response_has_typed_headers(feat: ModuleType, server: LocalServer) -> None:
    import asyncio

    from featuretest_client.api import things

    server.reply(Reply(status=200, body=[], headers={"X-Request-Id": "r2"}))

    async def main() -> str:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            response = await things.list_things_with_response_async(client)
            return response.x_request_id

    assert asyncio.run(main()) == "r2"


def test_204_maps_to_none(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=204), Reply(status=204))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        assert things.delete_thing(client, id="1") is None
        response = things.delete_thing_with_response(client, id="1")
    assert response.parsed is None and response.status_code == 204
    assert type(response) is feat.APIResponse  # no declared headers: the plain class


def test_unknown_fields_survive_a_round_trip(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    wire = {**THING, "futureField": {"nested": [1, 2]}, "another": None}
    server.reply(Reply(status=200, body=wire), Reply(status=201, body=THING))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        thing = things.get_thing(client, id="1")
        assert thing.additional_properties == {"futureField": {"nested": [1, 2]}, "another": None}
        assert thing.to_dict() == wire
        things.create_thing(client, body=thing)
    assert server.requests[1].json() == wire
    assert Thing.from_dict(wire).to_dict() == wire


def test_unknown_enum_value_does_not_crash(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Color, Thing

    server.reply(Reply(status=200, body={**THING, "color": "ultraviolet"}))
    with feat.Client(token="t", base_url=server.url + "/v1") as client:
        thing = things.get_thing(client, id="1")
    assert thing.color == "ultraviolet" and isinstance(thing.color, Color) and not thing.color.is_known
    assert thing.to_dict()["color"] == "ultraviolet"
    assert Thing.from_dict(THING).color is Color.RED


DATABASE = {
    "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
    "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "connectionId": "6c3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
    "name": "prod",
    "mysqlDb": "shop",
    "syncMode": "binlog",
    "syncInterval": 60,
    "taskCpu": 256,
    "taskMemoryMb": 512,
    "logLevel": "info",
    "status": "testing_connection",  # documented elsewhere, missing from the spec's enum
    "instanceSize": "small",
    "region": "eu-west-1",
    "tags": ["future"],  # not in the spec
}


def test_reflexdb_unknown_fields_and_enum_values(server: LocalServer) -> None:
    from reflexdb_client import Client
    from reflexdb_client.api import databases

    server.reply(Reply(status=200, body=[DATABASE]))
    with Client(token="t", base_url=server.url) as client:
        (db,) = databases.list_databases(client)
    assert db.status == "testing_connection"
    assert db.additional_properties == {"tags": ["future"]}
    assert db.to_dict() == DATABASE
