"""Duplicate keys in a spec are located errors, in YAML and in JSON (parsers keep the last one
silently: a second ``security: []`` would drop authentication while a reviewer reads the first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.spec.loader import load_file


def _errors(path: Path, text: str) -> list[tuple[int, str, str]]:
    path.write_text(text)
    with pytest.raises(SpecError) as info:
        load_file(path)
    return [(d.line, d.code, d.message) for d in info.value.diagnostics]


def test_yaml_duplicate_key_is_located(tmp_path: Path) -> None:
    errors = _errors(tmp_path / "s.yaml", "a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n")
    assert [(line, code) for line, code, _ in errors] == [(5, "duplicate-key")]
    assert "'c'" in errors[0][2]


def test_json_duplicate_key_is_located(tmp_path: Path) -> None:
    errors = _errors(tmp_path / "s.json", '{"a": 1,\n "b": {"c": 1,\n  "c": 2}}')
    assert [(line, code) for line, code, _ in errors] == [(3, "duplicate-key")]


def test_yaml_merge_keys_and_distinct_keys_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("base: &b {x: 1}\nuse:\n  <<: *b\n  x: 2\n'200': a\n200: b\n")
    assert load_file(path).data["use"] == {"x": 2}
