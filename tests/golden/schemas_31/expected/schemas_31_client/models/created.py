# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Created`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["Created"]

_FIELDS = frozenset({"type", "id", "note", "tags"})


@_dc.dataclass(kw_only=True, slots=True)
class Created:
    """Created object."""

    type_: _t.Literal["created"] = "created"
    """Default: ``'created'``."""

    id: int

    note: str | None | _rt.Unset = _rt.UNSET

    tags: list[str] | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["type"] = self.type_
        data["id"] = self.id
        if not isinstance(self.note, _rt.Unset):
            data["note"] = self.note
        if not isinstance(self.tags, _rt.Unset):
            data["tags"] = self.tags
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Created:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            type_=_rt.literal_value(data["type"], ("created",)),
            id=data["id"],
            note=data.get("note", _rt.UNSET),
            tags=data.get("tags", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
