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
from .._client import with_response as _with_response

__all__ = [
    "tail_logs",
    "tail_logs_async",
    "tail_logs_with_response",
    "tail_logs_with_response_async",
]


_TAIL_LOGS: _rt.Operation[_rt.EventStream[str]] = _rt.Operation(
    name="tail_logs",
    method="GET",
    path="/logs",
    success={"200": _rt.event_stream(_rt.text_events)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
    accept="text/event-stream",
    streamed=True,
)


def tail_logs(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.EventStream[str]:
    """Tail the log as text events.

    Sends ``GET /logs``.
    """
    parts = _rt.RequestParts()
    return client._call(_TAIL_LOGS, parts, extra_headers, extra_query, timeout, max_retries)


tail_logs_async = _async_form(tail_logs)
"""Async form of :func:`tail_logs`."""
tail_logs_with_response = _with_response(tail_logs)
"""Like :func:`tail_logs`, but also returns the HTTP status and headers."""
tail_logs_with_response_async = _async_form(tail_logs_with_response)
"""Async form of :func:`tail_logs_with_response`."""
