# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.upload_body import UploadBody
from ..models.upload_response import UploadResponse

__all__ = [
    "upload",
    "upload_async",
    "upload_with_response",
    "upload_with_response_async",
]


_UPLOAD: _rt.Operation[UploadResponse] = _rt.Operation(
    name="upload",
    method="POST",
    path="/upload",
    success={"200": _rt.json_body(UploadResponse.from_dict)},
    errors={},
    security=(),
    idempotent=False,
)


def _upload_parts(*, body: UploadBody) -> _rt.RequestParts:
    return _rt.RequestParts(**_rt.multipart_fields(body.to_dict(request=True)))


def upload(
    client: _Client,
    *,
    body: UploadBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> UploadResponse:
    """POST /upload.

    Sends ``POST /upload``.
    """
    return client._send(
        _UPLOAD,
        _upload_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def upload_async(
    client: _AsyncClient,
    *,
    body: UploadBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> UploadResponse:
    """Async form of :func:`upload`."""
    response = await client._send(
        _UPLOAD,
        _upload_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def upload_with_response(
    client: _Client,
    *,
    body: UploadBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[UploadResponse]:
    """Like :func:`upload`, but also returns the HTTP status and headers."""
    response = client._send(
        _UPLOAD,
        _upload_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def upload_with_response_async(
    client: _AsyncClient,
    *,
    body: UploadBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[UploadResponse]:
    """Async form of :func:`upload_with_response`."""
    response = await client._send(
        _UPLOAD,
        _upload_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
