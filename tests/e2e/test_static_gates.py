"""Generated code meets the bar of hand-written code: black, ruff, ``mypy --strict`` and pyright
strict pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # black, ruff and mypy over every generated tree: slow, out of `make quick`

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TREES = [ROOT / "generated" / "reflexdb"] + sorted(
    p / "expected" for p in (ROOT / "tests" / "golden").iterdir() if (p / "expected").is_dir()
)


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{' '.join(args)} failed in {cwd}:\n{proc.stdout}\n{proc.stderr}"


@pytest.mark.parametrize("tree", TREES, ids=[t.parent.name if t.name == "expected" else t.name for t in TREES])
def test_black_ruff_mypy(tree: Path) -> None:
    packages = sorted(p.name for p in tree.iterdir() if (p / "__init__.py").is_file())
    assert packages, f"no package in {tree}"
    _run([str(BIN / "black"), "--check", "--quiet", "--config", "pyproject.toml", "."], tree)
    _run([str(BIN / "ruff"), "check", "--quiet", "--no-cache", "."], tree)
    _run([str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", "/dev/null", *packages], tree)


@pytest.mark.parametrize("tree", TREES, ids=[t.parent.name if t.name == "expected" else t.name for t in TREES])
def test_pyright_strict_with_private_usage_checked(tree: Path) -> None:
    """Each tree's own pyproject: strict, and private usage not switched off (issue 16)."""
    settings = (tree / "pyproject.toml").read_text(encoding="utf-8")
    assert 'typeCheckingMode = "strict"' in settings and "reportPrivateUsage" not in settings
    pyright = shutil.which("pyright", path=str(BIN)) or shutil.which("pyright")
    assert pyright, "pyright is not installed (it is a dev dependency)"
    _run([pyright, "-p", ".", "--pythonpath", sys.executable], tree)


def test_generator_and_tests_pass_ruff_and_mypy() -> None:
    _run([str(BIN / "ruff"), "check", "--quiet", "generator", "tests"], ROOT)
    _run([str(BIN / "mypy"), "generator"], ROOT)


@pytest.mark.parametrize("tree", TREES, ids=[t.parent.name if t.name == "expected" else t.name for t in TREES])
def test_generated_code_compiles_without_warnings(tree: Path) -> None:
    """SyntaxWarnings (``"x" is None``, invalid escapes) would show up in users' logs."""
    import warnings

    for path in sorted(tree.rglob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
