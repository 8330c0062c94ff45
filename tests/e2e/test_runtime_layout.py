"""The runtime is copied into every client without a black pass, so it must already be in the
layout black (in the generator's pinned mode) gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.output.format import format_python
from generator.render.base import RUNTIME

FILES = sorted(RUNTIME.glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_runtime_file_is_in_black_layout(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert format_python(str(path), text) == text, f"run black on {path} (line length 100)"


def test_runtime_files_exist() -> None:
    assert len(FILES) >= 8
