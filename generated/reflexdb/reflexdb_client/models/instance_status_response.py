# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceStatusResponse`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .build import Build
    from .deployed_instance_config import DeployedInstanceConfig
    from .instance import Instance
    from .instance_connection_summary import InstanceConnectionSummary


@_rt.model
class InstanceStatusResponse(_rt.BaseModel):
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

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "database": self.database,
            "connection": self.connection.to_dict(request=request),
            "deployedInstanceConfig": self.deployed_instance_config.to_dict(request=request),
            "hasPendingChanges": self.has_pending_changes,
            "instance": self.instance.to_dict(request=request),
            "latestBuild": self.latest_build.to_dict(request=request),
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> InstanceStatusResponse:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                database=_rt.json_object(take("database")),
                connection=_m.InstanceConnectionSummary.from_dict(take("connection")),
                deployed_instance_config=_m.DeployedInstanceConfig.from_dict(
                    take("deployedInstanceConfig")
                ),
                has_pending_changes=_rt.boolean(take("hasPendingChanges")),
                instance=_m.Instance.from_dict(take("instance")),
                latest_build=_m.Build.from_dict(take("latestBuild")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
