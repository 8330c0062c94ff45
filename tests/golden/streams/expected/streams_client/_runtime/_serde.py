"""(De)serialisation helpers called by generated ``from_dict`` / ``to_dict`` methods."""

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

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

Variant = tuple[str, Callable[[Any], Any]]


class DecodeError(ValueError):
    """A JSON value does not match the type the API description gives it."""


def identity(value: T) -> T:
    return value


def parse_datetime(value: str) -> _dt.datetime:
    """RFC 3339 → aware datetime; a value without an offset is taken as UTC."""
    parsed = _dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=_dt.UTC)
    return parsed


def parse_decimal(value: Any) -> decimal.Decimal:
    """A JSON number or string → ``Decimal``, through its text (a float's repr, not its binary)."""
    return decimal.Decimal(str(value))


def format_datetime(value: _dt.datetime) -> str:
    """Aware datetime → RFC 3339, with ``Z`` for UTC. Naive datetimes are refused, not guessed."""
    if value.tzinfo is _dt.UTC:  # what parse_datetime gives for "Z": the common case, checked once
        return value.isoformat()[:-6] + "Z"
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"datetime {value!r} has no timezone; pass an aware datetime")
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def b64decode(value: str) -> bytes:
    return base64.b64decode(value)


def b64encode(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def open_str_enum(cls: type[E], value: Any) -> E | str:
    """The enum member for ``value``, or the raw string when this client does not know it yet."""
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    if member is not None:  # the common case, without Enum.__call__'s overhead
        return cast("E", member)
    try:
        return cls(value)
    except ValueError:
        if isinstance(value, str):
            return value
        raise DecodeError(
            f"expected a string for {cls.__name__}, got {type(value).__name__}"
        ) from None


def open_int_enum(cls: type[E], value: Any) -> E | int:
    try:
        return cls(value)
    except ValueError:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise DecodeError(
            f"expected an integer for {cls.__name__}, got {type(value).__name__}"
        ) from None


def literal_value(value: Any, allowed: tuple[Any, ...]) -> Any:
    """Check a ``const`` / closed value; refusing others lets unions tell variants apart."""
    for option in allowed:
        if value == option and type(value) is type(option):
            return value
    raise DecodeError(f"expected one of {list(allowed)!r}, got {value!r}"[:200])


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


_JSON_KINDS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
    "any": lambda v: True,
}


def decode_union(value: Any, variants: Sequence[Variant]) -> Any:
    """Decode by shape: the first variant whose JSON kind matches and whose decoder accepts it."""
    return union_of(value, variants)


def decode_discriminated(
    value: Any,
    property_name: str,
    mapping: Mapping[str, Callable[[Any], Any]],
    variants: Sequence[Variant],
) -> Any:
    return tagged_of(value, property_name, mapping, variants)


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


def opt(
    take: Callable[[str, Any], Any], key: str, decode: Callable[..., T], *args: Any
) -> T | Unset:
    """``decode(value, *args)`` for the property ``key`` (read with ``take``: ``dict.pop`` or
    ``dict.get``), or ``UNSET`` when it is absent."""
    value = take(key, UNSET)
    return value if value is UNSET else decode(value, *args)


def opt_null(
    take: Callable[[str, Any], Any], key: str, decode: Callable[..., T], *args: Any
) -> T | None | Unset:
    """As ``opt``; ``None`` (null) passes through too."""
    value = take(key, UNSET)
    return value if value is UNSET or value is None else decode(value, *args)


def null(value: Any, decode: Callable[..., T], *args: Any) -> T | None:
    """``decode(value, *args)``, or ``None`` when ``value`` is null."""
    return None if value is None else decode(value, *args)


def str_enum(value: Any, cls: type[E]) -> E | str:
    """``open_str_enum`` with the value first, as ``opt`` / ``null`` pass it."""
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    return cast("E", member) if member is not None else open_str_enum(cls, value)


def int_enum(value: Any, cls: type[E]) -> E | int:
    return open_int_enum(cls, value)


def union_of(value: Any, variants: Sequence[tuple[Any, ...]]) -> Any:
    """Decode by shape: the first variant ``(kind, decoder, *args)`` whose JSON kind matches and
    for which ``decoder(value, *args)`` succeeds."""
    problems: list[str] = []
    for variant in variants:
        kind = variant[0]
        if not _JSON_KINDS[kind](value):
            continue
        try:
            return variant[1](value, *variant[2:])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{kind}: {type(exc).__name__}: {exc}")
    shown = type(value).__name__
    raise DecodeError(
        f"no variant of the union matches a {shown} value"
        + (f" ({'; '.join(problems)})" if problems else "")
    )


def tagged_of(
    value: Any,
    property_name: str,
    mapping: Mapping[str, Callable[[Any], Any]],
    variants: Sequence[tuple[Any, ...]],
) -> Any:
    """By the discriminator ``property_name`` when ``mapping`` knows its value, else by shape."""
    if isinstance(value, dict):
        tag: Any = cast("dict[str, Any]", value).get(property_name)
        if isinstance(tag, str) and tag in mapping:
            return mapping[tag](value)
    return union_of(value, variants)


def str_or(value: Any, *decoders: Callable[[Any], Any]) -> Any:
    """A string (an ID, say) or one of the models ``decoders`` make: the common ``str | Model``."""
    if isinstance(value, str):
        return value
    return decode_union(value, [("object", decoder) for decoder in decoders])


def list_of(value: Any, decode: Callable[..., T], *args: Any) -> list[T]:
    """``[decode(item, *args) for item in value]``."""
    return [decode(item, *args) for item in value]


def map_of(value: Any, decode: Callable[..., T], *args: Any) -> dict[str, T]:
    """``{key: decode(item, *args) for key, item in value.items()}``."""
    return {key: decode(item, *args) for key, item in value.items()}


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
