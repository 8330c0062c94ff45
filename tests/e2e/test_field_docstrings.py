"""Attribute docstrings sit directly under the field they describe (editors and Sphinx pair them so)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TREES = [ROOT / "generated", *sorted((ROOT / "tests" / "golden").glob("*/expected"))]


def _model_files() -> list[Path]:
    return [p for tree in TREES for p in sorted(tree.rglob("models/*.py")) if p.name != "__init__.py"]


def test_every_field_docstring_follows_its_field() -> None:
    checked = 0
    for path in _model_files():
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            body = cls.body
            for prev, node in itertools.pairwise(body):
                if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                        and isinstance(node.value.value, str):
                    assert isinstance(prev, ast.AnnAssign), f"{path}:{node.lineno}: docstring not under a field"
                    assert node.lineno == (prev.end_lineno or 0) + 1, \
                        f"{path}:{node.lineno}: a blank line separates the docstring from its field"
                    checked += 1
    assert checked > 50
