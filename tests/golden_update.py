"""Regenerate every golden tree: ``make golden`` (``python -m tests.golden_update``).

Goldens are only ever updated by this command; read the diff (``git diff tests/golden``) before
committing it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.render.base import write_compiled
from tests.error_goldens import update_error_goldens
from tests.golden_cases import CASES, generate_case


def main() -> int:
    compiled = Path(__file__).resolve().parent.parent / "generator" / "render" / "compiled"
    print(f"updated {compiled} ({len(write_compiled(compiled))} files)")
    for case in CASES:
        files = generate_case(case)
        expected = case / "expected"
        if expected.exists():
            shutil.rmtree(expected)
        for path, data in files.items():
            target = expected / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        print(f"updated {expected} ({len(files)} files)")
    return update_error_goldens()


if __name__ == "__main__":
    sys.exit(main())
