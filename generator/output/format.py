"""Formatting: rendered Python text → black-formatted text, with a pinned, explicit mode.

The mode never comes from an ambient ``pyproject.toml``, so output does not depend on where the
generator runs. A failure names the file and keeps the unformatted text for inspection. black is
imported on first use: a run whose files are all in the format cache never loads it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generator.diagnostics import Diagnostic

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


class FormatError(Exception):
    def __init__(self, path: str, raw: str, reason: str) -> None:
        super().__init__(f"{path}: black could not format the generated code: {reason}")
        self.path = path
        self.raw = raw
        self.reason = reason
        self.diagnostic = Diagnostic(severity="error", code="format-failed", file=path,
                                     message=f"black could not format the generated code: {reason[:300]}")


def format_python(path: str, text: str) -> str:
    import black

    try:
        return black.format_str(text, mode=mode())
    except Exception as exc:  # black raises several unrelated types for invalid input
        raise FormatError(path, text, f"{type(exc).__name__}: {exc}") from exc
