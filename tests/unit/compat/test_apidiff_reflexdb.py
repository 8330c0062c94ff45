"""Acceptance: edits to a copy of specs/reflexdb.yaml give the expected report and exit codes.

The three edits of the issue: ``expiresAt`` made required on ``CreateManagementKeyBody`` (a request
model: breaking), ``paused`` removed from ``Database.status`` (breaking), and a new optional field
(not breaking). Both ``diff OLD NEW`` and ``generate`` over a recorded surface are exercised through
``cli.main``; ``generate --fail-on-breaking`` must exit 4 without touching the output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import EXIT_BREAKING, EXIT_INVALID, EXIT_OK, main
from generator.compat.surface import SURFACE
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "reflexdb.yaml"


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def require_expires_at(text: str) -> str:
    return _replace_once(text, "    CreateManagementKeyBody:\n      type: object\n      required: [name]\n",
                         "    CreateManagementKeyBody:\n      type: object\n      required: [name, expiresAt]\n")


def drop_paused(text: str) -> str:
    return _replace_once(text, "            - pausing\n            - paused\n", "            - pausing\n")


def add_optional_field(text: str) -> str:
    return _replace_once(text, "        lastError:\n          type: string\n",
                         "        tags:\n          type: array\n          items:\n            type: string\n"
                         "          description: Labels for this database\n"
                         "        lastError:\n          type: string\n")


EXPECTED = {
    ("changed", "field", "CreateManagementKeyBody.expires_at", True),
    ("removed", "enum member", "DatabaseStatus.PAUSED", True),
    ("added", "field", "Database.tags", False),
}


def _edited(tmp_path: Path, *edits: object) -> Path:
    text = SPEC.read_text(encoding="utf-8")
    for edit in edits:
        text = edit(text)  # type: ignore[operator]
    path = tmp_path / "reflexdb.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _diff(capsys: pytest.CaptureFixture[str], new: Path, *flags: str) -> tuple[int, str]:
    code = main(["diff", str(SPEC), str(new), "--package", "reflexdb_client", *flags])
    return code, capsys.readouterr().out


def test_diff_reports_the_three_edits_with_their_classification(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _edited(tmp_path, require_expires_at, drop_paused, add_optional_field)
    code, out = _diff(capsys, new, "--format", "json")
    assert code == EXIT_OK
    report = json.loads(out)
    assert {(c["kind"], c["category"], c["subject"], c["breaking"]) for c in report["changes"]} == EXPECTED
    assert (report["breaking"], report["total"], report["package"]) == (2, 3, "reflexdb_client")

    code, text = _diff(capsys, new, "--fail-on-breaking")
    assert code == EXIT_BREAKING
    lines = text.splitlines()
    assert lines[0] == "reflexdb_client: 3 public API changes, 2 breaking"
    assert lines[1].split()[:4] == ["BREAKING", "removed", "enum", "member"]
    assert "DatabaseStatus.PAUSED" in lines[1] and "'paused'" in lines[1]
    assert lines[2].split()[:4] == ["BREAKING", "changed", "field", "CreateManagementKeyBody.expires_at:"]
    assert "optional → required" in lines[2]
    assert lines[3].split()[:4] == ["ok", "added", "field", "Database.tags:"]

    code, md = _diff(capsys, new, "--format", "markdown")
    assert code == EXIT_OK
    breaking, other = md.split("### Breaking changes")[1].split("### Other changes")
    assert "`CreateManagementKeyBody.expires_at`" in breaking and "`DatabaseStatus.PAUSED`" in breaking
    assert "`Database.tags`" in other and "`Database.tags`" not in breaking


@pytest.mark.parametrize(("edit", "expected_code"), [
    (require_expires_at, EXIT_BREAKING), (drop_paused, EXIT_BREAKING), (add_optional_field, EXIT_OK)])
def test_each_edit_alone_gives_its_exit_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: object, expected_code: int) -> None:
    code, out = _diff(capsys, _edited(tmp_path, edit), "--fail-on-breaking", "--format", "json")
    assert code == expected_code
    assert json.loads(out)["total"] == 1


def test_unchanged_spec_reports_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _diff(capsys, SPEC, "--fail-on-breaking")
    assert code == EXIT_OK
    assert out == "reflexdb_client: no changes to the public API\n"


def test_diff_of_an_invalid_spec_is_a_diagnostic_not_a_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    # A $ref to nothing cannot be interpreted (schema findings such as a missing info.version only warn).
    broken.write_text("openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"
                      "paths: {/x: {get: {responses: {'200': {$ref: '#/components/responses/nope'}}}}}\n",
                      encoding="utf-8")
    code = main(["diff", str(SPEC), str(broken)])
    captured = capsys.readouterr()
    assert code == EXIT_INVALID
    assert captured.out == ""
    assert "broken.yaml" in captured.err and "error:" in captured.err


@pytest.mark.slow
def test_generate_compares_with_the_recorded_surface_and_fail_on_breaking_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "client"
    args = ["--output", str(out), "--package", "reflexdb_client", "-q"]
    assert main(["generate", str(SPEC), *args]) == EXIT_OK
    recorded = (out / SURFACE).read_bytes()
    body_model = out / "reflexdb_client" / "models" / "create_management_key_body.py"
    before = body_model.read_bytes()
    capsys.readouterr()

    new = _edited(tmp_path, require_expires_at, drop_paused, add_optional_field)
    assert main(["generate", str(new), *args, "--fail-on-breaking"]) == EXIT_BREAKING
    err = capsys.readouterr().err
    assert "3 public API changes, 2 breaking" in err and "not written" in err
    assert (out / SURFACE).read_bytes() == recorded
    assert body_model.read_bytes() == before

    assert main(["generate", str(new), *args[:-1]]) == EXIT_OK  # without -q: the report is printed
    err = capsys.readouterr().err
    assert "CreateManagementKeyBody.expires_at" in err
    assert (out / SURFACE).read_bytes() != recorded
    assert body_model.read_bytes() != before

    # The new surface is now the recorded one: nothing to report, nothing breaking.
    assert main(["generate", str(new), *args[:-1], "--fail-on-breaking", "--format", "json"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "public API" not in captured.err
    payload = json.loads(captured.out)[0]
    assert (payload["api_changes"]["total"], payload["blocked"]) == (0, False)


def test_readme_shows_the_report_this_generator_prints_for_the_sample_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Did this spec change break the client's users?", 1)[1]
    text_sample = section.split("```text\n", 1)[1].split("```", 1)[0]
    markdown_sample = section.split("```markdown\n", 1)[1].split("\n```\n", 1)[0] + "\n"
    new = _edited(tmp_path, require_expires_at, drop_paused, add_optional_field)
    assert _diff(capsys, new)[1] == text_sample
    assert _diff(capsys, new, "--format", "markdown")[1] == markdown_sample


def test_dropping_read_only_from_a_required_field_fails_the_diff(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: a required field of a request model that loses ``readOnly`` becomes a required
    constructor argument; ``diff --fail-on-breaking`` must say so and exit 4 (it said 0 breaking)."""
    text = SPEC.read_text(encoding="utf-8")
    old_spec = _replace_once(text, "    CreateManagementKeyBody:\n      type: object\n      required: [name]\n"
                             "      properties:\n",
                             "    CreateManagementKeyBody:\n      type: object\n      required: [name, serverId]\n"
                             "      properties:\n        serverId:\n          type: string\n          readOnly: true\n")
    old = tmp_path / "old.yaml"
    old.write_text(old_spec, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(old_spec.replace("          readOnly: true\n", "", 1), encoding="utf-8")
    code = main(["diff", str(old), str(new), "--package", "reflexdb_client", "--fail-on-breaking",
                 "--format", "json"])
    out = capsys.readouterr().out
    assert code == EXIT_BREAKING, out
    changes = json.loads(out)["changes"]
    assert [c["subject"] for c in changes if c["breaking"]] == ["CreateManagementKeyBody.server_id"]
