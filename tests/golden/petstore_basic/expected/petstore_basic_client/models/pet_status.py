# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``PetStatus`` enumeration."""

from .. import _runtime as _rt


class PetStatus(_rt.OpenStrEnum):
    """PetStatus values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"
