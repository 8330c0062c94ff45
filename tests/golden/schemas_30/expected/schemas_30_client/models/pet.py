# Generated from spec.yaml by the generator; do not edit by hand.
"""Pet values."""

from __future__ import annotations

import typing as _t

from .cat import Cat
from .dog import Dog
from .lizard import Lizard

__all__ = ["Pet"]

Pet: _t.TypeAlias = Cat | Dog | Lizard
