# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBodyLogLevel`` enumeration."""

import enum as _enum


class UpdateDatabaseBodyLogLevel(_enum.StrEnum):
    """UpdateDatabaseBodyLogLevel values.

    Fields of this type also accept and return values this client does not know yet.
    """

    INFO = "info"
    DEBUG = "debug"
    WARN = "warn"
    ERROR = "error"
