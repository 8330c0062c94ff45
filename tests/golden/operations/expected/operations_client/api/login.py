# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.login_body import LoginBody

__all__ = [
    "login",
    "login_async",
    "login_with_response",
    "login_with_response_async",
]


_LOGIN: _rt.Operation[str] = _rt.Operation(
    name="login",
    method="POST",
    path="/login",
    success={"200": _rt.text_body},
    errors={},
    security=(),
    idempotent=False,
    accept="text/plain",
)


def _login_parts(*, body: LoginBody) -> _rt.RequestParts:
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
