# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceHealthStatus`` enumeration."""

from .. import _runtime as _rt


class InstanceHealthStatus(_rt.OpenStrEnum):
    """InstanceHealthStatus values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    OK = "ok"
    DEGRADED = "degraded"
    UNREACHABLE = "unreachable"
    CAP_EXCEEDED = "cap_exceeded"
