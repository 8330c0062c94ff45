# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Item`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["Item"]

_FIELDS = frozenset({"id", "name", "from", "callback"})


@_dc.dataclass(kw_only=True, slots=True)
class Item:
    """Item object."""

    id: int | _rt.Unset = _rt.UNSET

    name: str

    from_: str | _rt.Unset = _rt.UNSET

    callback: str | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not request and not isinstance(self.id, _rt.Unset):
            data["id"] = self.id
        data["name"] = self.name
        if not isinstance(self.from_, _rt.Unset):
            data["from"] = self.from_
        if not isinstance(self.callback, _rt.Unset):
            data["callback"] = self.callback
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Item:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=data.get("id", _rt.UNSET),
            name=data["name"],
            from_=data.get("from", _rt.UNSET),
            callback=data.get("callback", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
