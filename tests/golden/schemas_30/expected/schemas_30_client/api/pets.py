# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
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
            lambda _v0: _rt.decode_discriminated(
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


def _get_pet_parts(*, id: str) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


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
    return client._send(
        _GET_PET,
        _get_pet_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_pet_async(
    client: _AsyncClient,
    *,
    id: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Cat | Dog | Lizard:
    """Async form of :func:`get_pet`."""
    response = await client._send(
        _GET_PET,
        _get_pet_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_pet_with_response(
    client: _Client,
    *,
    id: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Cat | Dog | Lizard]:
    """Like :func:`get_pet`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_PET,
        _get_pet_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_pet_with_response_async(
    client: _AsyncClient,
    *,
    id: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Cat | Dog | Lizard]:
    """Async form of :func:`get_pet_with_response`."""
    response = await client._send(
        _GET_PET,
        _get_pet_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_PUT_PET: _rt.Operation[Cat | Dog | Lizard] = _rt.Operation(
    name="put_pet",
    method="PUT",
    path="/pets/{id}",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.decode_discriminated(
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


def _put_pet_parts(*, id: str, body: Cat | Dog | Lizard) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id}, json=_rt.encode_value(body, request=True))


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
    return client._send(
        _PUT_PET,
        _put_pet_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def put_pet_async(
    client: _AsyncClient,
    *,
    id: str,
    body: Cat | Dog | Lizard,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Cat | Dog | Lizard:
    """Async form of :func:`put_pet`."""
    response = await client._send(
        _PUT_PET,
        _put_pet_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def put_pet_with_response(
    client: _Client,
    *,
    id: str,
    body: Cat | Dog | Lizard,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Cat | Dog | Lizard]:
    """Like :func:`put_pet`, but also returns the HTTP status and headers."""
    response = client._send(
        _PUT_PET,
        _put_pet_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def put_pet_with_response_async(
    client: _AsyncClient,
    *,
    id: str,
    body: Cat | Dog | Lizard,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Cat | Dog | Lizard]:
    """Async form of :func:`put_pet_with_response`."""
    response = await client._send(
        _PUT_PET,
        _put_pet_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
