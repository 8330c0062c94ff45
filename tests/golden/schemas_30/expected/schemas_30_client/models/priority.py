# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Priority`` enumeration."""

from .. import _runtime as _rt


class Priority(_rt.OpenIntEnum):
    """Priority values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    UNKNOWN = -1
