# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``PauseSchedule`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class PauseSchedule:
    """Recurring pause/resume schedule (UTC). null clears the schedule."""

    pause_at: str
    """HH:MM UTC"""

    resume_at: str
    """HH:MM UTC"""

    days: list[int]
    """0=Sun…6=Sat; empty = every day"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "pauseAt": self.pause_at,
            "resumeAt": self.resume_at,
            "days": self.days,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> PauseSchedule:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                pause_at=_rt.string(take("pauseAt")),
                resume_at=_rt.string(take("resumeAt")),
                days=_rt.list_of(take("days"), _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
