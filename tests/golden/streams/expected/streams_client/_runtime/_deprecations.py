"""DeprecationWarning for what the API description marks ``deprecated``, with its own text.

Operations warn when called, parameters when given, model fields when sent in a request body.
Warnings point at the caller's line (``stacklevel``), so ``python -W error::DeprecationWarning``
and ``pytest.warns`` find the code to change.
"""

from __future__ import annotations

import warnings

from ._types import UNSET

__all__ = ["warn_deprecated", "warn_deprecated_fields"]


def warn_deprecated(message: str, *, stacklevel: int = 3) -> None:
    """Warn from a generated endpoint function: the caller of that function is blamed."""
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


def warn_deprecated_fields(model: object, fields: tuple[tuple[str, str], ...]) -> None:
    """Warn for each deprecated field of ``model`` that is set; called by ``to_dict(request=True)``."""
    for name, message in fields:
        if getattr(model, name) is not UNSET:
            warnings.warn(message, DeprecationWarning, stacklevel=4)
