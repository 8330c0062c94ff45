# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Build`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .build_status import BuildStatus

__all__ = ["Build"]

_FIELDS = frozenset({"id", "databaseId", "codebuildId", "imageUri", "status", "logsUrl"})


@_dc.dataclass(kw_only=True, slots=True)
class Build:
    """A CodeBuild job that compiles the reflex-server binary for an instance"""

    id: _uuid.UUID

    database_id: _uuid.UUID

    codebuild_id: str | None | _rt.Unset = _rt.UNSET

    image_uri: str | None | _rt.Unset = _rt.UNSET

    status: BuildStatus | str

    logs_url: str | None | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["databaseId"] = str(self.database_id)
        if not isinstance(self.codebuild_id, _rt.Unset):
            data["codebuildId"] = self.codebuild_id
        if not isinstance(self.image_uri, _rt.Unset):
            data["imageUri"] = self.image_uri
        data["status"] = _rt.enum_value(self.status)
        if not isinstance(self.logs_url, _rt.Unset):
            data["logsUrl"] = self.logs_url
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Build:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            database_id=_uuid.UUID(data["databaseId"]),
            codebuild_id=data.get("codebuildId", _rt.UNSET),
            image_uri=data.get("imageUri", _rt.UNSET),
            status=_rt.open_str_enum(BuildStatus, data["status"]),
            logs_url=data.get("logsUrl", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
