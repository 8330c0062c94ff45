# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``DeletedLevel`` enumeration."""

from .. import _runtime as _rt


class DeletedLevel(_rt.OpenIntEnum):
    """DeletedLevel values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    VALUE_1 = 1
    VALUE_2 = 2
