# Generated from reflexdb.yaml by the generator; do not edit by hand.
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
from ..models.create_management_key_body import CreateManagementKeyBody
from ..models.created_management_key import CreatedManagementKey
from ..models.error import Error

__all__ = [
    "create_management_key",
    "create_management_key_async",
    "create_management_key_with_response",
    "create_management_key_with_response_async",
]


_CREATE_MANAGEMENT_KEY: _rt.Operation[CreatedManagementKey] = _rt.Operation(
    name="create_management_key",
    method="POST",
    path="/account/management-keys",
    success={"201": _rt.json_body(CreatedManagementKey.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def create_management_key(
    client: _Client,
    *,
    body: CreateManagementKeyBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CreatedManagementKey:
    """Create management key.

    Generates a new management API key (rmk_...). The raw key is returned once in the key
    field — store it immediately. Use it as a Bearer token on any /v1 route.

    Sends ``POST /account/management-keys``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(
        _CREATE_MANAGEMENT_KEY, parts, extra_headers, extra_query, timeout, max_retries
    )


create_management_key_async = _async_form(create_management_key)
"""Async form of :func:`create_management_key`."""
create_management_key_with_response = _with_response(create_management_key)
"""Like :func:`create_management_key`, but also returns the HTTP status and headers."""
create_management_key_with_response_async = _async_form(create_management_key_with_response)
"""Async form of :func:`create_management_key_with_response`."""
