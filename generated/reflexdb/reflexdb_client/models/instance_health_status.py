# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceHealthStatus`` enumeration."""

import enum as _enum


class InstanceHealthStatus(_enum.StrEnum):
    """InstanceHealthStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    OK = "ok"
    DEGRADED = "degraded"
    UNREACHABLE = "unreachable"
    CAP_EXCEEDED = "cap_exceeded"
