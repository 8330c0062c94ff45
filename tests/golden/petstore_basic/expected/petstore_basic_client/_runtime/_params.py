"""Parameter serialisation (OpenAPI ``style`` / ``explode``) and path safety."""

from __future__ import annotations

import datetime as _dt
import enum
import urllib.parse
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from ._serde import format_datetime
from ._types import Unset


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
        text = ",".join(scalar(v) for v in value)
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
        if style == "deepObject":
            return [(f"{name}[{k}]", scalar(v)) for k, v in value.items()]
        if explode:
            return [(str(k), scalar(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{scalar(v)}" for k, v in value.items()))]
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        if explode:
            return [(name, scalar(v)) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(scalar(v) for v in value))]
    return [(name, scalar(value))]


def header_value(value: Any) -> str:
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return ",".join(scalar(v) for v in value)
    return scalar(value)
