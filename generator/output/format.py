"""Formatting: rendered Python text → black-formatted text, with a pinned, explicit mode.

The mode never comes from an ambient ``pyproject.toml``, so output does not depend on where the
generator runs. A failure names the file and keeps the unformatted text for inspection. black is
imported on first use: a run whose files are all in the format cache never loads it. Text black
would leave as it is (decided by blackform.py, most statements without black) is returned as it
is.
"""

from __future__ import annotations

import os

from generator.diagnostics import Diagnostic
from generator.output.blackmode import black_version, mode


class FormatError(Exception):
    def __init__(self, path: str, raw: str, reason: str) -> None:
        super().__init__(f"{path}: black could not format the generated code: {reason}")
        self.path = path
        self.raw = raw
        self.reason = reason
        self.diagnostic = Diagnostic(severity="error", code="format-failed", file=path,
                                     message=f"black could not format the generated code: {reason[:300]}")


def format_python(path: str, text: str) -> str:
    """``text`` as black formats it (as it is, when blackform.py shows black would keep it)."""
    if _in_blacks_form(text):
        return text
    return run_black(path, text)


def run_black(path: str, text: str) -> str:
    """black itself, for text known to need it (a statement the layout helpers could not lay out)."""
    import black

    try:
        return black.format_str(text, mode=mode())
    except Exception as exc:  # black raises several unrelated types for invalid input
        raise FormatError(path, text, f"{type(exc).__name__}: {exc}") from exc


# black's verdict on each skeleton seen in this process: model files of one API share a handful.
_VERDICTS: dict[str, bool] = {}
_MAX_VERDICTS = 4096
_MAX_KEPT_SKELETON = 32_768  # larger ones (testing.py's tables) are one of a kind: not kept


def _in_blacks_form(text: str) -> bool:
    """Would black return ``text`` unchanged? Decided on its skeleton (blackform.py): the statements
    settled there replaced by stand-ins, and black run on what is left. False when undecided
    (black then formats the whole text). ``GENERATOR_BLACKFORM=verify`` also runs black on the
    whole text and fails on any difference (the tests' switch)."""
    import black

    from generator.output import blackform

    if not black_version().startswith(blackform.BLACK_SERIES):
        return False  # the replayed rules are those of one year's stable style
    try:
        skeleton = blackform.skeleton(text)
    except Exception:  # noqa: BLE001 - a bug here must cost time, never the output
        return False
    if skeleton is None:
        return False
    verdict = _VERDICTS.get(skeleton)
    if verdict is None:
        try:
            verdict = black.format_str(skeleton, mode=mode()) == skeleton
        except Exception:  # noqa: BLE001 - black decides on the whole text instead
            verdict = False
        if len(_VERDICTS) < _MAX_VERDICTS and len(skeleton) < _MAX_KEPT_SKELETON:
            _VERDICTS[skeleton] = verdict
    if verdict and os.environ.get("GENERATOR_BLACKFORM") == "verify":
        formatted = black.format_str(text, mode=mode())
        if formatted != text:
            raise AssertionError("blackform settled a text black changes:\n" + text)
    return verdict
