# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""CreateConnectionResponse values."""

from __future__ import annotations

import typing as _t

__all__ = ["CreateConnectionResponse"]

CreateConnectionResponse: _t.TypeAlias = dict[str, _t.Any]
