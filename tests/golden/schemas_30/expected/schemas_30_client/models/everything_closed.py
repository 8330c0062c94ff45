# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``EverythingClosed`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class EverythingClosed:
    """EverythingClosed object."""

    only: str | Unset = UNSET

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                "only": self.only,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> EverythingClosed:
        """Decode a JSON object."""
        take = _rt.mapping(data).get
        try:
            return cls(
                only=_rt.opt(take, "only", _rt.string),
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
