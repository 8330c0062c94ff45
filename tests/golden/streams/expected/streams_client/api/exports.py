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
    "download_export",
    "download_export_async",
    "download_export_streaming",
    "download_export_streaming_async",
    "download_export_with_response",
    "download_export_with_response_async",
]


_DOWNLOAD_EXPORT: _rt.Operation[bytes] = _rt.Operation(
    name="download_export",
    method="GET",
    path="/exports/{id}",
    success={"200": _rt.bytes_body},
    errors={},
    security=(("bearer",),),
    idempotent=True,
    accept="application/octet-stream",
)


def download_export(
    client: _Client,
    *,
    id: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> bytes:
    """Download an export.

    Sends ``GET /exports/{id}``.
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_DOWNLOAD_EXPORT, parts, extra_headers, extra_query, timeout, max_retries)


download_export_async = _async_form(download_export)
"""Async form of :func:`download_export`."""
download_export_with_response = _with_response(download_export)
"""Like :func:`download_export`, but also returns the HTTP status and headers."""
download_export_with_response_async = _async_form(download_export_with_response)
"""Async form of :func:`download_export_with_response`."""
download_export_streaming = _streaming(download_export)
"""Like :func:`download_export`, but the body is left unread: iterate it or write it to a file."""
download_export_streaming_async = _async_form(download_export_streaming)
"""Async form of :func:`download_export_streaming`."""
