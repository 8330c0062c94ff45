# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.checkout_session import CheckoutSession
from ..models.create_checkout_session_body import CreateCheckoutSessionBody
from ..models.error import Error

__all__ = [
    "create_checkout_session",
    "create_checkout_session_async",
    "create_checkout_session_with_response",
    "create_checkout_session_with_response_async",
]


_CREATE_CHECKOUT_SESSION: _rt.Operation[CheckoutSession] = _rt.Operation(
    name="create_checkout_session",
    method="POST",
    path="/billing/checkout",
    success={"200": _rt.json_body(CheckoutSession.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _create_checkout_session_parts(*, body: CreateCheckoutSessionBody) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


def create_checkout_session(
    client: _Client,
    *,
    body: CreateCheckoutSessionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CheckoutSession:
    """Create Checkout session.

    Creates a Stripe Checkout session for upgrading to a paid plan. Redirect the user to the returned url. If the account already has an active subscription, redirects to the Billing Portal instead.

    Sends ``POST /billing/checkout``.
    """
    return client._send(
        _CREATE_CHECKOUT_SESSION,
        _create_checkout_session_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_checkout_session_async(
    client: _AsyncClient,
    *,
    body: CreateCheckoutSessionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CheckoutSession:
    """Async form of :func:`create_checkout_session`."""
    response = await client._send(
        _CREATE_CHECKOUT_SESSION,
        _create_checkout_session_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_checkout_session_with_response(
    client: _Client,
    *,
    body: CreateCheckoutSessionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[CheckoutSession]:
    """Like :func:`create_checkout_session`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_CHECKOUT_SESSION,
        _create_checkout_session_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_checkout_session_with_response_async(
    client: _AsyncClient,
    *,
    body: CreateCheckoutSessionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[CheckoutSession]:
    """Async form of :func:`create_checkout_session_with_response`."""
    response = await client._send(
        _CREATE_CHECKOUT_SESSION,
        _create_checkout_session_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
