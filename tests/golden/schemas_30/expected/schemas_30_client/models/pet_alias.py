# Generated from spec.yaml by the generator; do not edit by hand.
"""PetAlias values."""

from __future__ import annotations

import typing as _t

from .cat import Cat

__all__ = ["PetAlias"]

PetAlias: _t.TypeAlias = Cat
