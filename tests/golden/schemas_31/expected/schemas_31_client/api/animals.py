# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import OPERATION_SERVERS as _OPERATION_SERVERS
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import with_response as _with_response
from ..models.animal import Animal
from ..models.cat import Cat
from ..models.dog import Dog

__all__ = [
    "list_animals",
    "list_animals_async",
    "list_animals_with_response",
    "list_animals_with_response_async",
]


_LIST_ANIMALS: _rt.Operation[list[Dog | Cat | Animal]] = _rt.Operation(
    name="list_animals",
    method="GET",
    path="/animals",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.list_of(
                _v0,
                _rt.subtype_of,
                "petType",
                {"dog": Dog.from_dict, "Cat": Cat.from_dict},
                Animal.from_dict,
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
    servers=(_OPERATION_SERVERS[0],),
)


def list_animals(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Dog | Cat | Animal]:
    """GET /animals.

    Sends ``GET /animals``.
    """
    parts = _rt.RequestParts()
    return client._call(_LIST_ANIMALS, parts, extra_headers, extra_query, timeout, max_retries)


list_animals_async = _async_form(list_animals)
"""Async form of :func:`list_animals`."""
list_animals_with_response = _with_response(list_animals)
"""Like :func:`list_animals`, but also returns the HTTP status and headers."""
list_animals_with_response_async = _async_form(list_animals_with_response)
"""Async form of :func:`list_animals_with_response`."""
