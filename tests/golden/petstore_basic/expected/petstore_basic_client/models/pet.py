# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Pet`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .pet_status import PetStatus


@_rt.model
class Pet:
    """Pet object."""

    id: int

    name: str

    tag: str | None | Unset = UNSET

    status: PetStatus | Unset = UNSET

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
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.integer(take("id")),
                name=_rt.string(take("name")),
                tag=_rt.opt_null(take, "tag", _rt.string),
                status=_rt.opt(take, "status", _rt.str_enum, PetStatus),
                vaccinated=_rt.opt(take, "vaccinated", _rt.boolean),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
