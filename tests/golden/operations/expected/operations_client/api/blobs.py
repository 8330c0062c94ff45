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
from .._client import streaming as _streaming
from .._client import with_response as _with_response

__all__ = [
    "get_blob",
    "get_blob_async",
    "get_blob_streaming",
    "get_blob_streaming_async",
    "get_blob_with_response",
    "get_blob_with_response_async",
    "put_blob",
    "put_blob_async",
    "put_blob_with_response",
    "put_blob_with_response_async",
]


_GET_BLOB: _rt.Operation[bytes] = _rt.Operation(
    name="get_blob",
    method="GET",
    path="/blobs/{name}",
    success={"200": _rt.bytes_body},
    errors={},
    security=(),
    idempotent=True,
    accept="application/octet-stream",
)


def get_blob(
    client: _Client,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> bytes:
    """GET /blobs/{name}.

    Sends ``GET /blobs/{name}``.
    """
    parts = _rt.RequestParts(path={"name": name})
    return client._call(_GET_BLOB, parts, extra_headers, extra_query, timeout, max_retries)


get_blob_async = _async_form(get_blob)
"""Async form of :func:`get_blob`."""
get_blob_with_response = _with_response(get_blob)
"""Like :func:`get_blob`, but also returns the HTTP status and headers."""
get_blob_with_response_async = _async_form(get_blob_with_response)
"""Async form of :func:`get_blob_with_response`."""
get_blob_streaming = _streaming(get_blob)
"""Like :func:`get_blob`, but the body is left unread: iterate it or write it to a file."""
get_blob_streaming_async = _async_form(get_blob_streaming)
"""Async form of :func:`get_blob_streaming`."""


_PUT_BLOB: _rt.Operation[None] = _rt.Operation(
    name="put_blob",
    method="PUT",
    path="/blobs/{name}",
    success={"204": _rt.no_body},
    errors={},
    security=(),
    idempotent=True,
)


def put_blob(
    client: _Client,
    *,
    name: str,
    x_request_id2: str,
    body: _rt.FileInput,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """PUT /blobs/{name}.

    Sends ``PUT /blobs/{name}``.
    """
    parts = _rt.RequestParts(
        path={"name": name},
        query=(("x_request_id", x_request_id),),
        headers=(("X-Request-Id", x_request_id2),),
        **_rt.binary_fields(body, "application/octet-stream"),
    )
    return client._call(_PUT_BLOB, parts, extra_headers, extra_query, timeout, max_retries)


put_blob_async = _async_form(put_blob)
"""Async form of :func:`put_blob`."""
put_blob_with_response = _with_response(put_blob)
"""Like :func:`put_blob`, but also returns the HTTP status and headers."""
put_blob_with_response_async = _async_form(put_blob_with_response)
"""Async form of :func:`put_blob_with_response`."""
