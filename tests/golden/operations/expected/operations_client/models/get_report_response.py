# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``GetReportResponse`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class GetReportResponse(_rt.BaseModel):
    """GetReportResponse object."""

    rows: int | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "rows": self.rows,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> GetReportResponse:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                rows=_rt.opt(take, "rows", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
