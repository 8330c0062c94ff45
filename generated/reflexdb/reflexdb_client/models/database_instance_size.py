# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseInstanceSize`` enumeration."""

import enum as _enum


class DatabaseInstanceSize(_enum.StrEnum):
    """DatabaseInstanceSize values.

    Fields of this type also accept and return values this client does not know yet.
    """

    NANO = "nano"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    XLARGE = "xlarge"
    VALUE_2_XLARGE = "2xlarge"
