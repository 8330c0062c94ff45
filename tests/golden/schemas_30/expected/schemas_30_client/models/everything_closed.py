# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``EverythingClosed`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["EverythingClosed"]

_FIELDS = frozenset({"only"})


@_dc.dataclass(kw_only=True, slots=True)
class EverythingClosed:
    """EverythingClosed object."""

    only: str | _rt.Unset = _rt.UNSET

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = {}
        if not isinstance(self.only, _rt.Unset):
            data["only"] = self.only
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> EverythingClosed:
        """Decode a JSON object."""
        return cls(
            only=data.get("only", _rt.UNSET),
        )
