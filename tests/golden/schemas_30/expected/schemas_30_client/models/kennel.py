# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Kennel`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class Kennel(_rt.BaseModel):
    """A model whose additionalProperties are models (imported after the class)"""

    name: str | Unset = UNSET

    additional_properties: dict[str, Cat] = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **{
                    _k: _v.to_dict(request=request) for _k, _v in self.additional_properties.items()
                },
                "name": self.name,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Kennel:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = dict(data)
        take = rest.pop
        return cls(
            name=take("name", UNSET),
            additional_properties={_k: Cat.from_dict(_v) for _k, _v in rest.items()},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .cat import Cat
