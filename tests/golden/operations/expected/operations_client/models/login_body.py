# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``LoginBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["LoginBody"]

_FIELDS = frozenset({"user", "remember", "scopes"})


@_dc.dataclass(kw_only=True, slots=True)
class LoginBody:
    """LoginBody object."""

    user: str

    remember: bool | _rt.Unset = _rt.UNSET

    scopes: list[str] | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["user"] = self.user
        if not isinstance(self.remember, _rt.Unset):
            data["remember"] = self.remember
        if not isinstance(self.scopes, _rt.Unset):
            data["scopes"] = self.scopes
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> LoginBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            user=data["user"],
            remember=data.get("remember", _rt.UNSET),
            scopes=data.get("scopes", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
