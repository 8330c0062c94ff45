# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``PetStatus`` enumeration."""

import enum as _enum


class PetStatus(_enum.StrEnum):
    """PetStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"
