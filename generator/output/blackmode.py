"""black's mode for every generated file: pinned here, never read from an ambient ``pyproject.toml``
(so output does not depend on where the generator runs). Shared by format.py, which runs black,
and blackform.py, which decides what black would leave as it is."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generator.cache import installed_versions
from generator.style import LINE_LENGTH

if TYPE_CHECKING:
    import black

__all__ = ["LINE_LENGTH", "black_version", "mode"]


@functools.cache
def black_version() -> str:
    """The installed black's version (from its metadata: black itself is not imported)."""
    return installed_versions(["black"])["black"]


@functools.cache
def mode() -> black.Mode:
    import black

    return black.Mode(
        target_versions={black.mode.TargetVersion.PY311},
        line_length=LINE_LENGTH,
        string_normalization=True,
        is_pyi=False,
        magic_trailing_comma=True,
    )
