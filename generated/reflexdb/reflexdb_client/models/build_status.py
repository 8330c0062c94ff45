# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildStatus`` enumeration."""

import enum as _enum


class BuildStatus(_enum.StrEnum):
    """BuildStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
