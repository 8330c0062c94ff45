# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DeployedInstanceConfig`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["DeployedInstanceConfig"]

_FIELDS = frozenset(
    {
        "instanceSize",
        "taskCpu",
        "taskMemoryMb",
        "syncMode",
        "syncInterval",
        "logLevel",
        "safetyNet",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class DeployedInstanceConfig:
    """DeployedInstanceConfig object."""

    instance_size: str

    task_cpu: float

    task_memory_mb: float

    sync_mode: str

    sync_interval: float

    log_level: str

    safety_net: float

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["instanceSize"] = self.instance_size
        data["taskCpu"] = self.task_cpu
        data["taskMemoryMb"] = self.task_memory_mb
        data["syncMode"] = self.sync_mode
        data["syncInterval"] = self.sync_interval
        data["logLevel"] = self.log_level
        data["safetyNet"] = self.safety_net
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> DeployedInstanceConfig:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            instance_size=data["instanceSize"],
            task_cpu=float(data["taskCpu"]),
            task_memory_mb=float(data["taskMemoryMb"]),
            sync_mode=data["syncMode"],
            sync_interval=float(data["syncInterval"]),
            log_level=data["logLevel"],
            safety_net=float(data["safetyNet"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
