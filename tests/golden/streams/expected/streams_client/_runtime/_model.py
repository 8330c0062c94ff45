"""The base class of every generated model: a repr that shows only what is set, and JSON text.

Generated models are slotted, keyword-only dataclasses with explicit ``to_dict`` / ``from_dict``;
this class adds what is the same for all of them, so no model module repeats it.
"""

from __future__ import annotations

import dataclasses
import json
import reprlib
from collections.abc import Mapping
from typing import Any, Self, cast

from ._types import UNSET

__all__ = ["BaseModel"]

REDACTED = "<redacted>"


class BaseModel:
    """Shared behaviour of the generated models (``to_dict`` / ``from_dict`` are generated)."""

    __slots__ = ()

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        raise NotImplementedError  # generated

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Self:
        raise NotImplementedError  # generated

    def to_json(self, *, request: bool = False, indent: int | None = None) -> str:
        """The model as JSON text, with the API's property names (``to_dict``, then ``json``)."""
        return json.dumps(self.to_dict(request=request), indent=indent, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes, /) -> Self:
        """Decode JSON text (an object) into this model, as a response body would be."""
        data: object = json.loads(text)
        if not isinstance(data, dict):
            raise TypeError(
                f"{cls.__name__}.from_json needs a JSON object, not {type(data).__name__}"
            )
        return cls.from_dict(cast("dict[str, Any]", data))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        """Only the fields that are set; secret fields (``repr=False``) show as ``<redacted>``."""
        parts: list[str] = []
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if value is UNSET or (field.name == "additional_properties" and not value):
                continue
            parts.append(f"{field.name}={repr(value) if field.repr else REDACTED}")
        return f"{type(self).__name__}({', '.join(parts)})"
