# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DeployedInstanceConfig`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class DeployedInstanceConfig:
    """DeployedInstanceConfig object."""

    instance_size: str

    task_cpu: float

    task_memory_mb: float

    sync_mode: str

    sync_interval: float

    log_level: str

    safety_net: float

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "instanceSize": self.instance_size,
            "taskCpu": self.task_cpu,
            "taskMemoryMb": self.task_memory_mb,
            "syncMode": self.sync_mode,
            "syncInterval": self.sync_interval,
            "logLevel": self.log_level,
            "safetyNet": self.safety_net,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> DeployedInstanceConfig:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                instance_size=_rt.string(take("instanceSize")),
                task_cpu=_rt.number(take("taskCpu")),
                task_memory_mb=_rt.number(take("taskMemoryMb")),
                sync_mode=_rt.string(take("syncMode")),
                sync_interval=_rt.number(take("syncInterval")),
                log_level=_rt.string(take("logLevel")),
                safety_net=_rt.number(take("safetyNet")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
