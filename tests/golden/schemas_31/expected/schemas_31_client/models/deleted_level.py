# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``DeletedLevel`` enumeration."""

import enum as _enum


class DeletedLevel(_enum.IntEnum):
    """DeletedLevel values.

    Fields of this type also accept and return values this client does not know yet.
    """

    VALUE_1 = 1
    VALUE_2 = 2
