"""What one call is, as data: the ``Operation`` a generated endpoint describes, the ``RequestParts``
of its arguments, the per-call ``RequestOptions``, and the decoders that turn a body into a value.

Everything here is plain data; sending happens in ``_client``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._decode import DecodeError
from ._servers import Server
from ._types import NOT_GIVEN, UNSET, NotGiven

__all__ = [
    "Decoder",
    "Operation",
    "RequestOptions",
    "RequestParts",
    "Timeout",
    "bytes_body",
    "describe",
    "json_body",
    "lookup",
    "no_body",
    "text_body",
]

T = TypeVar("T")

Timeout = float | httpx.Timeout | None
Decoder = Callable[[httpx.Response], T]


def json_body(decode: Callable[[Any], T], *, any_media: bool = False) -> Decoder[T]:
    """A response decoder that parses JSON and hands it to a generated ``from_dict``-style callable.

    ``any_media``: the spec declares the answer as a media range (``*/*``), so the server picks the
    type; a text answer that is not JSON (``text/plain`` "available") is decoded as that string.
    """

    def decoder(response: httpx.Response) -> T:
        try:
            value = response.json()
        except ValueError as exc:  # json.JSONDecodeError, or text that is not UTF-8
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not (any_media and media.startswith("text/")):
                raise DecodeError(f"the body is not valid JSON ({exc})") from None
            value = response.text
        return decode(value)

    return decoder


def text_body(response: httpx.Response) -> str:
    return response.text


def bytes_body(response: httpx.Response) -> bytes:
    return response.content


def no_body(response: httpx.Response) -> None:
    return None


def _no_decoders() -> dict[str, Decoder[Any]]:
    return {}


def _no_path_params() -> dict[str, Any]:
    return {}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Operation(Generic[T]):
    """What the API description says about one operation."""

    name: str
    method: str
    path: str
    success: Mapping[str, Decoder[T]]
    errors: Mapping[str, Decoder[Any]] = dataclasses.field(default_factory=_no_decoders)
    security: tuple[tuple[str, ...], ...] = ()
    idempotent: bool = False
    # The media types the operation answers with: a server that honours Accept strictly (or a
    # mock built from the spec) refuses a text or binary operation asked for JSON only.
    accept: str = "application/json"
    # A success body is handed to its decoder unread (an event stream), not buffered first.
    streamed: bool = False
    # The operation's own servers (the first is used); () means the client's base URL.
    servers: tuple[Server, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestParts:
    """The arguments of one call, still unencoded; built by a generated function."""

    path: Mapping[str, Any] = dataclasses.field(default_factory=_no_path_params)
    # (wire name, value); a value whose style is not its location's default comes as ``Styled``.
    query: Sequence[tuple[str, Any]] = ()
    headers: Sequence[tuple[str, Any]] = ()
    cookies: Sequence[tuple[str, Any]] = ()
    json: Any = UNSET
    content: bytes | str | None = None
    data: Mapping[str, Any] | None = None
    files: Sequence[tuple[str, Any]] | None = None
    content_type: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestOptions:
    """Per-call overrides; every endpoint function accepts them as keyword arguments."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None


def lookup(table: Mapping[str, Decoder[T]], status: int) -> Decoder[T] | None:
    """The decoder for ``status``: its own entry, else its ``NXX`` range, else ``default``."""
    return table.get(str(status)) or table.get(f"{status // 100}XX") or table.get("default")


def describe(op: Operation[Any]) -> str:
    """How messages name an operation: ``get_pet (GET /pets/{petId})``."""
    return f"{op.name} ({op.method} {op.path})"
