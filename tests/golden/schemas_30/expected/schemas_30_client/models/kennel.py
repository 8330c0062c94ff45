# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Kennel`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["Kennel"]

_FIELDS = frozenset({"name"})


@_dc.dataclass(kw_only=True, slots=True)
class Kennel:
    """A model whose additionalProperties are models (imported after the class)"""

    name: str | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, Cat] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = {
            _k: _v.to_dict(request=request) for _k, _v in self.additional_properties.items()
        }
        if not isinstance(self.name, _rt.Unset):
            data["name"] = self.name
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Kennel:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            name=data.get("name", _rt.UNSET),
            additional_properties={
                _k: Cat.from_dict(_v) for _k, _v in data.items() if _k not in _FIELDS
            },
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .cat import Cat
