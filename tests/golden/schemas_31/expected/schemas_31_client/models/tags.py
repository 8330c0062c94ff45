# Generated from spec.yaml by the generator; do not edit by hand.
"""Tags values."""

from __future__ import annotations

import typing as _t

__all__ = ["Tags"]

Tags: _t.TypeAlias = list[str]
