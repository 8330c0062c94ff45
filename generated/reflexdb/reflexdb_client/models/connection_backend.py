# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``ConnectionBackend`` enumeration."""

import enum as _enum


class ConnectionBackend(_enum.StrEnum):
    """Source database engine

    Fields of this type also accept and return values this client does not know yet.
    """

    MYSQL = "mysql"
    POSTGRES = "postgres"
    MSSQL = "mssql"
