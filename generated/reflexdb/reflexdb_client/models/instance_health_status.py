# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceHealthStatus`` enumeration."""

from __future__ import annotations

import enum as _enum

__all__ = ["InstanceHealthStatus"]


class InstanceHealthStatus(_enum.StrEnum):
    """InstanceHealthStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    OK = "ok"
    DEGRADED = "degraded"
    UNREACHABLE = "unreachable"
    CAP_EXCEEDED = "cap_exceeded"
