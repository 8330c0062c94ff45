# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.login_body import LoginBody
from ..models.upload_body import UploadBody
from ..models.upload_response import UploadResponse

__all__ = [
    "get_blob",
    "get_blob_async",
    "get_blob_with_response",
    "get_blob_with_response_async",
    "login",
    "login_async",
    "login_with_response",
    "login_with_response_async",
    "put_blob",
    "put_blob_async",
    "put_blob_with_response",
    "put_blob_with_response_async",
    "upload",
    "upload_async",
    "upload_with_response",
    "upload_with_response_async",
]


_LOGIN: _rt.Operation[str] = _rt.Operation(
    name="login",
    method="POST",
    path="/login",
    success={"200": _rt.text_body},
    errors={},
    security=(),
    idempotent=False,
)


def _login_parts(
    *,
    body: LoginBody,
) -> _rt.RequestParts:
    return _rt.RequestParts(**_rt.form_fields(body.to_dict(request=True)))


def login(
    client: _Client,
    *,
    body: LoginBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> str:
    """POST /login.

    Sends ``POST /login``.
    """
    return client._send(
        _LOGIN,
        _login_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def login_async(
    client: _AsyncClient,
    *,
    body: LoginBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> str:
    """Async form of :func:`login`."""
    response = await client._send(
        _LOGIN,
        _login_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def login_with_response(
    client: _Client,
    *,
    body: LoginBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[str]:
    """Like :func:`login`, but also returns the HTTP status and headers."""
    response = client._send(
        _LOGIN,
        _login_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def login_with_response_async(
    client: _AsyncClient,
    *,
    body: LoginBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[str]:
    """Async form of :func:`login_with_response`."""
    response = await client._send(
        _LOGIN,
        _login_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_UPLOAD: _rt.Operation[UploadResponse] = _rt.Operation(
    name="upload",
    method="POST",
    path="/upload",
    success={"200": _rt.json_body(UploadResponse.from_dict)},
    errors={},
    security=(),
    idempotent=False,
)


def _upload_parts(
    *,
    body: UploadBody,
) -> _rt.RequestParts:
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


_GET_BLOB: _rt.Operation[bytes] = _rt.Operation(
    name="get_blob",
    method="GET",
    path="/blobs/{name}",
    success={"200": _rt.bytes_body},
    errors={},
    security=(),
    idempotent=True,
)


def _get_blob_parts(
    *,
    name: str,
) -> _rt.RequestParts:
    return _rt.RequestParts(path={"name": name})


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
    return client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_blob_async(
    client: _AsyncClient,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> bytes:
    """Async form of :func:`get_blob`."""
    response = await client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_blob_with_response(
    client: _Client,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[bytes]:
    """Like :func:`get_blob`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_blob_with_response_async(
    client: _AsyncClient,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[bytes]:
    """Async form of :func:`get_blob_with_response`."""
    response = await client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_PUT_BLOB: _rt.Operation[None] = _rt.Operation(
    name="put_blob",
    method="PUT",
    path="/blobs/{name}",
    success={"204": _rt.no_body},
    errors={},
    security=(),
    idempotent=True,
)


def _put_blob_parts(
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
) -> _rt.RequestParts:
    return _rt.RequestParts(
        path={"name": name},
        query=(("x_request_id", x_request_id, "form", True),),
        headers=(("X-Request-Id", x_request_id2),),
        content=body,
        content_type="application/octet-stream",
    )


def put_blob(
    client: _Client,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """PUT /blobs/{name}.

    Sends ``PUT /blobs/{name}``.
    """
    return client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def put_blob_async(
    client: _AsyncClient,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """Async form of :func:`put_blob`."""
    response = await client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def put_blob_with_response(
    client: _Client,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Like :func:`put_blob`, but also returns the HTTP status and headers."""
    response = client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def put_blob_with_response_async(
    client: _AsyncClient,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Async form of :func:`put_blob_with_response`."""
    response = await client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
