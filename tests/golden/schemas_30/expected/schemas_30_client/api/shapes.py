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
from ..models.get_shape_response_option_1 import GetShapeResponseOption1
from ..models.get_shape_response_option_2 import GetShapeResponseOption2

__all__ = [
    "get_shape",
    "get_shape_async",
    "get_shape_with_response",
    "get_shape_with_response_async",
]


_GET_SHAPE: _rt.Operation[GetShapeResponseOption1 | GetShapeResponseOption2 | str] = _rt.Operation(
    name="get_shape",
    method="GET",
    path="/shapes",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.str_or(
                _v0, GetShapeResponseOption1.from_dict, GetShapeResponseOption2.from_dict
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def get_shape(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> GetShapeResponseOption1 | GetShapeResponseOption2 | str:
    """GET /shapes.

    Sends ``GET /shapes``.
    """
    parts = _rt.RequestParts()
    return client._call(_GET_SHAPE, parts, extra_headers, extra_query, timeout, max_retries)


get_shape_async = _async_form(get_shape)
"""Async form of :func:`get_shape`."""
get_shape_with_response = _with_response(get_shape)
"""Like :func:`get_shape`, but also returns the HTTP status and headers."""
get_shape_with_response_async = _async_form(get_shape_with_response)
"""Async form of :func:`get_shape_with_response`."""
