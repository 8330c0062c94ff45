# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBodyInstanceSize`` enumeration."""

import enum as _enum


class UpdateDatabaseBodyInstanceSize(_enum.StrEnum):
    """UpdateDatabaseBodyInstanceSize values.

    Fields of this type also accept and return values this client does not know yet.
    """

    NANO = "nano"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    XLARGE = "xlarge"
    VALUE_2_XLARGE = "2xlarge"
