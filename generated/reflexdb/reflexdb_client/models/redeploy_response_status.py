# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``RedeployResponseStatus`` enumeration."""

import enum as _enum


class RedeployResponseStatus(_enum.StrEnum):
    """RedeployResponseStatus values.

    Fields of this type also accept and return values this client does not know yet.
    """

    DEPLOYING = "deploying"
