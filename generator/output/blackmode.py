"""black's mode for every generated file: pinned here, never read from an ambient ``pyproject.toml``
(so output does not depend on where the generator runs). Shared by format.py, which runs black,
and blackform.py, which decides what black would leave as it is."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import black


@functools.cache
def mode() -> black.Mode:
    import black

    return black.Mode(
        target_versions={black.mode.TargetVersion.PY311},
        line_length=100,
        string_normalization=True,
        is_pyi=False,
        magic_trailing_comma=True,
    )
