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


def upload(
    client: _Client,
    *,
    body: UploadBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    extra_body: _Mapping[str, object] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> UploadResponse:
    """POST /upload.

    Sends ``POST /upload``.
    """
    parts = _rt.RequestParts(**_rt.multipart_fields(body.to_dict(request=True)))
    return client.request(
        _UPLOAD, parts, extra_headers, extra_query, extra_body, timeout, max_retries
    )


upload_async = _async_form(upload)
"""Async form of :func:`upload`."""
upload_with_response = _with_response(upload)
"""Like :func:`upload`, but also returns the HTTP status and headers."""
upload_with_response_async = _async_form(upload_with_response)
"""Async form of :func:`upload_with_response`."""
