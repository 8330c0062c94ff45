# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildStatus`` enumeration."""

from .. import _runtime as _rt


class BuildStatus(_rt.OpenStrEnum):
    """BuildStatus values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
