"""What one client's run produced: diagnostics, files, write or check outcome (``pipeline.Result``).

Its own light module (no IR, renderer or validator imports) so that the no-op fast path
(``generator/fastpath.py``) can answer with the same type the full pipeline does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, has_errors
from generator.output.writer import CheckResult, WriteStats

if TYPE_CHECKING:
    from generator import ir
    from generator.compat.apidiff import Report


@dataclass(slots=True)
class Result:
    config: ClientConfig
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    api: ir.Api | None = None
    stats: WriteStats | None = None
    check: CheckResult | None = None
    # Warnings as reported (skipped or degraded constructs), kept when --strict turns them into errors.
    degraded: list[Diagnostic] = field(default_factory=list)
    api_diff: Report | None = None  # public-API changes against the surface recorded in the output
    blocked: bool = False  # breaking changes with fail_on_breaking: nothing was written
    note: str = ""  # what the run decided on the user's behalf (names derived from the spec)
    # Every file the spec was read from (the root and each file its $refs bundled in).
    sources: tuple[str, ...] = ()
    fast: bool = False  # answered by the no-op fast path (nothing was loaded, rendered or formatted)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)
