# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateDatabaseBodyInstanceSize`` enumeration."""

from .. import _runtime as _rt


class CreateDatabaseBodyInstanceSize(_rt.OpenStrEnum):
    """CreateDatabaseBodyInstanceSize values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    NANO = "nano"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    XLARGE = "xlarge"
    VALUE_2_XLARGE = "2xlarge"
