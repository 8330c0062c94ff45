"""``generated/`` is a golden record of ``specs/``: it must equal what the generator writes now."""

from __future__ import annotations

from pathlib import Path

from generator.config import load_project
from generator.output.writer import check_tree
from generator.pipeline import build

ROOT = Path(__file__).resolve().parents[2]


def test_generated_tree_is_current() -> None:
    for config in load_project(ROOT / "pyproject.toml"):
        result = build(config)
        assert result.ok, [d.render() for d in result.diagnostics]
        check = check_tree(config.output, result.files)
        assert check.clean, (
            f"{config.output} is stale; run `make generate` and commit the result.\n"
            f"missing: {check.missing}\nextra: {check.extra}\n" + "".join(check.diff[:200])
        )
