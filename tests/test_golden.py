"""Every golden case generates exactly its ``expected/`` tree and its diagnostics (``make golden`` updates)."""

from __future__ import annotations

import pytest

from tests.golden_support import GOLDEN, cases, generate_case, read_tree, tree_diff


@pytest.mark.parametrize("case", cases())
def test_golden_tree(case: str) -> None:
    files, diagnostics = generate_case(case)
    diff = tree_diff(read_tree(GOLDEN / case / "expected"), files)
    assert not diff, f"golden case {case!r} differs (run `make golden` and review):\n{diff}"
    rendered = "".join(d.render().replace(str(GOLDEN / case) + "/", "") + "\n" for d in diagnostics)
    assert rendered == (GOLDEN / case / "diagnostics.txt").read_text(encoding="utf-8")
