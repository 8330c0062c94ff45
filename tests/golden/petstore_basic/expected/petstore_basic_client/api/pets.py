# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
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
    success={"200": _rt.json_body(lambda _v0: [Pet.from_dict(_v1) for _v1 in _v0])},
    errors={},
    security=(("apiKey",),),
    idempotent=True,
)


def _list_pets_parts(
    *, limit: int = 20, status: PetStatus | str | _rt.Unset = _rt.UNSET
) -> _rt.RequestParts:
    return _rt.RequestParts(
        query=(("limit", limit, "form", True), ("status", status, "form", True))
    )


def list_pets(
    client: _Client,
    *,
    limit: int = 20,
    status: PetStatus | str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Pet]:
    """List pets.

    Sends ``GET /pets``.
    """
    return client._send(
        _LIST_PETS,
        _list_pets_parts(limit=limit, status=status),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def list_pets_async(
    client: _AsyncClient,
    *,
    limit: int = 20,
    status: PetStatus | str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Pet]:
    """Async form of :func:`list_pets`."""
    response = await client._send(
        _LIST_PETS,
        _list_pets_parts(limit=limit, status=status),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def list_pets_with_response(
    client: _Client,
    *,
    limit: int = 20,
    status: PetStatus | str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Pet]]:
    """Like :func:`list_pets`, but also returns the HTTP status and headers."""
    response = client._send(
        _LIST_PETS,
        _list_pets_parts(limit=limit, status=status),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def list_pets_with_response_async(
    client: _AsyncClient,
    *,
    limit: int = 20,
    status: PetStatus | str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Pet]]:
    """Async form of :func:`list_pets_with_response`."""
    response = await client._send(
        _LIST_PETS,
        _list_pets_parts(limit=limit, status=status),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_CREATE_PET: _rt.Operation[Pet] = _rt.Operation(
    name="create_pet",
    method="POST",
    path="/pets",
    success={"201": _rt.json_body(Pet.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("apiKey",),),
    idempotent=False,
)


def _create_pet_parts(*, body: NewPet) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


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
    return client._send(
        _CREATE_PET,
        _create_pet_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_pet_async(
    client: _AsyncClient,
    *,
    body: NewPet,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Pet:
    """Async form of :func:`create_pet`."""
    response = await client._send(
        _CREATE_PET,
        _create_pet_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_pet_with_response(
    client: _Client,
    *,
    body: NewPet,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Pet]:
    """Like :func:`create_pet`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_PET,
        _create_pet_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_pet_with_response_async(
    client: _AsyncClient,
    *,
    body: NewPet,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Pet]:
    """Async form of :func:`create_pet_with_response`."""
    response = await client._send(
        _CREATE_PET,
        _create_pet_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_GET_PETS_BY_PET_ID: _rt.Operation[Pet] = _rt.Operation(
    name="get_pets_by_pet_id",
    method="GET",
    path="/pets/{petId}",
    success={"200": _rt.json_body(Pet.from_dict)},
    errors={"404": _rt.json_body(Error.from_dict)},
    security=(("apiKey",),),
    idempotent=True,
)


def _get_pets_by_pet_id_parts(*, pet_id: int) -> _rt.RequestParts:
    return _rt.RequestParts(path={"petId": pet_id})


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
    return client._send(
        _GET_PETS_BY_PET_ID,
        _get_pets_by_pet_id_parts(pet_id=pet_id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_pets_by_pet_id_async(
    client: _AsyncClient,
    *,
    pet_id: int,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Pet:
    """Async form of :func:`get_pets_by_pet_id`."""
    response = await client._send(
        _GET_PETS_BY_PET_ID,
        _get_pets_by_pet_id_parts(pet_id=pet_id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_pets_by_pet_id_with_response(
    client: _Client,
    *,
    pet_id: int,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Pet]:
    """Like :func:`get_pets_by_pet_id`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_PETS_BY_PET_ID,
        _get_pets_by_pet_id_parts(pet_id=pet_id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_pets_by_pet_id_with_response_async(
    client: _AsyncClient,
    *,
    pet_id: int,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Pet]:
    """Async form of :func:`get_pets_by_pet_id_with_response`."""
    response = await client._send(
        _GET_PETS_BY_PET_ID,
        _get_pets_by_pet_id_parts(pet_id=pet_id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
