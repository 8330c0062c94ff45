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
from .._client import paged as _paged
from .._client import paged_async as _paged_async
from .._client import with_response as _with_response
from ..models.charge import Charge
from ..models.charge_list import ChargeList

__all__ = [
    "list_charges",
    "list_charges_async",
    "list_charges_pages",
    "list_charges_pages_async",
    "list_charges_with_response",
    "list_charges_with_response_async",
]


_LIST_CHARGES: _rt.Operation[ChargeList] = _rt.Operation(
    name="list_charges",
    method="GET",
    path="/charges",
    success={"200": _rt.json_body(ChargeList.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_CHARGES_PAGING: _rt.Paging[Charge] = _rt.Paging(
    scheme="has_more", items=("data",), param="starting_after", next=("has_more",)
)


def list_charges(
    client: _Client,
    *,
    limit: int | _rt.Unset = _rt.UNSET,
    starting_after: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> ChargeList:
    """List (listCharges).

    Sends ``GET /charges``.
    """
    parts = _rt.RequestParts(query=(("limit", limit), ("starting_after", starting_after)))
    return client._call(_LIST_CHARGES, parts, extra_headers, extra_query, timeout, max_retries)


list_charges_async = _async_form(list_charges)
"""Async form of :func:`list_charges`."""
list_charges_with_response = _with_response(list_charges)
"""Like :func:`list_charges`, but also returns the HTTP status and headers."""
list_charges_with_response_async = _async_form(list_charges_with_response)
"""Async form of :func:`list_charges_with_response`."""
list_charges_pages = _paged(list_charges, _LIST_CHARGES_PAGING)
"""Like :func:`list_charges`, but iterating the result walks the items of every page."""
list_charges_pages_async = _paged_async(list_charges, _LIST_CHARGES_PAGING)
"""Async form of :func:`list_charges_pages`: ``async for`` walks every page."""
