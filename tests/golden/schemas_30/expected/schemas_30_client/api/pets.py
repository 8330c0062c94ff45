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
from ..models.cat import Cat
from ..models.dog import Dog
from ..models.lizard import Lizard

__all__ = [
    "get_pet",
    "get_pet_async",
    "get_pet_with_response",
    "get_pet_with_response_async",
    "put_pet",
    "put_pet_async",
    "put_pet_with_response",
    "put_pet_with_response_async",
]


_GET_PET: _rt.Operation[Cat | Dog | Lizard] = _rt.Operation(
    name="get_pet",
    method="GET",
    path="/pets/{id}",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.tagged_of(
                _v0,
                "kind",
                {"cat": Cat.from_dict, "doggo": Dog.from_dict, "Lizard": Lizard.from_dict},
                (
                    ("object", Cat.from_dict),
                    ("object", Dog.from_dict),
                    ("object", Lizard.from_dict),
                ),
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def get_pet(
    client: _Client,
    *,
    id: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Cat | Dog | Lizard:
    """GET /pets/{id}.

    Sends ``GET /pets/{id}``.
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_GET_PET, parts, extra_headers, extra_query, timeout, max_retries)


get_pet_async = _async_form(get_pet)
"""Async form of :func:`get_pet`."""
get_pet_with_response = _with_response(get_pet)
"""Like :func:`get_pet`, but also returns the HTTP status and headers."""
get_pet_with_response_async = _async_form(get_pet_with_response)
"""Async form of :func:`get_pet_with_response`."""


_PUT_PET: _rt.Operation[Cat | Dog | Lizard] = _rt.Operation(
    name="put_pet",
    method="PUT",
    path="/pets/{id}",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.tagged_of(
                _v0,
                "kind",
                {"cat": Cat.from_dict, "doggo": Dog.from_dict, "Lizard": Lizard.from_dict},
                (
                    ("object", Cat.from_dict),
                    ("object", Dog.from_dict),
                    ("object", Lizard.from_dict),
                ),
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def put_pet(
    client: _Client,
    *,
    id: str,
    body: Cat | Dog | Lizard,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Cat | Dog | Lizard:
    """PUT /pets/{id}.

    Sends ``PUT /pets/{id}``.
    """
    parts = _rt.RequestParts(path={"id": id}, json=_rt.encode_value(body, request=True))
    return client._call(_PUT_PET, parts, extra_headers, extra_query, timeout, max_retries)


put_pet_async = _async_form(put_pet)
"""Async form of :func:`put_pet`."""
put_pet_with_response = _with_response(put_pet)
"""Like :func:`put_pet`, but also returns the HTTP status and headers."""
put_pet_with_response_async = _async_form(put_pet_with_response)
"""Async form of :func:`put_pet_with_response`."""
