# Generated from spec.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .cat import Cat
    from .dog import Dog
    from .everything import Everything
    from .everything_closed import EverythingClosed
    from .get_shape_response_option_1 import GetShapeResponseOption1
    from .get_shape_response_option_2 import GetShapeResponseOption2
    from .kennel import Kennel
    from .lizard import Lizard
    from .node import Node
    from .partner import Partner
    from .pet import Pet
    from .pet_alias import PetAlias
    from .pet_base import PetBase
    from .priority import Priority
    from .size import Size

__all__ = [
    "Cat",
    "Dog",
    "Everything",
    "EverythingClosed",
    "GetShapeResponseOption1",
    "GetShapeResponseOption2",
    "Kennel",
    "Lizard",
    "Node",
    "Partner",
    "Pet",
    "PetAlias",
    "PetBase",
    "Priority",
    "Size",
]

# Which module defines each name, one a line: one token for black, quick to import.
_INDEX = """
Cat:cat
Dog:dog
Everything:everything
EverythingClosed:everything_closed
GetShapeResponseOption1:get_shape_response_option_1
GetShapeResponseOption2:get_shape_response_option_2
Kennel:kennel
Lizard:lizard
Node:node
Partner:partner
Pet:pet
PetAlias:pet_alias
PetBase:pet_base
Priority:priority
Size:size
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
