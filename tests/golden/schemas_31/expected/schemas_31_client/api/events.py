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
from ..models.created import Created
from ..models.deleted import Deleted

__all__ = [
    "list_events",
    "list_events_async",
    "list_events_with_response",
    "list_events_with_response_async",
]


_LIST_EVENTS: _rt.Operation[list[Created | Deleted]] = _rt.Operation(
    name="list_events",
    method="GET",
    path="/events",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.list_of(
                _v0,
                _rt.tagged_of,
                "type",
                {"created": Created.from_dict, "deleted": Deleted.from_dict},
                (("object", Created.from_dict), ("object", Deleted.from_dict)),
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def list_events(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Created | Deleted]:
    """GET /events.

    Sends ``GET /events``.
    """
    parts = _rt.RequestParts()
    return client._call(_LIST_EVENTS, parts, extra_headers, extra_query, timeout, max_retries)


list_events_async = _async_form(list_events)
"""Async form of :func:`list_events`."""
list_events_with_response = _with_response(list_events)
"""Like :func:`list_events`, but also returns the HTTP status and headers."""
list_events_with_response_async = _async_form(list_events_with_response)
"""Async form of :func:`list_events_with_response`."""
