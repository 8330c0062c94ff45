# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateDatabaseBodyLogLevel`` enumeration."""

import enum as _enum


class CreateDatabaseBodyLogLevel(_enum.StrEnum):
    """CreateDatabaseBodyLogLevel values.

    Fields of this type also accept and return values this client does not know yet.
    """

    INFO = "info"
    DEBUG = "debug"
    WARN = "warn"
    ERROR = "error"
