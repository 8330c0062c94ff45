# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceStatusResponse`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["InstanceStatusResponse"]

_FIELDS = frozenset(
    {
        "database",
        "connection",
        "deployedInstanceConfig",
        "hasPendingChanges",
        "instance",
        "latestBuild",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class InstanceStatusResponse:
    """InstanceStatusResponse object."""

    database: dict[str, _t.Any]
    """Subset of database fields relevant to instance management"""

    connection: InstanceConnectionSummary

    deployed_instance_config: DeployedInstanceConfig

    has_pending_changes: bool

    instance: Instance
    """A running ECS task serving the reflex-server binary"""

    latest_build: Build
    """A CodeBuild job that compiles the reflex-server binary for an instance"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["database"] = self.database
        data["connection"] = self.connection.to_dict(request=request)
        data["deployedInstanceConfig"] = self.deployed_instance_config.to_dict(request=request)
        data["hasPendingChanges"] = self.has_pending_changes
        data["instance"] = self.instance.to_dict(request=request)
        data["latestBuild"] = self.latest_build.to_dict(request=request)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> InstanceStatusResponse:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            database=data["database"],
            connection=InstanceConnectionSummary.from_dict(data["connection"]),
            deployed_instance_config=(
                DeployedInstanceConfig.from_dict(data["deployedInstanceConfig"])
            ),
            has_pending_changes=data["hasPendingChanges"],
            instance=Instance.from_dict(data["instance"]),
            latest_build=Build.from_dict(data["latestBuild"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .build import Build
from .deployed_instance_config import DeployedInstanceConfig
from .instance import Instance
from .instance_connection_summary import InstanceConnectionSummary
