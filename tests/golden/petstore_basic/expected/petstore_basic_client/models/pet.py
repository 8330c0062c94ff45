# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Pet`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .pet_status import PetStatus


@_rt.model
class Pet(_rt.BaseModel):
    """Pet object."""

    id: int

    name: str

    tag: str | None | Unset = UNSET

    status: PetStatus | str | Unset = UNSET

    vaccinated: bool | Unset = UNSET
    """Default: ``False``."""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "id": self.id,
                "name": self.name,
                "tag": self.tag,
                "status": _rt.enum_json(self.status),
                "vaccinated": self.vaccinated,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Pet:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = dict(data)
        take = rest.pop
        return cls(
            id=take("id"),
            name=take("name"),
            tag=take("tag", UNSET),
            status=_rt.opt(take, "status", _rt.str_enum, PetStatus),
            vaccinated=take("vaccinated", UNSET),
            additional_properties=rest,
        )
