# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``RedeployResponseStatus`` enumeration."""

from .. import _runtime as _rt


class RedeployResponseStatus(_rt.OpenStrEnum):
    """RedeployResponseStatus values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    DEPLOYING = "deploying"
