# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Pet`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .pet_status import PetStatus

__all__ = ["Pet"]

_FIELDS = frozenset({"id", "name", "tag", "status", "vaccinated"})


@_dc.dataclass(kw_only=True, slots=True)
class Pet:
    """Pet object."""

    id: int

    name: str

    tag: str | None | _rt.Unset = _rt.UNSET

    status: PetStatus | str | _rt.Unset = _rt.UNSET

    vaccinated: bool | _rt.Unset = _rt.UNSET
    """Default: ``False``."""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = self.id
        data["name"] = self.name
        if not isinstance(self.tag, _rt.Unset):
            data["tag"] = self.tag
        if not isinstance(self.status, _rt.Unset):
            data["status"] = _rt.enum_value(self.status)
        if not isinstance(self.vaccinated, _rt.Unset):
            data["vaccinated"] = self.vaccinated
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Pet:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=data["id"],
            name=data["name"],
            tag=data.get("tag", _rt.UNSET),
            status=_rt.open_str_enum(PetStatus, data["status"]) if "status" in data else _rt.UNSET,
            vaccinated=data.get("vaccinated", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
