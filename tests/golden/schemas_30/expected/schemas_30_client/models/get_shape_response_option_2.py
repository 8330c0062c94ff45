# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``GetShapeResponseOption2`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["GetShapeResponseOption2"]

_FIELDS = frozenset({"side"})


@_dc.dataclass(kw_only=True, slots=True)
class GetShapeResponseOption2:
    """GetShapeResponseOption2 object."""

    side: int

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = {}
        data["side"] = self.side
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> GetShapeResponseOption2:
        """Decode a JSON object."""
        return cls(
            side=data["side"],
        )
