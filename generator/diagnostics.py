"""Diagnostics: the one value every stage uses to report a problem in a spec.

Spec problems are returned, never raised, so a run can report several at once and the CLI never
shows a traceback for bad input.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Literal

Severity = Literal["error", "warning"]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    severity: Severity
    message: str
    code: str
    file: str = ""
    pointer: str = ""
    line: int = 0
    column: int = 0

    def render(self) -> str:
        location = self.file
        if self.file and self.line:
            location += f":{self.line}:{self.column or 1}"
        text = f"{location + ': ' if location else ''}{self.severity}: {self.message} [{self.code}]"
        if self.pointer:
            text += f" [at {self.pointer}]"
        return text

    def as_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


class SpecError(Exception):
    """Raised inside a stage to abort it; carries the diagnostics that explain why."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("; ".join(d.render() for d in self.diagnostics))


def escape_pointer_part(part: object) -> str:
    """One JSON-pointer reference token (RFC 6901): ``~`` → ``~0``, ``/`` → ``~1``."""
    return str(part).replace("~", "~0").replace("/", "~1")


def pointer(*parts: object) -> str:
    return "".join("/" + escape_pointer_part(p) for p in parts)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def dumps(diagnostics: Iterable[Diagnostic]) -> str:
    return json.dumps([d.as_json() for d in diagnostics], indent=2, sort_keys=True)
