"""The async and raw-response forms are derived from each operation's one definition: they take
the same parameters, are named, signed and documented as their own functions, and a client of the
wrong kind gets an error that names the form to use, before anything is sent."""

from __future__ import annotations

import asyncio
import inspect
import typing
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply

THING = {"id": "1", "name": "a", "color": "red"}


def test_forms_share_the_parameters_and_are_named_and_documented(feat: ModuleType) -> None:
    from featuretest_client.api import things

    base = inspect.signature(things.list_things)
    for suffix in ("_async", "_with_response", "_with_response_async"):
        form = getattr(things, "list_things" + suffix)
        assert form.__name__ == "list_things" + suffix
        assert form.__module__ == things.__name__
        sig = inspect.signature(form)
        assert list(sig.parameters)[1:] == list(base.parameters)[1:]
        assert [p.default for p in sig.parameters.values()] == [p.default for p in base.parameters.values()]
        assert form.__doc__ and "list_things" in form.__doc__
    assert inspect.iscoroutinefunction(things.list_things_async)
    assert inspect.iscoroutinefunction(things.list_things_with_response_async)
    assert not inspect.iscoroutinefunction(things.list_things_with_response)
    assert inspect.signature(things.list_things_async).parameters["client"].annotation is feat.AsyncClient
    assert inspect.signature(things.list_things_with_response).return_annotation == "ListThingsResponse"
    hints = typing.get_type_hints(things.list_things_with_response_async)
    assert hints["client"] is feat.AsyncClient and hints["return"] is things.ListThingsResponse


def test_async_raw_form_returns_the_typed_response(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=[THING], headers={"X-Request-Id": "req-1", "X-Color": "red"}))

    async def main() -> object:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            return await things.list_things_with_response_async(client, extra_headers={"X-Trace": "7"})

    response = asyncio.run(main())
    assert isinstance(response, things.ListThingsResponse)
    assert response.x_request_id == "req-1" and [t.id for t in response.parsed] == ["1"]
    assert server.requests[-1].headers["x-trace"] == "7"


def test_a_client_of_the_wrong_kind_is_refused_before_sending(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    async def with_sync_client() -> object:
        with feat.Client(token="t", base_url=server.url + "/v1") as client:
            return await things.list_things_async(client)  # type: ignore[arg-type]

    with pytest.raises(TypeError, match=r"list_things_async\(\) needs an AsyncClient.*call list_things\(\)"):
        asyncio.run(with_sync_client())

    async def with_async_client(call: typing.Callable[..., object]) -> object:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            return call(client)

    with pytest.raises(TypeError, match=r"list_things\(\) is synchronous.*call list_things_async\(\)"):
        asyncio.run(with_async_client(things.list_things))
    with pytest.raises(TypeError, match=r"list_things_with_response\(\) needs a Client.*_with_response_async"):
        asyncio.run(with_async_client(things.list_things_with_response))
    assert server.requests == []
