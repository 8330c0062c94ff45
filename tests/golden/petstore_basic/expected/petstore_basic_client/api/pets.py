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
from ..models.error import Error
from ..models.new_pet import NewPet
from ..models.pet import Pet
from ..models.pet_status import PetStatus

__all__ = [
    "create_pet",
    "create_pet_async",
    "create_pet_with_response",
    "create_pet_with_response_async",
    "get_pets_by_pet_id",
    "get_pets_by_pet_id_async",
    "get_pets_by_pet_id_with_response",
    "get_pets_by_pet_id_with_response_async",
    "list_pets",
    "list_pets_async",
    "list_pets_with_response",
    "list_pets_with_response_async",
]


_LIST_PETS: _rt.Operation[list[Pet]] = _rt.Operation(
    name="list_pets",
    method="GET",
    path="/pets",
    success={"200": _rt.json_body(lambda _v0: _rt.list_of(_v0, Pet.from_dict))},
    errors={},
    security=(("apiKey",),),
    idempotent=True,
)


def list_pets(
    client: _Client,
    *,
    limit: int = 20,
    status: PetStatus | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Pet]:
    """List pets.

    Sends ``GET /pets``.
    """
    parts = _rt.RequestParts(query=(("limit", limit), ("status", status)))
    return client._call(_LIST_PETS, parts, extra_headers, extra_query, timeout, max_retries)


list_pets_async = _async_form(list_pets)
"""Async form of :func:`list_pets`."""
list_pets_with_response = _with_response(list_pets)
"""Like :func:`list_pets`, but also returns the HTTP status and headers."""
list_pets_with_response_async = _async_form(list_pets_with_response)
"""Async form of :func:`list_pets_with_response`."""


_CREATE_PET: _rt.Operation[Pet] = _rt.Operation(
    name="create_pet",
    method="POST",
    path="/pets",
    success={"201": _rt.json_body(Pet.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("apiKey",),),
    idempotent=False,
)


def create_pet(
    client: _Client,
    *,
    body: NewPet,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Pet:
    """Create a pet.

    Sends ``POST /pets``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_PET, parts, extra_headers, extra_query, timeout, max_retries)


create_pet_async = _async_form(create_pet)
"""Async form of :func:`create_pet`."""
create_pet_with_response = _with_response(create_pet)
"""Like :func:`create_pet`, but also returns the HTTP status and headers."""
create_pet_with_response_async = _async_form(create_pet_with_response)
"""Async form of :func:`create_pet_with_response`."""


_GET_PETS_BY_PET_ID: _rt.Operation[Pet] = _rt.Operation(
    name="get_pets_by_pet_id",
    method="GET",
    path="/pets/{petId}",
    success={"200": _rt.json_body(Pet.from_dict)},
    errors={"404": _rt.json_body(Error.from_dict)},
    security=(("apiKey",),),
    idempotent=True,
)


def get_pets_by_pet_id(
    client: _Client,
    *,
    pet_id: int,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Pet:
    """Get a pet.

    Sends ``GET /pets/{petId}``.
    """
    parts = _rt.RequestParts(path={"petId": pet_id})
    return client._call(
        _GET_PETS_BY_PET_ID, parts, extra_headers, extra_query, timeout, max_retries
    )


get_pets_by_pet_id_async = _async_form(get_pets_by_pet_id)
"""Async form of :func:`get_pets_by_pet_id`."""
get_pets_by_pet_id_with_response = _with_response(get_pets_by_pet_id)
"""Like :func:`get_pets_by_pet_id`, but also returns the HTTP status and headers."""
get_pets_by_pet_id_with_response_async = _async_form(get_pets_by_pet_id_with_response)
"""Async form of :func:`get_pets_by_pet_id_with_response`."""
