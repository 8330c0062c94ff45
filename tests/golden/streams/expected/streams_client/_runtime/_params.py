"""Parameter serialisation (OpenAPI ``style`` / ``explode``) and path safety."""

from __future__ import annotations

import datetime as _dt
import enum
import urllib.parse
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

from ._serde import format_datetime
from ._types import Unset

T = TypeVar("T")


def scalar(value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if value is None:
        return ""
    return str(value)


def path_segment(name: str, value: Any) -> str:
    """One percent-encoded path segment; ``.``, ``..`` and empty values are refused.

    httpx would normalise them away and send the request to another resource.
    """
    if isinstance(value, (list, tuple)):
        text = ",".join(scalar(v) for v in cast("Sequence[object]", value))
    else:
        text = scalar(value)
    if text in ("", ".", ".."):
        raise ValueError(
            f"path parameter {name!r} must not be {text!r}: it would change the request's path"
        )
    return urllib.parse.quote(text, safe="")


def query_pairs(name: str, value: Any, style: str, explode: bool) -> list[tuple[str, str]]:
    if isinstance(value, Unset):
        return []
    if isinstance(value, Mapping):
        value = cast("Mapping[object, object]", value)
        if style == "deepObject":
            return [(f"{name}[{k}]", scalar(v)) for k, v in value.items()]
        if explode:
            return [(str(k), scalar(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{scalar(v)}" for k, v in value.items()))]
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        value = cast("Sequence[object]", value)
        if explode:
            return [(name, scalar(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(scalar(v) for v in value))]
    return [(name, scalar(value))]


def header_value(value: Any) -> str:
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return ",".join(scalar(v) for v in cast("Sequence[object]", value))
    return scalar(value)


def parse_bool(text: str) -> bool:
    """A header's ``true`` / ``false``; anything else is refused rather than guessed."""
    lowered = text.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise ValueError(f"expected true or false, got {text[:40]!r}")


def parse_list(item: Callable[[str], T]) -> Callable[[str], list[T]]:
    """A comma-separated header (``simple`` style) into a list of ``item`` values."""

    def parse(text: str) -> list[T]:
        return [item(part.strip()) for part in text.split(",") if part.strip()]

    return parse


def read_header(headers: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T | None:
    """A declared response header, parsed; ``None`` when the response does not carry it."""
    raw = headers.get(name)
    return None if raw is None else parse(raw)


def require_header(headers: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T:
    """A response header the API description marks as required; its absence is an error."""
    raw = headers.get(name)
    if raw is None:
        raise ValueError(f"required response header {name!r} is missing")
    return parse(raw)
