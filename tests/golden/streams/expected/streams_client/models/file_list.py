# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``FileList`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .file import File


@_rt.model
class FileList(_rt.BaseModel):
    """FileList object."""

    entries: list[File]

    next_marker: str | None | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "entries": _rt.models_json(self.entries, request),
                "next_marker": self.next_marker,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> FileList:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                entries=_rt.list_of(take("entries"), _m.File.from_dict),
                next_marker=_rt.opt_null(take, "next_marker", _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
