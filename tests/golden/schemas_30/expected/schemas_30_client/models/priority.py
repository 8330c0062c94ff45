# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Priority`` enumeration."""

import enum as _enum


class Priority(_enum.IntEnum):
    """Priority values.

    Fields of this type also accept and return values this client does not know yet.
    """

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    UNKNOWN = -1
