# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Lizard`` model."""

from __future__ import annotations

import dataclasses as _dc

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class Lizard(_rt.BaseModel):
    """Lizard object."""

    kind: str

    id: str | Unset = UNSET

    name: str

    secret: str | Unset = _dc.field(default=UNSET, repr=False)

    nickname: str | None | Unset = UNSET

    colour: str | Unset = UNSET
    """Default: ``'green \"\"\" \\''``."""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "kind": self.kind,
                "id": UNSET if request else self.id,
                "name": self.name,
                "secret": self.secret,
                "nickname": self.nickname,
                "colour": self.colour,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Lizard:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = dict(data)
        take = rest.pop
        return cls(
            kind=take("kind"),
            id=take("id", UNSET),
            name=take("name"),
            secret=take("secret", UNSET),
            nickname=take("nickname", UNSET),
            colour=take("colour", UNSET),
            additional_properties=rest,
        )
