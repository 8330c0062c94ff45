"""Report renderers: text, Markdown and JSON, including spec text that tries to misbehave."""

from __future__ import annotations

import json

from generator.compat.apidiff import Change, Report, compare
from generator.compat.apireport import render, render_json, render_markdown, render_text

HOSTILE = "\x1b[31mred\x07 `code` <img src=x onerror=alert(1)> | pipe"

REPORT = Report(package="pets", changes=(
    Change(kind="removed", breaking=True, category="enum member", subject="Kind.EVIL",
           detail=f"enum value {HOSTILE!r} removed"),
    Change(kind="added", breaking=False, category="field", subject="Pet.raw", detail=f"note {HOSTILE}"),
))


def test_text_report_lists_each_change_with_its_verdict_and_no_control_characters() -> None:
    text = render_text(REPORT)
    lines = text.splitlines()
    assert lines[0] == "pets: 2 public API changes, 1 breaking"
    assert lines[1].startswith("  BREAKING removed enum member Kind.EVIL: ")
    assert lines[2].startswith("  ok       added   field Pet.raw: ")
    assert not any(ord(ch) < 0x20 and ch != "\n" for ch in text)
    assert "\\u001b" in lines[2]


def test_markdown_report_groups_breaking_changes_and_neutralises_html() -> None:
    md = render_markdown(REPORT)
    assert md.startswith("## API changes in `pets`\n\n2 public API changes, 1 breaking.\n")
    breaking, other = md.split("### Breaking changes")[1].split("### Other changes")
    assert "`Kind.EVIL`" in breaking and "`Pet.raw`" in other
    assert "<img" not in md and "&lt;img" in md
    assert "\x1b" not in md and "`code`" not in md


def test_json_report_round_trips() -> None:
    data = json.loads(render_json(REPORT))
    assert (data["package"], data["breaking"], data["total"]) == ("pets", 1, 2)
    assert data["changes"][0] == REPORT.changes[0].as_json()
    assert render(REPORT, "json") == render_json(REPORT)


def test_empty_report() -> None:
    empty = Report(package="pets", changes=())
    assert render_text(empty) == "pets: no changes to the public API\n"
    assert "### " not in render_markdown(empty)
    assert json.loads(render_json(empty))["changes"] == []


def test_package_rename_is_breaking() -> None:
    surface: dict[str, object] = {
        "format": 1, "package": "old", "client": {"classes": ["Client"], "default_base_url": "", "options": []},
        "call_options": [], "exceptions": ["APIError"], "operations": [], "models": [], "enums": [], "aliases": [],
    }
    report = compare(surface, {**surface, "package": "new", "exceptions": []})
    assert [(c.category, c.kind, c.breaking) for c in report.changes] == [
        ("exception", "removed", True), ("package", "changed", True)]
