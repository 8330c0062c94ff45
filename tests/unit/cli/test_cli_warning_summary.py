"""Many warnings of one kind (Asana: 1,527 integer response codes) are counted, not all printed;
errors always are, and -v lists everything."""

from __future__ import annotations

from generator.cli import WARNINGS_PER_CODE, _text_lines
from generator.diagnostics import Diagnostic


def _diags() -> list[Diagnostic]:
    warnings = [Diagnostic(severity="warning", code="response-code-not-string", message=f"code {i}",
                           file="spec.yaml", line=i + 1, column=1) for i in range(25)]
    other = [Diagnostic(severity="warning", code="required-duplicate", message="dup", file="spec.yaml")]
    errors = [Diagnostic(severity="error", code="ref-missing", message=f"missing {i}", file="spec.yaml")
              for i in range(12)]
    return warnings + other + errors


def test_warnings_beyond_the_limit_are_counted() -> None:
    lines = _text_lines(_diags(), quiet=False, verbose=False)
    assert sum("[response-code-not-string]" in line and "code " in line for line in lines) == WARNINGS_PER_CODE
    assert lines[-1] == ("spec.yaml: warning: 15 more [response-code-not-string] warnings not shown "
                         "(-v or --format json lists them)")
    assert sum("[ref-missing]" in line for line in lines) == 12  # errors: every one
    assert any("[required-duplicate]" in line for line in lines)


def test_verbose_lists_everything_and_quiet_only_errors() -> None:
    assert len(_text_lines(_diags(), quiet=False, verbose=True)) == 38
    assert all("error" in line for line in _text_lines(_diags(), quiet=True, verbose=False))
