# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionInstance`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .create_connection_instance_instance_size import CreateConnectionInstanceInstanceSize


@_rt.model
class CreateConnectionInstance:
    """Optional: create a first database instance as part of this request"""

    name: str

    mysql_db: str
    """Schema to use — must be one of availableSchemas"""

    instance_size: CreateConnectionInstanceInstanceSize | Unset = UNSET
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
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                name=_rt.string(take("name")),
                mysql_db=_rt.string(take("mysqlDb")),
                instance_size=_rt.opt(
                    take, "instanceSize", _rt.str_enum, CreateConnectionInstanceInstanceSize
                ),
                log_level=_rt.opt(take, "logLevel", _rt.string),
                binlog_server_id=_rt.opt(take, "binlogServerId", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
