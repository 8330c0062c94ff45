# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Size`` enumeration."""

from .. import _runtime as _rt


class Size(_rt.OpenStrEnum):
    """Size values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    SMALL = "small"
    SMALL2 = "Small"
    X_LARGE = "x-large"
    VALUE_1_ST = "1st"
    EMPTY = ""
    CLASS = "class"
