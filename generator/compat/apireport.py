"""API diff reports: a ``Report`` (``generator.compat.apidiff``) → text for a terminal, Markdown, or JSON.

Subjects are Python identifiers, but details quote spec text (wire names, enum values, URLs):
the text form escapes control characters so a spec cannot drive the terminal, and the Markdown
form puts code in backticks that spec text cannot close and neutralises HTML.
"""

from __future__ import annotations

import json
import unicodedata

from generator.compat.apidiff import Change, Report

FORMATS = ("text", "markdown", "json")


def _printable(text: str) -> str:
    return "".join(ch if unicodedata.category(ch)[0] != "C" else f"\\u{ord(ch):04x}" for ch in text)


def _summary(report: Report) -> str:
    total, breaking = len(report.changes), len(report.breaking)
    if not total:
        return f"{report.package}: no changes to the public API"
    noun = "change" if total == 1 else "changes"
    return f"{report.package}: {total} public API {noun}, {breaking} breaking"


def render_text(report: Report) -> str:
    lines = [_summary(report)]
    for c in report.changes:
        mark = "BREAKING" if c.breaking else "ok"
        lines.append(f"  {mark:<8} {c.kind:<7} {c.category} {c.subject}: {c.detail}")
    return _printable_lines(lines)


def _printable_lines(lines: list[str]) -> str:
    return "\n".join(_printable(line) for line in lines) + "\n"


def _code(text: str) -> str:
    cleaned = _printable(text).replace("`", "'").replace("<", "&lt;").replace(">", "&gt;")
    return f"`{cleaned}`"


def _md_detail(c: Change) -> str:
    # Details quote values with repr(); keep them readable but inert.
    return _printable(c.detail).replace("`", "'").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def render_markdown(report: Report) -> str:
    lines = [f"## API changes in `{report.package}`", "", _sentence(_summary(report).split(": ", 1)[1])]
    groups = (("Breaking changes", [c for c in report.changes if c.breaking]),
              ("Other changes", [c for c in report.changes if not c.breaking]))
    for title, changes in groups:
        if not changes:
            continue
        lines += ["", f"### {title}", ""]
        lines += [f"- **{c.kind}** {c.category} {_code(c.subject)}: {_md_detail(c)}" for c in changes]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    body = {
        "package": report.package,
        "breaking": len(report.breaking),
        "total": len(report.changes),
        "changes": [c.as_json() for c in report.changes],
    }
    return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=True) + "\n"


def render(report: Report, fmt: str) -> str:
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "json":
        return render_json(report)
    return render_text(report)
