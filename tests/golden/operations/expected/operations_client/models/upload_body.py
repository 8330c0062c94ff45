# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``UploadBody`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .upload_body_meta import UploadBodyMeta


@_rt.model
class UploadBody(_rt.BaseModel):
    """UploadBody object."""

    file: _rt.FileInput

    attachments: list[_rt.FileInput] | Unset = UNSET

    note: str | Unset = UNSET

    meta: UploadBodyMeta | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "file": self.file,
                "attachments": self.attachments,
                "note": self.note,
                "meta": _rt.model_json(self.meta, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> UploadBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                file=_rt.binary_value(take("file")),
                attachments=_rt.opt(take, "attachments", _rt.list_of, _rt.binary_value),
                note=_rt.opt(take, "note", _rt.string),
                meta=_rt.opt(take, "meta", _m.UploadBodyMeta.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
