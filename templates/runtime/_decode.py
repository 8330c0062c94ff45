"""Strict decoding of JSON values: the helpers generated ``from_dict`` methods call.

A value that does not have the type the API description gives it raises ``DecodeError`` naming
where it is (``$.databases[3].syncInterval``) and what was expected. The checks cost one
identity comparison on the happy path; the helpers that know a key or an index add it to the
error's path as it travels up, with a ``try`` that costs nothing unless something fails.

A client made with ``strict_decoding=False`` decodes under ``lenient()``: a value of the wrong JSON
type is then kept as it arrived instead of refused (what the peers' "non-strict" mode does). A
value that cannot be represented at all (a model from a string, a missing required property, a
malformed UUID) is refused either way.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import contextvars
import datetime as _dt
import decimal
import enum
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence, Sized
from typing import Any, TypeVar, cast

from ._types import UNSET, Unset

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

PathStep = str | int
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError)
"""What ``from_dict`` catches to locate: DecodeError, and what conversions raise on bad input."""
_LENIENT: contextvars.ContextVar[bool] = contextvars.ContextVar("lenient_decoding", default=False)


class DecodeError(ValueError):
    """A JSON value does not match the type the API description gives it.

    ``path`` locates the value from the top of the decoded document (property names and list
    indexes); ``reason`` says what was expected and what arrived.
    """

    def __init__(self, reason: str, *, path: Sequence[PathStep] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path: list[PathStep] = list(path)

    @property
    def location(self) -> str:
        """The path as a JSONPath-like string: ``$``, ``$.items[2].name``, ``$["a b"]``."""
        parts = ["$"]
        for step in self.path:
            if isinstance(step, int):
                parts.append(f"[{step}]")
            elif step.isidentifier():
                parts.append(f".{step}")
            else:
                parts.append(f"[{_short(step)}]")
        return "".join(parts)

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"

    def __reduce__(self) -> Any:
        return (_rebuild, (self.reason, tuple(self.path)))


def _rebuild(reason: str, path: tuple[PathStep, ...]) -> DecodeError:
    return DecodeError(reason, path=path)


@contextlib.contextmanager
def lenient() -> Generator[None, None, None]:
    """Decode inside this block keeping values of the wrong JSON type as they arrived."""
    token = _LENIENT.set(True)
    try:
        yield
    finally:
        _LENIENT.reset(token)


def is_lenient() -> bool:
    return _LENIENT.get()


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_JSON_NAMES: dict[type[object], str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def describe(value: Any) -> str:
    """``int 5``, ``null``, ``a string 'abc'``: how a mismatch names what arrived."""
    kind = cast("type[object]", type(value))
    name = _JSON_NAMES.get(kind, kind.__name__)
    if value is None:
        return "null"
    if isinstance(value, (list, dict)):
        return f"{name} of {len(cast('Sized', value))} items"
    return f"{name} {_short(value)}"


def mismatch(expected: str, value: Any) -> DecodeError:
    return DecodeError(f"expected {expected}, got {describe(value)}")


def _wrap(exc: Exception, step: PathStep) -> DecodeError:
    """``exc`` as a DecodeError one step further from the top (``step`` put first in its path)."""
    if isinstance(exc, DecodeError):
        exc.path.insert(0, step)
        return exc
    error = DecodeError(f"{type(exc).__name__}: {exc}"[:300], path=(step,))
    error.__cause__ = exc
    return error


# -- scalars -----------------------------------------------------------------------------------


# The hot helpers return a value they checked through a typed local, not ``cast()``: the same to
# both type checkers, without a function call per decoded value.


def string(value: Any) -> str:
    if type(value) is str or _LENIENT.get():
        checked: str = value
        return checked
    raise mismatch("a string", value)


def integer(value: Any) -> int:
    if type(value) is int or _LENIENT.get():
        checked: int = value
        return checked
    if type(value) is float and value.is_integer():  # 3.0: JSON has one number type
        return int(value)
    raise mismatch("an integer", value)


def number(value: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    if _LENIENT.get():
        return cast("float", value)
    raise mismatch("a number", value)


def boolean(value: Any) -> bool:
    if type(value) is bool or _LENIENT.get():
        checked: bool = value
        return checked
    raise mismatch("a boolean", value)


def null_value(value: Any) -> None:
    """``type: "null"``: the one value it allows."""
    if value is None or _LENIENT.get():
        return
    raise mismatch("null", value)


def json_array(value: Any) -> list[Any]:
    """An array of anything (``type: array`` without ``items``)."""
    if type(value) is list or _LENIENT.get():
        return cast("list[Any]", value)
    raise mismatch("an array", value)


def json_object(value: Any) -> dict[str, Any]:
    """An object of anything (``additionalProperties: true`` with no properties)."""
    if type(value) is dict or _LENIENT.get():
        return cast("dict[str, Any]", value)
    raise mismatch("an object", value)


def parse_datetime(value: Any) -> _dt.datetime:
    """RFC 3339 → aware datetime; a value without an offset is taken as UTC."""
    if type(value) is not str:
        raise mismatch("a date-time string", value)
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise mismatch("an RFC 3339 date-time string", value) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=_dt.UTC)
    return parsed


def parse_date(value: Any) -> _dt.date:
    if type(value) is not str:
        raise mismatch("a date string (YYYY-MM-DD)", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise mismatch("a date string (YYYY-MM-DD)", value) from None


def parse_time(value: Any) -> _dt.time:
    if type(value) is not str:
        raise mismatch("a time string", value)
    try:
        return _dt.time.fromisoformat(value)
    except ValueError:
        raise mismatch("a time string", value) from None


_UUID = uuid.UUID
_NEW = object.__new__
_SET = object.__setattr__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown


def parse_uuid(value: Any) -> uuid.UUID:
    """``uuid.UUID(value)``; the usual 8-4-4-4-12 text without its ``__init__``'s keyword checks
    (a third of a decode with three UUIDs): the same digits, parsed the same way (``int(…, 16)``).
    """
    if type(value) is not str:
        raise mismatch("a UUID string", value)
    digits = value.replace("-", "")
    if len(value) == 36 and len(digits) == 32:
        try:
            number = int(digits, 16)
        except ValueError:
            pass  # uuid.UUID refuses it too, with its own reason
        else:
            parsed: uuid.UUID = _NEW(_UUID)
            _SET(parsed, "int", number)
            _SET(parsed, "is_safe", _UNKNOWN_SAFETY)
            return parsed
    try:
        return uuid.UUID(value)
    except ValueError:
        raise mismatch("a UUID string", value) from None


def parse_decimal(value: Any) -> decimal.Decimal:
    """A JSON number or string → ``Decimal``, through its text (a float's repr, not its binary)."""
    if type(value) not in (str, int, float):
        raise mismatch("a decimal number or string", value)
    try:
        return decimal.Decimal(str(value))
    except decimal.InvalidOperation:
        raise mismatch("a decimal number", value) from None


def b64decode(value: Any) -> bytes:
    if type(value) is not str:
        raise mismatch("a base64 string", value)
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error:
        raise mismatch("a base64 string", value) from None


def literal_value(value: Any, allowed: tuple[Any, ...]) -> Any:
    """Check a ``const`` / closed value; refusing others lets unions tell variants apart."""
    for option in allowed:
        if value == option and type(value) is type(option):
            return value
    raise DecodeError(f"expected one of {list(allowed)!r}, got {describe(value)}"[:300])


# -- enums -------------------------------------------------------------------------------------


def str_enum(value: Any, cls: type[E]) -> E:
    """The member of the open enum ``cls`` for ``value`` (one made on demand when it is new)."""
    members: dict[Any, Any] = cls._value2member_map_  # typed so that the member needs no cast()
    member: E | None = members.get(value) if type(value) is str else None
    if member is not None:  # the common case, without Enum.__call__'s overhead
        return member
    if type(value) is str:
        return cls(value)
    if _LENIENT.get():
        return cast("E", value)
    raise mismatch(f"a string ({cls.__name__})", value)


def int_enum(value: Any, cls: type[E]) -> E:
    if type(value) is int:
        return cls(value)
    if _LENIENT.get():
        return cast("E", value)
    raise mismatch(f"an integer ({cls.__name__})", value)


def value_enum(value: Any, cls: type[E]) -> E:
    """A number or mixed-type enum: known members by value (``1`` is not ``1.0`` nor ``True``)."""
    for member in cls:
        if member.value == value and type(member.value) is type(value):
            return member
    try:
        return cls(value)
    except ValueError:
        if _LENIENT.get():
            return cast("E", value)
        raise mismatch(f"one of {[m.value for m in cls]!r} ({cls.__name__})"[:200], value) from None


# -- containers and properties -----------------------------------------------------------------

# The scalar checks by the one type they let through: ``opt`` and ``opt_null`` test it inline,
# which saves a call per optional string, integer or boolean property (most of them).
_EXACT: dict[Callable[..., Any], type[object]] = {string: str, integer: int, boolean: bool}


def opt(
    take: Callable[[str, Any], Any], key: str, decode: Callable[..., T], *args: Any
) -> T | Unset:
    """``decode(value, *args)`` for the optional property ``key``, or ``UNSET`` when absent."""
    value: T | Unset = take(key, UNSET)
    if value is UNSET or type(value) is _EXACT.get(decode):
        return value
    return decode(value, *args)


def opt_null(
    take: Callable[[str, Any], Any], key: str, decode: Callable[..., T], *args: Any
) -> T | None | Unset:
    """As ``opt``; ``None`` (null) passes through too."""
    value: T | None | Unset = take(key, UNSET)
    if value is UNSET or value is None or type(value) is _EXACT.get(decode):
        return value
    return decode(value, *args)


# -- objects -----------------------------------------------------------------------------------
# A generated ``from_dict`` reads its properties with ``take`` (``dict.pop`` or ``dict.get``, in C)
# and has one ``except``: only when something failed does ``located`` run it again on a copy of
# the object that records the keys it reads; the last one is the property that failed.


_REST: Any = object()  # in a trail: the additional properties were being decoded


class _Tracing(dict[str, Any]):
    __slots__ = ("trail",)
    trail: list[Any]

    def get(self, key: str, default: Any = None) -> Any:
        self.trail.append(key)
        return super().get(key, default)

    def pop(self, key: str, *default: Any) -> Any:
        self.trail.append(key)
        return super().pop(key, *default)

    def copy(self) -> _Tracing:
        twin = _Tracing(self)
        twin.trail = self.trail
        return twin


def mapping(value: Any) -> Mapping[str, Any]:
    """What ``from_dict`` reads properties from; anything but a JSON object is refused, lenient
    or not (an array of pairs is not an object)."""
    if isinstance(value, Mapping):
        return cast("Mapping[str, Any]", value)
    raise mismatch("an object", value)


def fields(value: Any) -> dict[str, Any]:
    """A copy of the object ``value``: ``from_dict`` pops the properties it knows off it, and what
    is left are the additional properties."""
    if isinstance(value, dict):
        return cast("dict[str, Any]", value).copy()
    return dict(mapping(value))


def located(exc: Exception, from_dict: Callable[[Any], Any], data: Mapping[str, Any]) -> Exception:
    """``exc`` (raised by ``from_dict(data)``) as a DecodeError whose path starts at the property
    that failed; ``exc`` itself while that is being found out (``data`` is the tracing copy)."""
    if type(data) is _Tracing:
        return exc
    tracing = _Tracing(data)
    tracing.trail = []
    try:
        from_dict(tracing)
    except SHAPE_ERRORS as again:
        if not tracing.trail:
            return _wrap_top(again)
        key = tracing.trail[-1]
        if key is _REST:  # map_of located it among the additional properties
            return _wrap_top(again)
        if isinstance(again, KeyError) and again.args == (key,) and key not in data:
            return DecodeError("required property is missing", path=(key,))
        return _wrap(again, key)
    return _wrap_top(exc)  # it did not fail again: say what it said the first time


def _wrap_top(exc: Exception) -> DecodeError:
    if isinstance(exc, DecodeError):
        return exc
    error = DecodeError(f"{type(exc).__name__}: {exc}"[:300])
    error.__cause__ = exc
    return error


def null(value: Any, decode: Callable[..., T], *args: Any) -> T | None:
    """``decode(value, *args)``, or ``None`` when ``value`` is null."""
    return None if value is None else decode(value, *args)


def list_of(value: Any, decode: Callable[..., T], *args: Any) -> list[T]:
    """``[decode(item, *args) for item in value]``; a failing item is located by its index."""
    kind = cast(
        "type[object]", type(value)
    )  # compared, not narrowed: the items stay Any for both type checkers
    if kind is not list:
        if _LENIENT.get():
            return cast("list[T]", value)
        raise mismatch("an array", value)
    items: list[Any] = value
    try:
        return [decode(item, *args) for item in items]
    except SHAPE_ERRORS as exc:
        # Decoders are pure: run again one by one to find the index (only when something failed).
        for index, item in enumerate(items):
            try:
                decode(item, *args)
            except SHAPE_ERRORS as again:
                raise _wrap(again, index) from None
        raise _wrap(exc, 0) from None


def tuple_of(value: Any, prefix: Sequence[tuple[Any, ...]], rest: tuple[Any, ...] | None) -> Any:
    """``prefixItems``: item ``i`` decoded by ``prefix[i]`` (``(decoder, *args)``), any further
    items by ``rest`` (refused when ``rest`` is None, as with ``items: false``); too few items
    are refused."""
    kind = cast("type[object]", type(value))
    if kind is not list:
        if _LENIENT.get():
            return value
        raise mismatch("an array", value)
    items: list[Any] = value
    if len(items) < len(prefix) or (rest is None and len(items) > len(prefix)):
        expected = f"{len(prefix)}" if rest is None else f"at least {len(prefix)}"
        raise DecodeError(f"expected an array of {expected} items, got {len(items)}")
    out: list[Any] = []
    for index, item in enumerate(items):
        decoder = prefix[index] if index < len(prefix) else cast("tuple[Any, ...]", rest)
        try:
            out.append(decoder[0](item, *decoder[1:]))
        except SHAPE_ERRORS as exc:
            raise _wrap(exc, index) from None
    return tuple(out)


def map_of(value: Any, decode: Callable[..., T], *args: Any) -> dict[str, T]:
    """``{key: decode(item, *args) for key, item in value.items()}``, located by key on failure."""
    if type(value) is not dict:
        if isinstance(value, _Tracing):  # from_dict's additional properties, decoded again
            value.trail.append(_REST)
        elif _LENIENT.get():
            return cast("dict[str, T]", value)
        else:
            raise mismatch("an object", value)
    out: dict[str, T] = {}
    for key, item in cast("dict[str, Any]", value).items():
        try:
            out[key] = decode(item, *args)
        except SHAPE_ERRORS as exc:
            raise _wrap(exc, key) from None
    return out


# -- unions ------------------------------------------------------------------------------------

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
        except SHAPE_ERRORS as exc:
            problems.append(f"{kind}: {exc}")
    kinds = sorted({variant[0] for variant in variants})
    raise DecodeError(
        f"no variant of the union ({', '.join(kinds)}) matches {describe(value)}"
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


def subtype_of(
    value: Any,
    property_name: str,
    mapping: Mapping[str, Callable[[Any], Any]],
    base: Callable[[Any], Any],
) -> Any:
    """allOf inheritance: the subtype the discriminator ``property_name`` names; the base model for a
    tag ``mapping`` does not know (a newer server's subtype) or for none, as the value is valid as the
    base alone. A base that is a subtype itself has a ``Literal`` tag and refuses other tags: the
    discriminator then maps the value to no schema this location allows (docs/schemas.md)."""
    if isinstance(value, dict):
        tag: Any = cast("dict[str, Any]", value).get(property_name)
        if isinstance(tag, str) and tag in mapping:
            return mapping[tag](value)
    if not mapping:
        return base(value)
    try:
        return base(value)
    except DecodeError as exc:  # a base with a tag of its own refused this one: say which would do
        if exc.path != [property_name]:
            raise
        subtypes = ", ".join(repr(t) for t in mapping)
        reason = f"{exc.reason}; a subtype's tag would do too: {subtypes}"
        raise DecodeError(reason[:300], path=exc.path) from None


def str_or(value: Any, *decoders: Callable[[Any], Any]) -> Any:
    """A string (an ID, say) or one of the models ``decoders`` make: the common ``str | Model``."""
    if isinstance(value, str):
        return value
    return union_of(value, [("object", decoder) for decoder in decoders])


_EXACT[str_or] = str  # an ID in place of the object: ``opt`` passes it through without the call


def decode_union(value: Any, variants: Sequence[tuple[Any, ...]]) -> Any:
    return union_of(value, variants)


def decode_discriminated(
    value: Any,
    property_name: str,
    mapping: Mapping[str, Callable[[Any], Any]],
    variants: Sequence[tuple[Any, ...]],
) -> Any:
    return tagged_of(value, property_name, mapping, variants)


def identity(value: T) -> T:
    return value
