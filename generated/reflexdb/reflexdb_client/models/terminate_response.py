# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TerminateResponse`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .terminate_response_status import TerminateResponseStatus


@_rt.model
class TerminateResponse:
    """TerminateResponse object."""

    status: TerminateResponseStatus

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "status": _rt.enum_value(self.status),
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> TerminateResponse:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                status=_rt.str_enum(take("status"), TerminateResponseStatus),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
