# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``PauseSchedule`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["PauseSchedule"]

_FIELDS = frozenset({"pauseAt", "resumeAt", "days"})


@_dc.dataclass(kw_only=True, slots=True)
class PauseSchedule:
    """Recurring pause/resume schedule (UTC). null clears the schedule."""

    pause_at: str
    """HH:MM UTC"""

    resume_at: str
    """HH:MM UTC"""

    days: list[int]
    """0=Sun…6=Sat; empty = every day"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["pauseAt"] = self.pause_at
        data["resumeAt"] = self.resume_at
        data["days"] = self.days
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> PauseSchedule:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            pause_at=data["pauseAt"],
            resume_at=data["resumeAt"],
            days=data["days"],
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
