# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionInstance`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .create_connection_instance_instance_size import CreateConnectionInstanceInstanceSize


@_rt.model
class CreateConnectionInstance(_rt.BaseModel):
    """Optional: create a first database instance as part of this request"""

    name: str

    mysql_db: str
    """Schema to use — must be one of availableSchemas"""

    instance_size: CreateConnectionInstanceInstanceSize | str | Unset = UNSET
    """Default: ``CreateConnectionInstanceInstanceSize.NANO``."""

    log_level: str | Unset = UNSET
    """Default: ``'info'``."""

    binlog_server_id: int | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "name": self.name,
                "mysqlDb": self.mysql_db,
                "instanceSize": _rt.enum_json(self.instance_size),
                "logLevel": self.log_level,
                "binlogServerId": self.binlog_server_id,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreateConnectionInstance:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = dict(data)
        take = rest.pop
        return cls(
            name=take("name"),
            mysql_db=take("mysqlDb"),
            instance_size=_rt.opt(
                take, "instanceSize", _rt.str_enum, CreateConnectionInstanceInstanceSize
            ),
            log_level=take("logLevel", UNSET),
            binlog_server_id=take("binlogServerId", UNSET),
            additional_properties=rest,
        )
