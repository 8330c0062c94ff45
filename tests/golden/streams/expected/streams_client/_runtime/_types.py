"""Sentinels shared by models and endpoint functions."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

JSONObject: TypeAlias = dict[str, Any]
"""A JSON object as ``to_dict`` returns it (and as extra properties are kept)."""

JSONMapping: TypeAlias = Mapping[str, Any]
"""A JSON object as ``from_dict`` accepts it."""


class Unset(enum.Enum):
    """The type of ``UNSET``: a field or parameter that is absent, as distinct from ``None`` (null)."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset.UNSET


class NotGiven(enum.Enum):
    """The type of ``NOT_GIVEN``: a per-call option that falls back to the client's setting."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
