"""Retries, backoff, Retry-After, timeouts and per-call options against a real local server.

The clock is fake: ``_sleep_seconds`` / ``_async_sleep`` record delays instead of sleeping,
``_random`` fixes the jitter and ``_now`` fixes "now" for HTTP-date Retry-After values.
"""

from __future__ import annotations

import asyncio
import email.utils
from types import ModuleType
from typing import Any

import pytest

from tests.server import LocalServer, Reply

THING = {"id": "1", "name": "a"}


def _fake_clock(client: Any, *, jitter: float = 0.0, now: float = 1_000_000.0) -> list[float]:
    sleeps: list[float] = []
    client._sleep_seconds = sleeps.append
    client._random = lambda: jitter
    client._now = lambda: now
    return sleeps


def _client(feat: ModuleType, server: LocalServer, **kwargs: Any) -> Any:
    return feat.Client(token="tok", base_url=server.url + "/v1", **kwargs)


def test_get_is_retried_twice_with_exponential_backoff(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=503), Reply(status=502), Reply(status=200, body=THING))
    with _client(feat, server) as client:
        sleeps = _fake_clock(client)
        thing = things.get_thing(client, id="1")
    assert thing.id == "1"
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_jitter_shortens_the_delay_by_at_most_a_quarter(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=500), Reply(status=500), Reply(status=200, body=THING))
    with _client(feat, server) as client:
        sleeps = _fake_clock(client, jitter=1.0)
        things.get_thing(client, id="1")
    assert sleeps == [0.375, 0.75]


def test_retries_exhausted_raise_the_last_status(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(*[Reply(status=503, body={"message": "busy"})] * 3)
    with _client(feat, server) as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.InternalServerError) as info:
            things.get_thing(client, id="1")
    assert info.value.status_code == 503 and "busy" in str(info.value)
    assert len(server.requests) == 3 and len(sleeps) == 2


def test_post_is_not_replayed_after_a_500(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(status=500), Reply(status=201, body=THING))
    with _client(feat, server) as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.InternalServerError):
            things.create_thing(client, body=Thing(id="1", name="a"))
    assert [r.method for r in server.requests] == ["POST"]
    assert sleeps == []


@pytest.mark.parametrize("status", [502, 504])
def test_post_is_not_replayed_after_a_gateway_error(
    feat: ModuleType, server: LocalServer, status: int
) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(status=status), Reply(status=201, body=THING))
    with _client(feat, server) as client:
        _fake_clock(client)
        with pytest.raises(feat.InternalServerError):
            things.create_thing(client, body=Thing(id="1", name="a"))
    assert len(server.requests) == 1


def test_post_with_idempotency_key_is_replayed_after_a_500(
    feat: ModuleType, server: LocalServer
) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(status=500), Reply(status=201, body=THING))
    with _client(feat, server) as client:
        _fake_clock(client)
        things.create_thing(
            client, body=Thing(id="1", name="a"), extra_headers={"Idempotency-Key": "k1"}
        )
    assert [r.headers["idempotency-key"] for r in server.requests] == ["k1", "k1"]


def test_post_is_retried_after_429_and_503(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(status=429), Reply(status=503), Reply(status=201, body=THING))
    with _client(feat, server) as client:
        _fake_clock(client)
        things.create_thing(client, body=Thing(id="1", name="a"))
    assert len(server.requests) == 3


def test_retry_after_seconds_is_honoured_and_capped(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(
        Reply(status=429, headers={"Retry-After": "7"}),
        Reply(status=429, headers={"Retry-After": "3600"}),
        Reply(status=200, body=THING),
    )
    with _client(feat, server) as client:
        sleeps = _fake_clock(client)
        things.get_thing(client, id="1")
    assert sleeps == [7.0, 60.0]


def test_retry_after_http_date_is_honoured(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    now = 1_700_000_000.0
    when = email.utils.formatdate(now + 12, usegmt=True)
    server.reply(Reply(status=503, headers={"Retry-After": when}), Reply(status=200, body=THING))
    with _client(feat, server) as client:
        sleeps = _fake_clock(client, now=now)
        things.get_thing(client, id="1")
    assert sleeps == [12.0]


def test_unparseable_retry_after_falls_back_to_backoff(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=503, headers={"Retry-After": "soon"}), Reply(status=200, body=THING))
    with _client(feat, server) as client:
        sleeps = _fake_clock(client)
        things.get_thing(client, id="1")
    assert sleeps == [0.5]


def test_max_retries_per_client_and_per_call(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.respond_with(lambda _r: Reply(status=503))
    with _client(feat, server, max_retries=4) as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.InternalServerError):
            things.get_thing(client, id="1")
        assert len(server.requests) == 5
        assert sleeps == [0.5, 1.0, 2.0, 4.0]
        with pytest.raises(feat.InternalServerError):
            things.get_thing(client, id="1", max_retries=0)
        assert len(server.requests) == 6


def test_backoff_is_capped(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.respond_with(lambda _r: Reply(status=503))
    with _client(feat, server, max_retries=6) as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.InternalServerError):
            things.get_thing(client, id="1")
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_connection_refused_is_retried_for_post(feat: ModuleType) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    from tests.server import free_port

    with feat.Client(token="tok", base_url=f"http://127.0.0.1:{free_port()}") as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.APIConnectionError) as info:
            things.create_thing(client, body=Thing(id="1", name="a"))
    assert not isinstance(info.value, feat.APITimeoutError)
    assert sleeps == [0.5, 1.0]  # not sent, so safe to retry even for POST
    assert "create_thing" in str(info.value)


def test_timeout_raises_api_timeout_error(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=THING, delay=1.0))
    with _client(feat, server, timeout=0.1, max_retries=0) as client, pytest.raises(feat.APITimeoutError) as info:
        things.get_thing(client, id="1")
    assert "get_thing" in str(info.value) and "timed out" in str(info.value)


def test_per_call_timeout_overrides_the_client_default(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=THING, delay=1.0), Reply(status=200, body=THING, delay=0.3))
    with _client(feat, server, timeout=30.0, max_retries=0) as client, pytest.raises(feat.APITimeoutError):
        things.get_thing(client, id="1", timeout=0.1)
    with _client(feat, server, timeout=0.05, max_retries=0) as client:
        assert things.get_thing(client, id="1", timeout=5.0).id == "1"


def test_read_timeout_on_post_is_not_retried(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things
    from featuretest_client.models import Thing

    server.reply(Reply(status=201, body=THING, delay=1.0), Reply(status=201, body=THING))
    with _client(feat, server, timeout=0.1) as client:
        sleeps = _fake_clock(client)
        with pytest.raises(feat.APITimeoutError):
            things.create_thing(client, body=Thing(id="1", name="a"))
    assert sleeps == []
    assert len(server.requests) == 1


def test_per_call_extra_headers_and_query(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=200, body=THING))
    with _client(feat, server) as client:
        things.get_thing(client, id="1", extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"})
    request = server.requests[0]
    assert request.headers["x-trace"] == "t1" and request.query == [("debug", "1")]


def test_async_retries_use_the_async_sleep(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=503), Reply(status=200, body=THING))
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> str:
        async with feat.AsyncClient(token="tok", base_url=server.url + "/v1") as client:
            client._async_sleep = fake_sleep
            client._random = lambda: 0.0
            thing = await things.get_thing_async(client, id="1")
            return str(thing.id)

    assert asyncio.run(main()) == "1"
    assert sleeps == [0.5] and len(server.requests) == 2
