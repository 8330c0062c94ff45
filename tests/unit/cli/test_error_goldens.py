"""Error goldens (tests/errors/<case>/expected.txt, updated by `make golden`) and JSON diagnostics."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.error_goldens import CASES, run_case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_error_golden(case: Path) -> None:
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    actual = run_case(case)
    assert "Traceback" not in actual
    assert actual == expected, f"run `make golden` and review the diff if this change is intended:\n{actual}"


def test_every_error_line_is_located() -> None:
    for case in CASES:
        for line in run_case(case).splitlines()[:-1]:
            if re.fullmatch(r"\S+: valid( \(.*\))?(, \d+ warnings?)?", line):
                continue  # validate's summary, not a diagnostic
            file, row, column, rest = line.split(":", 3)
            assert file and int(row) > 0 and int(column) > 0, line
            assert rest.startswith((" error: ", " warning: ")) and rest.rstrip().endswith("]"), line


def test_json_format_lists_the_same_diagnostics(capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.name == "several-problems")
    assert main(["validate", str(case / "spec.yaml"), "--format", "json"]) == 2
    payload = json.loads(capsys.readouterr().out)
    assert payload[0]["ok"] is False
    diags = payload[0]["diagnostics"]
    assert [d["code"] for d in diags] == ["ref-remote", "ref-escapes", "ref-file-missing", "ref-scheme"]
    assert all(d["line"] > 0 and d["pointer"].endswith("/$ref") for d in diags)


def test_config_errors_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.generator]\nclientz = 1\n', encoding="utf-8")
    assert main(["generate", "--config", str(config), "--format", "json"]) == 2
    payload = json.loads(capsys.readouterr().out)
    assert payload == [{"spec": None, "output": None, "ok": False, "diagnostics": payload[0]["diagnostics"]}]
    assert payload[0]["diagnostics"][0]["code"] == "config-missing"
