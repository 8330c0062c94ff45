# Generated from spec.yaml by the generator; do not edit by hand.
"""Event values."""

from __future__ import annotations

import typing as _t

from .created import Created
from .deleted import Deleted

__all__ = ["Event"]

Event: _t.TypeAlias = Created | Deleted
