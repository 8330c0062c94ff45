# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Dog`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .size import Size


@_rt.model
class Dog:
    """Dog object."""

    kind: _t.Literal["doggo"] = "doggo"
    """Default: ``'doggo'``."""

    id: str | Unset = UNSET

    name: str

    secret: str | Unset = _dc.field(default=UNSET, repr=False)

    nickname: str | None | Unset = UNSET

    good: bool

    size: Size | None | Unset = UNSET

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
                "good": self.good,
                "size": _rt.enum_json(self.size),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Dog:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                kind=_rt.literal_value(take("kind"), ("doggo",)),
                id=_rt.opt(take, "id", _rt.string),
                name=_rt.string(take("name")),
                secret=_rt.opt(take, "secret", _rt.string),
                nickname=_rt.opt_null(take, "nickname", _rt.string),
                good=_rt.boolean(take("good")),
                size=_rt.opt_null(take, "size", _rt.str_enum, Size),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
