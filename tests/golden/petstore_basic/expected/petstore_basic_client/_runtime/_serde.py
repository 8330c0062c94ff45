"""Serialisation helpers called by generated ``to_dict`` methods, and the model decorator.

Decoding (``from_dict``) lives in ``_decode``: it is strict, and locates what it refuses.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as _dt
import decimal
import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar, cast, dataclass_transform

from ._types import UNSET, Unset

T = TypeVar("T")


def format_datetime(value: _dt.datetime) -> str:
    """Aware datetime → RFC 3339, with ``Z`` for UTC. Naive datetimes are refused, not guessed."""
    if value.tzinfo is _dt.UTC:  # what parse_datetime gives for "Z": the common case, checked once
        return value.isoformat()[:-6] + "Z"
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"datetime {value!r} has no timezone; pass an aware datetime")
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def b64encode(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def enum_value(value: enum.Enum | str | int) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def encode_value(value: Any, *, request: bool = False) -> Any:
    """Encode any model, enum or scalar; used where the static type is a union.

    ``request=True`` leaves read-only fields out of models (they are never sent).
    """
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and dataclasses.is_dataclass(value):
        return to_dict(request=request)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    if isinstance(value, bytes):
        return b64encode(value)
    if isinstance(value, Mapping):
        return {
            str(k): encode_value(v, request=request)
            for k, v in cast("Mapping[object, object]", value).items()
        }
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [encode_value(v, request=request) for v in cast("Sequence[object]", value)]
    return value


# Helpers for compact generated models: each replaces a few lines per field in every model, and
# each is a plain function call (no reflection), so decoding stays straight-line per model.


@dataclass_transform(kw_only_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def model(cls: type[T]) -> type[T]:
    """The decorator of every model class: ``dataclass(kw_only=True, slots=True)`` in one name."""
    return dataclasses.dataclass(kw_only=True, slots=True)(cls)


def extras() -> Any:
    """The default of ``additional_properties``: a new empty dict per instance."""
    return dataclasses.field(default_factory=dict[str, Any])


class _Encodable(Protocol):
    def to_dict(self, *, request: bool = False) -> dict[str, Any]: ...


def present(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the entries whose value is ``UNSET`` (absent fields are left out)."""
    if UNSET not in data.values():  # a scan in C; most often nothing is left out
        return data
    return {key: value for key, value in data.items() if value is not UNSET}


def model_json(value: _Encodable | None | Unset, request: bool) -> Any:
    """A nested model's JSON; ``None`` and ``UNSET`` pass through (``present`` drops the latter)."""
    if value is None or value is UNSET:
        return value
    return value.to_dict(request=request)


def models_json(value: Sequence[_Encodable] | None | Unset, request: bool) -> Any:
    if value is None or value is UNSET:
        return value
    return [item.to_dict(request=request) for item in value]


def enum_json(value: enum.Enum | str | int | None | Unset) -> Any:
    if value is UNSET:
        return value
    return value.value if isinstance(value, enum.Enum) else value


def enums_json(value: Sequence[enum.Enum | str | int] | None | Unset) -> Any:
    if value is None or value is UNSET:
        return value
    return [item.value if isinstance(item, enum.Enum) else item for item in value]


def datetime_json(value: _dt.datetime | None | Unset) -> Any:
    if value is None or value is UNSET:
        return value
    return format_datetime(value)


def json_of(value: T | None | Unset, encode: Callable[[T], Any]) -> Any:
    """``encode(value)``; ``None`` and ``UNSET`` pass through."""
    if value is None or value is UNSET:
        return value
    return encode(value)


_PLAIN_JSON = frozenset({str, int, float, bool, type(None)})


def json_value(value: Any, request: bool) -> Any:
    """``encode_value`` for a field of any other type (a union, most often of an ID string and a
    model); ``UNSET`` and plain JSON scalars pass through without a look at the type."""
    if value is UNSET or type(value) in _PLAIN_JSON:
        return value
    return encode_value(value, request=request)
