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
from ..models.create_completion_request import CreateCompletionRequest
from ..models.create_completion_response import CreateCompletionResponse
from ..models.create_completion_stream_response import CreateCompletionStreamResponse

__all__ = [
    "create_completion",
    "create_completion_async",
    "create_completion_stream",
    "create_completion_stream_async",
    "create_completion_with_response",
    "create_completion_with_response_async",
]


_CREATE_COMPLETION: _rt.Operation[CreateCompletionResponse] = _rt.Operation(
    name="create_completion",
    method="POST",
    path="/completions",
    success={"200": _rt.json_body(CreateCompletionResponse.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=False,
)
_CREATE_COMPLETION_STREAM: _rt.Operation[_rt.EventStream[CreateCompletionStreamResponse]] = (
    _rt.Operation(
        name="create_completion_stream",
        method="POST",
        path="/completions",
        success={
            "200": _rt.event_stream(
                _rt.json_events(CreateCompletionStreamResponse.from_dict), terminator="[DONE]"
            )
        },
        errors={},
        security=(("bearer",),),
        idempotent=False,
        accept="text/event-stream",
        streamed=True,
    )
)


def create_completion(
    client: _Client,
    *,
    body: CreateCompletionRequest,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CreateCompletionResponse:
    """Create a completion.

    Sends ``POST /completions``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_COMPLETION, parts, extra_headers, extra_query, timeout, max_retries)


create_completion_async = _async_form(create_completion)
"""Async form of :func:`create_completion`."""
create_completion_with_response = _with_response(create_completion)
"""Like :func:`create_completion`, but also returns the HTTP status and headers."""
create_completion_with_response_async = _async_form(create_completion_with_response)
"""Async form of :func:`create_completion_with_response`."""
create_completion_stream = _events(create_completion, _CREATE_COMPLETION_STREAM, "stream")
"""Like :func:`create_completion`, but the answer comes as a stream of server-sent events."""
create_completion_stream_async = _async_form(create_completion_stream)
"""Async form of :func:`create_completion_stream`."""
