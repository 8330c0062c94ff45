# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import events as _events
from .._client import with_response as _with_response
from ..models.chat_answer import ChatAnswer
from ..models.chat_delta import ChatDelta
from ..models.create_chat_request import CreateChatRequest

__all__ = [
    "create_chat",
    "create_chat_async",
    "create_chat_stream",
    "create_chat_stream_async",
    "create_chat_with_response",
    "create_chat_with_response_async",
]


_CREATE_CHAT: _rt.Operation[ChatAnswer] = _rt.Operation(
    name="create_chat",
    method="POST",
    path="/chat",
    success={"200": _rt.json_body(ChatAnswer.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=False,
)
_CREATE_CHAT_STREAM: _rt.Operation[_rt.EventStream[ChatDelta]] = _rt.Operation(
    name="create_chat_stream",
    method="POST",
    path="/chat",
    success={"200": _rt.event_stream(_rt.json_events(ChatDelta.from_dict))},
    errors={},
    security=(("bearer",),),
    idempotent=False,
    accept="text/event-stream",
    streamed=True,
)


def create_chat(
    client: _Client,
    *,
    body: CreateChatRequest,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> ChatAnswer:
    """Create a chat answer (JSON, or events when asked for them).

    Sends ``POST /chat``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_CHAT, parts, extra_headers, extra_query, timeout, max_retries)


create_chat_async = _async_form(create_chat)
"""Async form of :func:`create_chat`."""
create_chat_with_response = _with_response(create_chat)
"""Like :func:`create_chat`, but also returns the HTTP status and headers."""
create_chat_with_response_async = _async_form(create_chat_with_response)
"""Async form of :func:`create_chat_with_response`."""
create_chat_stream = _events(create_chat, _CREATE_CHAT_STREAM, "")
"""Like :func:`create_chat`, but the answer comes as a stream of server-sent events."""
create_chat_stream_async = _async_form(create_chat_stream)
"""Async form of :func:`create_chat_stream`."""
