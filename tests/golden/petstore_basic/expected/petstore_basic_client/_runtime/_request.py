"""``client.request("GET", "/path", ...)``: an endpoint the API description does not describe,
sent the way a generated endpoint is (auth, retries, redaction, hooks, typed errors).

The call is turned into the same ``Operation`` and ``RequestParts`` a generated function builds,
so nothing downstream knows the difference.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, Self, TypeVar

import httpx

from ._errors import InvalidRequestError
from ._operation import Operation, RequestOptions, RequestParts, json_body
from ._options import ApiInfo
from ._types import UNSET

T = TypeVar("T")

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

Params = Mapping[str, Any] | Sequence[tuple[str, Any]]


class FromDict(Protocol):
    """A generated model class (anything with a ``from_dict`` class method)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Self: ...


_OCTETS = "application/octet-stream"


def _names(headers: Mapping[str, str] | None, name: str) -> bool:
    return any(key.lower() == name for key in headers or {})


def raw_body(response: httpx.Response) -> Any:
    """The body as JSON when it says it is JSON, else text, bytes or None when empty."""
    if not response.content:
        return None
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return response.json()
    if media.startswith("text/"):
        return response.text
    return response.content


def adhoc(
    api: ApiInfo,
    method: str,
    path: str,
    *,
    cast_to: type[FromDict] | Callable[[Any], Any] | None,
    path_params: Mapping[str, Any] | None,
    params: Params | None,
    json: Any,
    content: bytes | str | None,
    headers: Mapping[str, str] | None,
) -> tuple[Operation[Any], RequestParts]:
    """The operation and arguments of ``client.request(method, path, ...)``.

    ``{name}`` placeholders in ``path`` are filled from ``path_params`` (percent-encoded, ``.``
    and ``..`` refused); query parameters are sent as ``form`` style, exploded.
    """
    method = method.upper()
    if not path.startswith("/"):
        raise InvalidRequestError(
            f"request path {path!r} must start with '/' (it is relative to base_url)"
        )
    if cast_to is None:
        decoder: Callable[[httpx.Response], Any] = raw_body
    else:
        from_dict = getattr(cast_to, "from_dict", None)
        decoder = json_body(from_dict if callable(from_dict) else cast_to)
    items = params.items() if isinstance(params, Mapping) else (params or ())
    operation: Operation[Any] = Operation(
        name="request",
        method=method,
        path=path,
        success={"default": decoder},
        security=api.security,
        idempotent=method in _IDEMPOTENT,
        accept="application/json, */*;q=0.5",
    )
    parts = RequestParts(
        path=dict(path_params or {}),
        query=tuple(items),
        headers=tuple((headers or {}).items()),
        json=json,
        content=content,
        content_type=(None if content is None or _names(headers, "content-type") else _OCTETS),
    )
    if content is not None and json is not UNSET:
        raise InvalidRequestError("pass json= or content=, not both")
    return operation, parts


_OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def call_parts(
    api: ApiInfo,
    target: Operation[Any] | str,
    where: RequestParts | str,
    args: tuple[Any, ...],
    adhoc_args: dict[str, Any],
    options: dict[str, Any],
) -> tuple[Operation[Any], RequestParts, RequestOptions, bool]:
    """(operation, parts, options, raw) of a ``client.request(...)`` call, in either of its forms:
    a generated endpoint's ``(Operation, RequestParts, *options)``, or ``(method, path, ...)``.
    """
    options.update(zip(_OPTION_NAMES, args))
    call_options = RequestOptions(**options)
    if isinstance(target, Operation):
        assert isinstance(where, RequestParts)
        return target, where, call_options, False
    assert isinstance(where, str)
    op, parts = adhoc(api, target, where, **adhoc_args)
    return op, parts, call_options, adhoc_args["cast_to"] is None
