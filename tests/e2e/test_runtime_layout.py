"""The runtime is copied into every client without a black pass, so it must already be in the
layout black (in the generator's pinned mode) gives it."""

from __future__ import annotations

import pytest

from generator import resources
from generator.output.format import format_python

FILES = resources.runtime_files()


@pytest.mark.parametrize(("name", "text"), FILES, ids=[name for name, _ in FILES])
def test_runtime_file_is_in_black_layout(name: str, text: str) -> None:
    assert format_python(name, text) == text, f"run black on templates/runtime/{name} (line length 100)"


def test_runtime_files_exist() -> None:
    assert len(FILES) >= 8
