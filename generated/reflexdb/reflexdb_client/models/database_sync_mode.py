# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseSyncMode`` enumeration."""

import enum as _enum


class DatabaseSyncMode(_enum.StrEnum):
    """Sync mode for this instance

    Fields of this type also accept and return values this client does not know yet.
    """

    POLL = "poll"
    BINLOG = "binlog"
    LOGICAL = "logical"
    CDC = "cdc"
