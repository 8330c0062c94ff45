# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .update_connection_body_sync_mode import UpdateConnectionBodySyncMode

__all__ = ["UpdateConnectionBody"]

_FIELDS = frozenset(
    {
        "name",
        "mysqlHost",
        "mysqlPort",
        "availableSchemas",
        "mysqlUser",
        "mysqlPassword",
        "syncMode",
        "syncInterval",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class UpdateConnectionBody:
    """Partial connection update. Removing a schema that is in use by an instance returns 409."""

    name: str | _rt.Unset = _rt.UNSET

    mysql_host: str | _rt.Unset = _rt.UNSET

    mysql_port: int | _rt.Unset = _rt.UNSET

    available_schemas: list[str] | _rt.Unset = _rt.UNSET

    mysql_user: str | _rt.Unset = _rt.UNSET

    mysql_password: str | _rt.Unset = _dc.field(default=_rt.UNSET, repr=False)

    sync_mode: UpdateConnectionBodySyncMode | str | _rt.Unset = _rt.UNSET

    sync_interval: int | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not isinstance(self.name, _rt.Unset):
            data["name"] = self.name
        if not isinstance(self.mysql_host, _rt.Unset):
            data["mysqlHost"] = self.mysql_host
        if not isinstance(self.mysql_port, _rt.Unset):
            data["mysqlPort"] = self.mysql_port
        if not isinstance(self.available_schemas, _rt.Unset):
            data["availableSchemas"] = self.available_schemas
        if not isinstance(self.mysql_user, _rt.Unset):
            data["mysqlUser"] = self.mysql_user
        if not isinstance(self.mysql_password, _rt.Unset):
            data["mysqlPassword"] = self.mysql_password
        if not isinstance(self.sync_mode, _rt.Unset):
            data["syncMode"] = _rt.enum_value(self.sync_mode)
        if not isinstance(self.sync_interval, _rt.Unset):
            data["syncInterval"] = self.sync_interval
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> UpdateConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            name=data.get("name", _rt.UNSET),
            mysql_host=data.get("mysqlHost", _rt.UNSET),
            mysql_port=data.get("mysqlPort", _rt.UNSET),
            available_schemas=data.get("availableSchemas", _rt.UNSET),
            mysql_user=data.get("mysqlUser", _rt.UNSET),
            mysql_password=data.get("mysqlPassword", _rt.UNSET),
            sync_mode=(
                _rt.open_str_enum(UpdateConnectionBodySyncMode, data["syncMode"])
                if "syncMode" in data
                else _rt.UNSET
            ),
            sync_interval=data.get("syncInterval", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
