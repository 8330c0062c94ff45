# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Ratio`` enumeration."""

from .. import _runtime as _rt


class Ratio(_rt.OpenEnum):
    """Ratio values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    VALUE_1_4 = 1.4
    VALUE_1_5 = 1.5
