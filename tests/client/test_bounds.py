"""Bounds on a call against a real local server: the buffered-body cap and the whole-call deadline."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
import zlib
from types import ModuleType
from typing import Any

import pytest

from tests.server import LocalServer, Reply

THING = {"id": "1", "name": "a"}
MIB = 1024 * 1024


def _gzip_bomb(expanded: int) -> bytes:
    """A gzip body that decompresses to ``expanded`` zero bytes (about 1,000 times smaller)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MIB)
    parts = [compressor.compress(block) for _ in range(expanded // MIB)]
    return b"".join(parts) + compressor.flush()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _gzip_bomb(1024 * MIB)  # 1 GiB expanded


def _client(feat: ModuleType, server: LocalServer, **kwargs: Any) -> Any:
    return feat.Client(token="tok", base_url=server.url + "/v1", **kwargs)


def test_a_compression_bomb_stops_at_the_cap_with_bounded_memory(
    feat: ModuleType, server: LocalServer, bomb: bytes
) -> None:
    from featuretest_client.api import things

    assert len(bomb) < 2 * MIB
    server.reply(Reply(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    tracemalloc.start()
    try:
        with _client(feat, server, max_response_size=8 * MIB) as client, pytest.raises(
            feat.ResponseTooLargeError
        ) as caught:
            things.get_thing(client, id="1")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.limit == 8 * MIB
    assert "max_response_size (8,388,608 bytes)" in str(caught.value)
    assert "get_thing (GET /things/{id})" in str(caught.value)
    assert isinstance(caught.value, feat.APIError)
    # The cap plus a few decompressed chunks, not the gigabyte: the unbounded read needs 1 GiB.
    assert peak < 64 * MIB, peak


def test_a_body_within_the_cap_decodes(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    body = gzip.compress(b'{"id": "1", "name": "a"}')
    server.reply(Reply(body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    with _client(feat, server, max_response_size=64) as client:
        assert things.get_thing(client, id="1").name == "a"


@pytest.mark.parametrize("encoding, wbits", [("deflate", 15), ("deflate", -15), ("gzip", 31)])
def test_compressed_bodies_decode(feat: ModuleType, server: LocalServer, encoding: str, wbits: int) -> None:
    from featuretest_client.api import things

    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    body = compressor.compress(b'{"id": "1", "name": "a"}') + compressor.flush()
    server.reply(Reply(body=body, headers={"Content-Encoding": encoding, "Content-Type": "application/json"}))
    with _client(feat, server) as client:
        assert things.get_thing(client, id="1").name == "a"


def test_a_corrupt_gzip_body_is_a_typed_error(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    body = gzip.compress(b'{"id": "1", "name": "a"}')[:12] + b"not gzip at all"
    server.reply(Reply(body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    with _client(feat, server) as client, pytest.raises(feat.APIResponseValidationError, match="gzip body that does not decompress"):
        things.get_thing(client, id="1")


def test_a_declared_length_over_the_cap_is_refused_unread(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(body={"id": "1", "name": "x" * 5000}))
    with _client(feat, server, max_response_size=1000) as client, pytest.raises(feat.ResponseTooLargeError):
        things.get_thing(client, id="1")


def test_no_cap_reads_everything(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(body={"id": "1", "name": "x" * 5000}))
    with _client(feat, server, max_response_size=None) as client:
        assert len(things.get_thing(client, id="1").name) == 5000


def test_the_async_client_has_the_same_cap(feat: ModuleType, server: LocalServer, bomb: bytes) -> None:
    from featuretest_client.api import things

    server.reply(Reply(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))

    async def main() -> None:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1", max_response_size=MIB) as client:
            with pytest.raises(feat.ResponseTooLargeError):
                await things.get_thing_async(client, id="1")

    asyncio.run(main())


def _drip(count: int = 200, delay: float = 0.05) -> Reply:
    # Each byte comes well inside the read timeout, so only a deadline can stop the call.
    return Reply(chunks=[b" "] * count, chunk_delay=delay, headers={"Content-Type": "application/json"})


def test_the_deadline_bounds_a_dripping_server(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(_drip())
    with _client(feat, server, timeout=5.0, deadline=0.5, max_retries=0) as client, pytest.raises(feat.APITimeoutError) as caught:
        things.get_thing(client, id="1")
    assert "deadline of 0.5s" in str(caught.value)
    assert server.chunks_sent < 200  # the client hung up before the server had finished


def test_the_async_deadline_bounds_a_dripping_server(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(_drip())

    async def main() -> None:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1", deadline=0.5) as client:
            with pytest.raises(feat.APITimeoutError):
                await things.get_thing_async(client, id="1")

    asyncio.run(main())
    assert server.chunks_sent < 200


def test_retry_after_beyond_the_deadline_is_not_slept(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(*[Reply(status=503, headers={"Retry-After": "60"})] * 3)
    with _client(feat, server, deadline=1.0) as client:
        sleeps: list[float] = []
        client._sleep_seconds = sleeps.append
        with pytest.raises(feat.InternalServerError):
            things.get_thing(client, id="1")
    assert sleeps == []  # the storm ends at once with the server's answer, not a minute later
    assert len(server.requests) == 1


def test_retries_within_the_deadline_still_happen(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(status=503, headers={"Retry-After": "0.2"}), Reply(body=THING))
    with _client(feat, server, deadline=30.0) as client:
        sleeps: list[float] = []
        client._sleep_seconds = sleeps.append
        assert things.get_thing(client, id="1").id == "1"
    assert sleeps == [0.2]


def test_the_deadline_shortens_each_phase_timeout(feat: ModuleType, server: LocalServer) -> None:
    import httpx

    deadline = feat._runtime.Deadline(2.0, clock=lambda: 100.0)
    request = httpx.Request("GET", server.url, extensions={"timeout": httpx.Timeout(60.0, connect=1.0).as_dict()})
    deadline.cap(request)
    assert request.extensions["timeout"] == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}


def test_a_per_call_size_cap_applies_to_that_call_only(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    big = {"id": "1", "name": "x" * 5000}
    server.reply(Reply(body=big), Reply(body=big))
    with _client(feat, server) as client:
        with pytest.raises(feat.ResponseTooLargeError) as caught:
            things.get_thing(client.with_options(max_response_size=1000), id="1")
        assert caught.value.limit == 1000
        assert len(things.get_thing(client, id="1").name) == 5000  # the client's own cap is unchanged
        assert client.max_response_size == feat._runtime.DEFAULT_MAX_RESPONSE_SIZE


def test_a_per_call_cap_can_be_lifted(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(Reply(body={"id": "1", "name": "x" * 5000}))
    with _client(feat, server, max_response_size=1000) as client:
        assert len(things.get_thing(client.with_options(max_response_size=None), id="1").name) == 5000


def test_a_per_call_deadline_bounds_a_dripping_server(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(_drip())
    with _client(feat, server, timeout=5.0, max_retries=0) as client:
        assert client.deadline is None
        with pytest.raises(feat.APITimeoutError) as caught:
            things.get_thing(client.with_options(deadline=0.5), id="1")
    assert "deadline of 0.5s" in str(caught.value)
    assert server.chunks_sent < 200


def test_a_per_call_deadline_with_the_async_client(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(_drip())

    async def main() -> None:
        async with feat.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            with pytest.raises(feat.APITimeoutError, match="deadline of 0.5s"):
                await things.get_thing_async(client.with_options(deadline=0.5), id="1")

    asyncio.run(main())
    assert server.chunks_sent < 200


def test_a_per_call_deadline_stops_a_retry_after_storm(feat: ModuleType, server: LocalServer) -> None:
    from featuretest_client.api import things

    server.reply(*[Reply(status=503, headers={"Retry-After": "60"})] * 3)
    with _client(feat, server) as client:
        sleeps: list[float] = []
        client._sleep_seconds = sleeps.append
        with pytest.raises(feat.InternalServerError):
            things.get_thing(client.with_options(deadline=1.0), id="1")
    assert sleeps == []  # not the minute the server asked for
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "options",
    [{"deadline": 0}, {"deadline": -1.0}, {"deadline": float("nan")}, {"max_response_size": -1},
     {"max_response_size": 1.5}, {"max_response_size": True}],
)
def test_unusable_bounds_are_refused(feat: ModuleType, server: LocalServer, options: dict[str, Any]) -> None:
    with pytest.raises(feat.ClientConfigError):
        _client(feat, server, **options)
    with _client(feat, server) as client, pytest.raises(feat.ClientConfigError):
        client.with_options(**options)
