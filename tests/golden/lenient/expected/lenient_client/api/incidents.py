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
from ..models.incident import Incident

__all__ = [
    "list_incidents",
    "list_incidents_async",
    "list_incidents_with_response",
    "list_incidents_with_response_async",
]


_LIST_INCIDENTS: _rt.Operation[list[Incident]] = _rt.Operation(
    name="list_incidents",
    method="GET",
    path="/incidents",
    success={"200": _rt.json_body(lambda _v0: _rt.list_of(_v0, Incident.from_dict))},
    errors={},
    security=(),
    idempotent=True,
)


def list_incidents(
    client: _Client,
    *,
    limit: int = 25,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Incident]:
    """GET /incidents.

    Sends ``GET /incidents``.
    """
    parts = _rt.RequestParts(query=(("limit", limit),))
    return client._call(_LIST_INCIDENTS, parts, extra_headers, extra_query, timeout, max_retries)


list_incidents_async = _async_form(list_incidents)
"""Async form of :func:`list_incidents`."""
list_incidents_with_response = _with_response(list_incidents)
"""Like :func:`list_incidents`, but also returns the HTTP status and headers."""
list_incidents_with_response_async = _async_form(list_incidents_with_response)
"""Async form of :func:`list_incidents_with_response`."""
