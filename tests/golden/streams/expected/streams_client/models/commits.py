# Generated from spec.yaml by the generator; do not edit by hand.
"""Commits values."""

from __future__ import annotations

import typing as _t

from .commit import Commit

__all__ = ["Commits"]

Commits: _t.TypeAlias = list[Commit]
