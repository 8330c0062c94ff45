# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Lizard`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["Lizard"]

_FIELDS = frozenset({"kind", "id", "name", "secret", "nickname", "colour"})


@_dc.dataclass(kw_only=True, slots=True)
class Lizard:
    """Lizard object."""

    kind: str

    id: str | _rt.Unset = _rt.UNSET

    name: str

    secret: str | _rt.Unset = _dc.field(default=_rt.UNSET, repr=False)

    nickname: str | None | _rt.Unset = _rt.UNSET

    colour: str | _rt.Unset = _rt.UNSET
    """Default: ``'green \"\"\" \\''``."""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["kind"] = self.kind
        if not request and not isinstance(self.id, _rt.Unset):
            data["id"] = self.id
        data["name"] = self.name
        if not isinstance(self.secret, _rt.Unset):
            data["secret"] = self.secret
        if not isinstance(self.nickname, _rt.Unset):
            data["nickname"] = self.nickname
        if not isinstance(self.colour, _rt.Unset):
            data["colour"] = self.colour
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Lizard:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            kind=data["kind"],
            id=data.get("id", _rt.UNSET),
            name=data["name"],
            secret=data.get("secret", _rt.UNSET),
            nickname=data.get("nickname", _rt.UNSET),
            colour=data.get("colour", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
