# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Deleted`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .deleted_level import DeletedLevel

__all__ = ["Deleted"]

_FIELDS = frozenset({"type", "id", "reason", "level"})


@_dc.dataclass(kw_only=True, slots=True)
class Deleted:
    """Deleted object."""

    type_: _t.Literal["deleted"] = "deleted"
    """Default: ``'deleted'``."""

    id: int

    reason: str | None | _rt.Unset = _rt.UNSET

    level: DeletedLevel | int | None | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["type"] = self.type_
        data["id"] = self.id
        if not isinstance(self.reason, _rt.Unset):
            data["reason"] = self.reason
        if not isinstance(self.level, _rt.Unset):
            data["level"] = None if self.level is None else _rt.enum_value(self.level)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Deleted:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            type_=_rt.literal_value(data["type"], ("deleted",)),
            id=data["id"],
            reason=data.get("reason", _rt.UNSET),
            level=(
                (None if data["level"] is None else _rt.open_int_enum(DeletedLevel, data["level"]))
                if "level" in data
                else _rt.UNSET
            ),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
