"""Server-sent events and streamed downloads, parsed and decoded against a real local server.

The client is generated from ``tests/golden/streams/spec.yaml``: an events-only operation, an
operation that answers JSON or events (OpenAI's ``stream`` flag, and a declared second media type),
text events and a binary download.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import generate_package
from tests.golden_cases import GOLDEN
from tests.server import LocalServer, Reply

SSE = {"Content-Type": "text/event-stream"}


@pytest.fixture(scope="module")
def streams(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(GOLDEN / "streams" / "spec.yaml", tmp_path_factory.mktemp("streams") / "client",
                     "streamstest_client")
    return importlib.import_module("streamstest_client")


def _client(streams: ModuleType, server: LocalServer, **kwargs: Any) -> Any:
    return streams.Client(token="tok", base_url=server.url + "/v1", **kwargs)


def _events(streams: ModuleType, chunks: list[bytes]) -> list[Any]:
    return list(streams._runtime.parse_events(chunks))


# -- the parser (WHATWG "interpreting an event stream") ----------------------------------------

def test_every_field_kind(streams: ModuleType) -> None:
    text = (b"retry: 1500\nid: 7\nevent: update\ndata: first\ndata: second\n\n"
            b": a comment\ndata:no space\n\nid\ndata\n\n")
    events = _events(streams, [text])
    assert [(e.event, e.data, e.id, e.retry) for e in events] == [
        ("update", "first\nsecond", "7", 1500),
        ("message", "no space", "7", 1500),  # id persists across events
        ("message", "", "", 1500),  # a bare "id" resets it; a bare "data" is an empty line of data
    ]


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"])
def test_line_endings_split_anywhere(streams: ModuleType, eol: bytes) -> None:
    text = b"\xef\xbb\xbfdata: h\xc3\xa9" + eol + b"data: 2" + eol + eol + b"data: 3" + eol + eol
    whole = _events(streams, [text])
    assert [e.data for e in whole] == ["h\u00e9\n2", "3"]
    for size in (1, 2, 3):  # every chunk boundary, including inside CRLF and inside a UTF-8 character
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert _events(streams, chunks) == whole


def test_ignored_lines(streams: ModuleType) -> None:
    text = b"retry: soon\nid: a\x00b\nunknown: x\ndata: kept\n\ndata: unterminated"
    [event] = _events(streams, [text])
    assert (event.data, event.id, event.retry) == ("kept", "", None)  # the last event never ended


def test_only_cr_lf_end_lines(streams: ModuleType) -> None:
    [event] = _events(streams, ["data: a\x0cb\u2028c\n\n".encode()])
    assert event.data == "a\x0cb\u2028c"


# -- typed streams over HTTP ---------------------------------------------------------------------

def _sse(*payloads: object, delay: float = 0.0, tail: list[bytes] | None = None) -> Reply:
    chunks = [f"data: {json.dumps(p)}\n\n".encode() for p in payloads] + (tail or [])
    return Reply(chunks=chunks, chunk_delay=delay, headers=SSE)


def test_events_decode_to_the_model(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import events

    server.reply(_sse({"kind": "a"}, {"kind": "b", "detail": "x"}))
    with _client(streams, server) as client, events.watch_events(client) as stream:
        got = [(e.kind, e.detail) for e in stream]
    assert got == [("a", streams.UNSET), ("b", "x")]
    assert server.requests[0].headers["accept"] == "text/event-stream"
    assert isinstance(stream, streams.EventStream)


def test_leaving_the_loop_early_closes_the_connection(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import events

    server.reply(_sse(*({"kind": str(i)} for i in range(200)), delay=0.01))
    with _client(streams, server) as client:
        for event in events.watch_events(client):
            if event.kind == "2":
                break
        # the server notices the hang-up at its next write: give it a moment, then it has stopped
        import time

        for _ in range(100):
            sent = server.chunks_sent
            time.sleep(0.02)
            if server.chunks_sent == sent:
                break
    assert server.chunks_sent < 200


def test_reconnection_data_is_kept(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import logs

    server.reply(Reply(chunks=[b"retry: 3000\nid: 41\ndata: one\n\n", b"id: 42\ndata: two\n\n"], headers=SSE))
    with _client(streams, server) as client:
        stream = logs.tail_logs(client)
        assert list(stream) == ["one", "two"]
    assert (stream.last_event_id, stream.retry) == ("42", 3000)


def test_a_flagged_operation_has_a_stream_form(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import completions
    from streamstest_client.models import CreateCompletionRequest

    server.reply(Reply(body={"id": "c1", "text": "whole"}),
                 _sse({"id": "c1", "delta": "wh"}, {"id": "c1", "delta": "ole"}, tail=[b"data: [DONE]\n\n"]))
    with _client(streams, server) as client:
        whole = completions.create_completion(client, body=CreateCompletionRequest(prompt="p"))
        deltas = [c.delta for c in completions.create_completion_stream(client, body=CreateCompletionRequest(prompt="p"))]
    assert whole.text == "whole"
    assert deltas == ["wh", "ole"]  # "[DONE]" ends the stream and is not decoded
    plain, streamed = server.requests
    assert "stream" not in plain.json() and plain.headers["accept"] == "application/json"
    assert streamed.json() == {"prompt": "p", "stream": True}
    assert streamed.headers["accept"] == "text/event-stream"


def test_a_declared_event_stream_beside_json(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import chat
    from streamstest_client.models import ChatDelta, CreateChatRequest

    server.reply(_sse({"delta": "x"}))
    with _client(streams, server) as client:
        [delta] = list(chat.create_chat_stream(client, body=CreateChatRequest(message="m")))
    assert isinstance(delta, ChatDelta)
    assert server.requests[0].json() == {"message": "m"}  # no flag in this API: Accept asks
    assert server.requests[0].headers["accept"] == "text/event-stream"


def test_an_event_that_does_not_match_is_a_typed_error(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import events

    server.reply(_sse({"kind": "a"}, {"detail": "no kind"}))
    with _client(streams, server) as client:
        stream = events.watch_events(client)
        with pytest.raises(streams.APIResponseValidationError, match="streamed an event"):
            list(stream)


def test_an_error_status_is_raised_before_streaming(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import events

    server.reply(Reply(status=404, body={"message": "gone"}))
    with _client(streams, server) as client, pytest.raises(streams.NotFoundError, match="gone"):
        events.watch_events(client)


def test_async_events_and_cancellation(streams: ModuleType, server: LocalServer) -> None:
    from streamstest_client.api import events

    server.reply(_sse({"kind": "a"}, {"kind": "b"}), _sse(*({"kind": str(i)} for i in range(100)), delay=0.05))

    async def main() -> list[str]:
        async with streams.AsyncClient(token="t", base_url=server.url + "/v1") as client:
            async with await events.watch_events_async(client) as stream:
                kinds = [e.kind async for e in stream]
            slow = await events.watch_events_async(client)

            async def consume() -> None:
                async for _ in slow:
                    pass

            task = asyncio.create_task(consume())
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert slow.response.is_closed  # cancellation closed the connection at once
            return kinds

    assert asyncio.run(main()) == ["a", "b"]


# -- streamed downloads --------------------------------------------------------------------------

def test_a_download_streams_to_a_file(streams: ModuleType, server: LocalServer, tmp_path: Path) -> None:
    from streamstest_client.api import exports

    blob = bytes(range(256)) * 4096  # 1 MiB
    server.reply(Reply(chunks=[blob[i : i + 65536] for i in range(0, len(blob), 65536)],
                       headers={"Content-Type": "application/octet-stream"}),
                 Reply(chunks=[b"ab", b"cd"], headers={"Content-Type": "application/octet-stream"}))
    with _client(streams, server, max_response_size=1024) as client:
        with exports.download_export_streaming(client, id="e1") as response:
            assert isinstance(response, streams.StreamedResponse)
            assert response.status_code == 200
            written = response.write_to_file(tmp_path / "export.bin")
        with exports.download_export_streaming(client, id="e2") as response:
            assert list(response.iter_bytes()) == [b"ab", b"cd"]
    assert written == len(blob)  # the size cap is for buffered bodies, not streams
    assert (tmp_path / "export.bin").read_bytes() == blob


def test_an_async_download(streams: ModuleType, server: LocalServer, tmp_path: Path) -> None:
    from streamstest_client.api import exports

    server.reply(Reply(chunks=[b"x" * 1000] * 5, headers={"Content-Type": "application/octet-stream"}))

    async def main() -> int:
        async with streams.AsyncClient(token="t", base_url=server.url + "/v1") as client, \
                await exports.download_export_streaming_async(client, id="e") as response:
            return await response.awrite_to_file(tmp_path / "a.bin")

    assert asyncio.run(main()) == 5000
    assert (tmp_path / "a.bin").read_bytes() == b"x" * 5000


# -- the offline fake -----------------------------------------------------------------------------

def test_the_fake_serves_events_and_pages(streams: ModuleType) -> None:
    from streamstest_client import testing
    from streamstest_client.api import charges, completions, events
    from streamstest_client.models import CreateCompletionRequest

    fake = testing.FakeTransport()
    with streams.Client(token="t", transport=fake) as client:
        [example] = list(events.watch_events(client))  # from the spec's schema: one event
        assert isinstance(example.kind, str)
        fake.set_events("create_completion_stream", [{"id": "1", "delta": "a"}, {"id": "1", "delta": "b"}],
                        terminator="[DONE]")
        chunks = completions.create_completion_stream(client, body=CreateCompletionRequest(prompt="p"))
        assert [c.delta for c in chunks] == ["a", "b"]
        fake.set_pages("list_charges", [{"data": [{"id": "1"}, {"id": "2"}], "has_more": True},
                                        {"data": [{"id": "3"}], "has_more": False}])
        assert [c.id for c in charges.list_charges_pages(client)] == ["1", "2", "3"]
    assert fake.calls_to("list_charges")[1].query == {"starting_after": ["2"]}
