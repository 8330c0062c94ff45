"""Per-status response header classes with per-status requiredness (issue 16), against a real
local server: the ``_with_response`` form returns the operation's base class, or the subclass of
the status that declares more headers, each typed as *its* response declares them."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from tests.client.conftest import generate_package
from tests.server import LocalServer, Reply

SPEC = Path(__file__).resolve().parent / "specs" / "headers.yaml"


@pytest.fixture(scope="module")
def hdr(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(SPEC, tmp_path_factory.mktemp("headers") / "client", "headers_client")
    return importlib.import_module("headers_client")


def test_each_status_has_its_class_and_requiredness(hdr: ModuleType) -> None:
    from headers_client.api import one, things

    base = things.CreateThingResponse
    assert issubclass(things.CreateThing200Response, base) and issubclass(things.CreateThing201Response, base)
    # Required on 200 is not Optional there; optional on 201 is. A header every status requires
    # alike lives on the base.
    assert things.CreateThing200Response.__annotations__ == {"x_rate": "int"}
    assert things.CreateThing201Response.__annotations__ == {"location": "str", "x_rate": "int | None"}
    assert base.__annotations__ == {"x_request_id": "str"}
    assert one.GetOneResponse.__annotations__ == {"x_count": "int", "x_note": "str | None"}


def test_the_status_picks_the_class(hdr: ModuleType, server: LocalServer) -> None:
    from headers_client.api import things

    server.reply(Reply(status=200, body={"id": "a"}, headers={"X-Request-Id": "r1", "X-Rate": "7"}),
                 Reply(status=201, body={"id": "b"}, headers={"X-Request-Id": "r2", "Location": "/things/b"}),
                 Reply(status=202, headers={"X-Request-Id": "r3"}))
    with hdr.Client(base_url=server.url) as client:
        updated = things.create_thing_with_response(client)
        created = things.create_thing_with_response(client)
        accepted = things.create_thing_with_response(client)
    assert type(updated) is things.CreateThing200Response
    assert (updated.x_request_id, updated.x_rate, updated.parsed.id) == ("r1", 7, "a")
    assert type(created) is things.CreateThing201Response
    assert (created.location, created.x_rate, created.header_errors) == ("/things/b", None, {})
    assert type(accepted) is things.CreateThingResponse and accepted.x_request_id == "r3"


def test_a_required_header_missing_is_refused_unless_lenient(hdr: ModuleType, server: LocalServer) -> None:
    from headers_client.api import one

    server.reply(Reply(status=200, headers={"X-Note": "n"}), Reply(status=200, headers={"X-Count": "many"}),
                 Reply(status=200, headers={"X-Note": "n"}))
    with hdr.Client(base_url=server.url) as client:
        with pytest.raises(hdr.APIResponseValidationError, match="X-Count: required by the API description"):
            one.get_one_with_response(client)
        with pytest.raises(hdr.APIResponseValidationError, match="X-Count: 'many' does not parse") as info:
            one.get_one_with_response(client)
    assert info.value.response.status_code == 200
    with hdr.Client(base_url=server.url, strict_decoding=False) as client:
        lenient = one.get_one_with_response(client)
    assert lenient.x_count is None and "X-Count" in lenient.header_errors and lenient.x_note == "n"
