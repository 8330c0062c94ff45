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
from ..models.event import Event

__all__ = [
    "watch_events",
    "watch_events_async",
    "watch_events_with_response",
    "watch_events_with_response_async",
]


_WATCH_EVENTS: _rt.Operation[_rt.EventStream[Event]] = _rt.Operation(
    name="watch_events",
    method="GET",
    path="/events",
    success={"200": _rt.event_stream(_rt.json_events(Event.from_dict))},
    errors={},
    security=(("bearer",),),
    idempotent=True,
    accept="text/event-stream",
    streamed=True,
)


def watch_events(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.EventStream[Event]:
    """Watch events.

    Sends ``GET /events``.
    """
    parts = _rt.RequestParts()
    return client._call(_WATCH_EVENTS, parts, extra_headers, extra_query, timeout, max_retries)


watch_events_async = _async_form(watch_events)
"""Async form of :func:`watch_events`."""
watch_events_with_response = _with_response(watch_events)
"""Like :func:`watch_events`, but also returns the HTTP status and headers."""
watch_events_with_response_async = _async_form(watch_events_with_response)
"""Async form of :func:`watch_events_with_response`."""
