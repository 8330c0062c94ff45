"""Generate each merged attack spec once per test session, shared by pytest-xdist workers.

A generator run costs seconds (black), so every "generates" case of one spec is checked against
the same run. The first worker to get the lock generates and stores the observations as JSON; the
others read them.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.security import harness


@dataclass
class Generated:
    name: str
    spec: str
    out: str
    package: str
    code: int
    stderr: str
    record: dict[str, list[str]]
    constants: list[str]
    files: list[str]
    functions: dict[str, list[str]]  # module path → function names
    import_result: dict[str, Any]
    canary_calls: list[str]  # __import__ calls found anywhere in generated code (must be none)
    pyproject_ok: bool

    @property
    def constant_set(self) -> set[str]:
        return set(self.constants)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _observe(name: str, spec: Path, out: Path, package: str,
             roundtrips: Callable[[Path], list[dict[str, Any]]] | None) -> Generated:
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", package])
    constants: set[str] = set()
    functions: dict[str, list[str]] = {}
    canary: list[str] = []
    files: list[str] = []
    import_result: dict[str, Any] = {}
    pyproject_ok = False
    if run.code == 0:
        files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
        constants = harness.string_constants(out)
        for path in harness.python_files(out):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # Functions: every def, and module-level names bound to a derived endpoint form
            # (``x_async = _async_form(x)``).
            functions[str(path.relative_to(out))] = [
                n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))] + [
                t.id for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
                for t in n.targets if isinstance(t, ast.Name) and isinstance(n.value.func, ast.Name)
                and n.value.func.id in ("_async_form", "_with_response")]
            canary += [f"{path}:{n.lineno}" for n in ast.walk(tree)
                       if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "__import__"]
        harness.compile_all(out)
        import_result = harness.import_check(out, package, roundtrips(out) if roundtrips else None)
        try:
            tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
            pyproject_ok = True
        except (OSError, tomllib.TOMLDecodeError):
            pyproject_ok = False
    return Generated(name=name, spec=str(spec), out=str(out), package=package, code=run.code, stderr=run.stderr,
                     record=asdict(run.record), constants=sorted(constants), files=files, functions=functions,
                     import_result=import_result, canary_calls=canary, pyproject_ok=pyproject_ok)


@pytest.fixture(scope="session")
def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    path = root / "security-shared"
    path.mkdir(exist_ok=True)
    return path


def generate_shared(root: Path, name: str, write_spec: Callable[[Path], Path], package: str = "atk",
                    roundtrips: Callable[[Path], list[dict[str, Any]]] | None = None) -> Generated:
    folder = root / name
    result_file = root / f"{name}.json"
    with _locked(root / f"{name}.lock"):
        if result_file.exists():
            return Generated(**json.loads(result_file.read_text(encoding="utf-8")))
        folder.mkdir(exist_ok=True)
        spec = write_spec(folder)
        result = _observe(name, spec, folder / "out", package, roundtrips)
        result_file.write_text(json.dumps(asdict(result)), encoding="utf-8")
        return result
