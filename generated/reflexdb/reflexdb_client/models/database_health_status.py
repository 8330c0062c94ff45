# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseHealthStatus`` enumeration."""

import enum as _enum


class DatabaseHealthStatus(_enum.StrEnum):
    """DatabaseHealthStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    OK = "ok"
    DEGRADED = "degraded"
    UNREACHABLE = "unreachable"
    CAP_EXCEEDED = "cap_exceeded"
