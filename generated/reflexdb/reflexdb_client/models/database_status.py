# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseStatus`` enumeration."""

from .. import _runtime as _rt


class DatabaseStatus(_rt.OpenStrEnum):
    """DatabaseStatus values.

    Open: a value this client does not know yet becomes a member made on demand (its
    ``is_known`` is False), so fields of this type keep their type and the value survives a
    round trip.
    """

    REGISTERED = "registered"
    BUILDING = "building"
    DEPLOYING = "deploying"
    RUNNING = "running"
    PAUSING = "pausing"
    PAUSED = "paused"
    RESUMING = "resuming"
    TERMINATING = "terminating"
    TERMINATED = "terminated"
    FAILED = "failed"
    STOPPED = "stopped"
