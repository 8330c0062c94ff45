# Generated from spec.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .animal import Animal
    from .cat import Cat
    from .created import Created
    from .deleted import Deleted
    from .deleted_level import DeletedLevel
    from .dog import Dog
    from .event import Event
    from .mixed_code import MixedCode
    from .ratio import Ratio
    from .shapes import Shapes
    from .tags import Tags

__all__ = [
    "Animal",
    "Cat",
    "Created",
    "Deleted",
    "DeletedLevel",
    "Dog",
    "Event",
    "MixedCode",
    "Ratio",
    "Shapes",
    "Tags",
]

# Which module defines each name, one a line: one token for black, quick to import.
_INDEX = """
Animal:animal
Cat:cat
Created:created
Deleted:deleted
DeletedLevel:deleted_level
Dog:dog
Event:event
MixedCode:mixed_code
Ratio:ratio
Shapes:shapes
Tags:tags
"""
_MODULES: dict[str, str] = {n: m for n, _, m in (pair.partition(":") for pair in _INDEX.split())}


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
