# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseStatus`` enumeration."""

import enum as _enum


class DatabaseStatus(_enum.StrEnum):
    """DatabaseStatus values.

    Fields of this type also accept and return values this client does not know yet.
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
