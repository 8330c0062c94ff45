"""The import direction of docs/architecture.md, enforced by parsing every generator module's imports.

Each stage may import only the stages below it (the table ``MAY_IMPORT``), and no two modules
import each other, directly or through others: a new import that breaks either rule fails here
with the offending edge, rather than as a cycle found at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

GENERATOR = ROOT / "generator"

# Stage → the stages it may import (its own modules always). Mirrors docs/architecture.md.
FOUNDATION = {"generator", "diagnostics", "ir", "naming", "cache", "resources", "processes", "style"}
MAY_IMPORT: dict[str, set[str]] = {
    "generator": set(), "diagnostics": set(), "ir": set(), "naming": set(), "cache": set(),
    "resources": set(), "processes": set(),  # package data; worker-process lifecycle
    "style": set(),  # the generated code's line length
    "limits": {"diagnostics"},
    "config": {"diagnostics", "limits"},
    "spec": FOUNDATION | {"limits"},
    "emit": FOUNDATION,
    "lowering": FOUNDATION | {"config", "spec", "emit"},
    "examples": FOUNDATION | {"spec", "emit"},
    "output": FOUNDATION | {"spec"},
    "render": FOUNDATION | {"config", "emit", "examples", "output"},
    "compat": FOUNDATION | {"limits", "config", "spec", "lowering", "emit", "render"},
    # A run's outcome, and the no-op fast path that answers before anything heavy is imported.
    "result": FOUNDATION | {"limits", "config", "output", "compat"},
    "fastpath": FOUNDATION | {"limits", "config", "output", "result"},
    "pipeline": FOUNDATION | {"limits", "config", "spec", "lowering", "emit", "examples", "render", "output",
                              "compat", "result", "fastpath"},
    "cli": FOUNDATION | {"limits", "config", "pipeline", "compat", "cliargs", "result", "fastpath"},
    "cliargs": FOUNDATION | {"limits", "compat"},
    "__main__": {"cli"},
}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "generator"


def _imports(path: Path) -> set[str]:
    """Every generator module ``path`` imports, at any level (function-level imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.split(".")[0] == "generator":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                is_module = (ROOT / Path(*sub.split("."))).with_suffix(".py").is_file() \
                    or (ROOT / Path(*sub.split("."))).is_dir()
                found.add(sub if is_module else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "generator")
    return found


GRAPH = {_module(p): _imports(p) for p in sorted(GENERATOR.rglob("*.py"))}


def test_every_stage_imports_only_the_stages_below_it() -> None:
    assert set(MAY_IMPORT) >= {_stage(m) for m in GRAPH}, "a new stage: add it to MAY_IMPORT and the doc"
    wrong = sorted(f"{m} imports {t}" for m, targets in GRAPH.items() for t in targets
                   if _stage(t) != _stage(m) and _stage(t) not in MAY_IMPORT[_stage(m)])
    assert wrong == []


def test_no_import_cycles_between_modules() -> None:
    graph = {m: {t for t in targets if t in GRAPH and t != m} for m, targets in GRAPH.items()}
    # Importing a package's submodule imports the package first: a package's own __init__ counts.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    """The rule would be toothless if a function-level import slipped past the parser."""
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from generator.render import layout\n    import generator.ir\n",
                      encoding="utf-8")
    assert _imports(source) == {"generator.render.layout", "generator.ir"}
