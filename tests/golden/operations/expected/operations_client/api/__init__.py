# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions, one module per tag of the API description (untagged: per path segment).

Each operation comes as four functions: ``name`` (sync), ``name_async``, and the
``name_with_response`` / ``name_with_response_async`` forms that also return the HTTP response.
Each module is imported on first use; type checkers still see every one.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from . import blobs as blobs
    from . import items as items
    from . import login as login
    from . import reports as reports
    from . import upload as upload

__all__ = [
    "blobs",
    "items",
    "login",
    "reports",
    "upload",
]


def __getattr__(name: str) -> _t.Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
