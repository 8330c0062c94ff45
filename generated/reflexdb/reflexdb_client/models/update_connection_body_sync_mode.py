# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateConnectionBodySyncMode`` enumeration."""

import enum as _enum


class UpdateConnectionBodySyncMode(_enum.StrEnum):
    """UpdateConnectionBodySyncMode values.

    Fields of this type also accept and return values this client does not know yet.
    """

    POLL = "poll"
    BINLOG = "binlog"
    LOGICAL = "logical"
    CDC = "cdc"
