# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionBodySyncMode`` enumeration."""

import enum as _enum


class CreateConnectionBodySyncMode(_enum.StrEnum):
    """Poll: periodic full reload; binlog: MySQL CDC; logical: PostgreSQL CDC; cdc: SQL Server
    CDC

    Fields of this type also accept and return values this client does not know yet.
    """

    POLL = "poll"
    BINLOG = "binlog"
    LOGICAL = "logical"
    CDC = "cdc"
