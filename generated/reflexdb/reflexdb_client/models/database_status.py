# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``DatabaseStatus`` enumeration."""

from __future__ import annotations

import enum as _enum

__all__ = ["DatabaseStatus"]


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
