# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TerminateResponseStatus`` enumeration."""

import enum as _enum


class TerminateResponseStatus(_enum.StrEnum):
    """TerminateResponseStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    TERMINATING = "terminating"
