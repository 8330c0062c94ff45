"""Open enumerations: the base classes of every generated enum.

An API adds enum values without notice, so a client must not fail on a value it does not know.
Instead of widening every field to ``Enum | str`` (which type checkers collapse to ``str``), an
unknown value becomes a member made on demand by ``_missing_``: ``DatabaseStatus("archived")``
is a ``DatabaseStatus`` whose ``value`` is ``"archived"`` and whose ``is_known`` is False. It
compares equal to its value, survives a round trip, and is not added to the class (iterating
the enum lists only the values the API description gives; nothing a server sends grows it).
"""

from __future__ import annotations

import enum
from typing import Any


def _unknown(cls: type[enum.Enum], value: Any, make: Any) -> Any:
    """A member of ``cls`` for ``value`` that the class does not list (``make`` builds the
    instance: ``str.__new__``, ``int.__new__`` or ``object.__new__``)."""
    member: Any = make(cls, value) if make is not object.__new__ else make(cls)
    member._value_ = value
    member._name_ = f"UNKNOWN_{value}"
    return member


def _known(member: enum.Enum) -> bool:
    return type(member).__members__.get(member.name) is member


class OpenStrEnum(enum.StrEnum):
    """A string enum that accepts any string."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _unknown(cls, value, str.__new__) if isinstance(value, str) else None

    @property
    def is_known(self) -> bool:
        """False for a value the API description did not list when this client was generated."""
        return _known(self)


class OpenIntEnum(enum.IntEnum):
    """An integer enum that accepts any integer."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return _unknown(cls, value, int.__new__)
        return None

    @property
    def is_known(self) -> bool:
        """False for a value the API description did not list when this client was generated."""
        return _known(self)


class OpenEnum(enum.Enum):
    """A number or mixed-type enum (``[1.4, 1.5]``, ``["a", 1]``) that accepts any such value."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """A new string where the enum lists strings, a new number where it lists numbers."""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return None
        if any(isinstance(m.value, str) == isinstance(value, str) for m in cls):
            return _unknown(cls, value, object.__new__)
        return None

    @property
    def is_known(self) -> bool:
        """False for a value the API description did not list when this client was generated."""
        return _known(self)
