"""Every golden case generates exactly its committed tree (``make golden`` updates them)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.golden_cases import CASES, generate_case


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_tree(case: Path) -> None:
    actual = generate_case(case)
    expected = _tree(case / "expected")
    problems = [f"missing from expected: {p}" for p in sorted(set(actual) - set(expected))]
    problems += [f"not generated any more: {p}" for p in sorted(set(expected) - set(actual))]
    for path in sorted(set(actual) & set(expected)):
        if actual[path] != expected[path]:
            problems.extend(difflib.unified_diff(
                expected[path].decode().splitlines(), actual[path].decode().splitlines(),
                f"expected/{path}", f"actual/{path}", lineterm=""))
    assert not problems, "golden tree differs (run `make golden` and review the diff):\n" + "\n".join(problems)
