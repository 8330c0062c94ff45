# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TestConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["TestConnectionBody"]

_FIELDS = frozenset({"backend", "mysqlHost", "mysqlPort", "mysqlUser", "mysqlPassword"})


@_dc.dataclass(kw_only=True, slots=True)
class TestConnectionBody:
    """Raw credentials for testing a database connection before saving it"""

    backend: str | _rt.Unset = _rt.UNSET
    """Source database engine"""

    mysql_host: str

    mysql_port: int | _rt.Unset = _rt.UNSET

    mysql_user: str

    mysql_password: str = _dc.field(repr=False)

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not isinstance(self.backend, _rt.Unset):
            data["backend"] = self.backend
        data["mysqlHost"] = self.mysql_host
        if not isinstance(self.mysql_port, _rt.Unset):
            data["mysqlPort"] = self.mysql_port
        data["mysqlUser"] = self.mysql_user
        data["mysqlPassword"] = self.mysql_password
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> TestConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            backend=data.get("backend", _rt.UNSET),
            mysql_host=data["mysqlHost"],
            mysql_port=data.get("mysqlPort", _rt.UNSET),
            mysql_user=data["mysqlUser"],
            mysql_password=data["mysqlPassword"],
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
