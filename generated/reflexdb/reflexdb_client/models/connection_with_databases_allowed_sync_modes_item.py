# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``ConnectionWithDatabasesAllowedSyncModesItem`` enumeration."""

import enum as _enum


class ConnectionWithDatabasesAllowedSyncModesItem(_enum.StrEnum):
    """ConnectionWithDatabasesAllowedSyncModesItem values.

    Fields of this type also accept and return values this client does not know yet.
    """

    POLL = "poll"
    BINLOG = "binlog"
    LOGICAL = "logical"
    CDC = "cdc"
