"""Golden cases: ``tests/golden/<case>/spec.yaml`` → the whole generated tree in ``expected/``.

Each case generates into memory with package ``<case>_client`` (so several golden clients can be
imported in one test run); ``python -m tests.golden_update`` (``make golden``) rewrites
``expected/`` and the diff is reviewed before committing.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.config import ClientConfig
from generator.diagnostics import Diagnostic
from generator.pipeline import build

GOLDEN = Path(__file__).resolve().parent / "golden"


def cases() -> list[str]:
    return sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())


def package(case: str) -> str:
    return f"{case}_client"


def generate_case(case: str) -> tuple[dict[str, bytes], list[Diagnostic]]:
    folder = GOLDEN / case
    config = ClientConfig(spec=folder / "spec.yaml", output=folder / "expected", package=package(case))
    result = build(config)
    if not result.ok:
        raise AssertionError("golden case does not generate:\n" + "\n".join(d.render() for d in result.diagnostics))
    return result.files, result.diagnostics


def read_tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts}


def tree_diff(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    out: list[str] = []
    for path in sorted(expected.keys() - actual.keys()):
        out.append(f"missing from the output: {path}\n")
    for path in sorted(actual.keys() - expected.keys()):
        out.append(f"not in expected/: {path}\n")
    for path in sorted(expected.keys() & actual.keys()):
        if expected[path] != actual[path]:
            out.extend(difflib.unified_diff(
                expected[path].decode("utf-8", "replace").splitlines(keepends=True),
                actual[path].decode("utf-8", "replace").splitlines(keepends=True),
                f"expected/{path}", f"generated/{path}"))
    return "".join(out)
