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
from ..models.login_body import LoginBody

__all__ = [
    "login",
    "login_async",
    "login_streaming",
    "login_streaming_async",
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
    parts = _rt.RequestParts(**_rt.form_fields(body.to_dict(request=True)))
    return client._call(_LOGIN, parts, extra_headers, extra_query, timeout, max_retries)


login_async = _async_form(login)
"""Async form of :func:`login`."""
login_with_response = _with_response(login)
"""Like :func:`login`, but also returns the HTTP status and headers."""
login_with_response_async = _async_form(login_with_response)
"""Async form of :func:`login_with_response`."""
login_streaming = _streaming(login)
"""Like :func:`login`, but the body is left unread: iterate it or write it to a file."""
login_streaming_async = _async_form(login_streaming)
"""Async form of :func:`login_streaming`."""
