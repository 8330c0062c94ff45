# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``ConnectionAllowedSyncModesItem`` enumeration."""

from .. import _runtime as _rt


class ConnectionAllowedSyncModesItem(_rt.OpenStrEnum):
    """ConnectionAllowedSyncModesItem values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    POLL = "poll"
    BINLOG = "binlog"
    LOGICAL = "logical"
    CDC = "cdc"
