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

    Creates a Stripe Checkout session for upgrading to a paid plan. Redirect the user to the
    returned url. If the account already has an active subscription, redirects to the
    Billing Portal instead.

    Sends ``POST /billing/checkout``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(
        _CREATE_CHECKOUT_SESSION, parts, extra_headers, extra_query, timeout, max_retries
    )


create_checkout_session_async = _async_form(create_checkout_session)
"""Async form of :func:`create_checkout_session`."""
create_checkout_session_with_response = _with_response(create_checkout_session)
"""Like :func:`create_checkout_session`, but also returns the HTTP status and headers."""
create_checkout_session_with_response_async = _async_form(create_checkout_session_with_response)
"""Async form of :func:`create_checkout_session_with_response`."""
