# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Size`` enumeration."""

import enum as _enum


class Size(_enum.StrEnum):
    """Size values.

    Fields of this type also accept and return values this client does not know yet.
    """

    SMALL = "small"
    SMALL2 = "Small"
    X_LARGE = "x-large"
    VALUE_1_ST = "1st"
    EMPTY = ""
    CLASS = "class"
