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
from ..models.everything import Everything

__all__ = [
    "get_everything",
    "get_everything_async",
    "get_everything_with_response",
    "get_everything_with_response_async",
]


_GET_EVERYTHING: _rt.Operation[Everything] = _rt.Operation(
    name="get_everything",
    method="GET",
    path="/everything",
    success={"200": _rt.json_body(Everything.from_dict)},
    errors={},
    security=(),
    idempotent=True,
)


def get_everything(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    extra_body: _Mapping[str, object] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Everything:
    """GET /everything.

    Sends ``GET /everything``.
    """
    parts = _rt.RequestParts()
    return client.request(
        _GET_EVERYTHING, parts, extra_headers, extra_query, extra_body, timeout, max_retries
    )


get_everything_async = _async_form(get_everything)
"""Async form of :func:`get_everything`."""
get_everything_with_response = _with_response(get_everything)
"""Like :func:`get_everything`, but also returns the HTTP status and headers."""
get_everything_with_response_async = _async_form(get_everything_with_response)
"""Async form of :func:`get_everything_with_response`."""
