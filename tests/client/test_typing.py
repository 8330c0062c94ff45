"""Static gates on the generated clients and on the usage examples: ``mypy --strict`` and
``pyright`` in strict mode.

The generated packages are checked with their own ``pyproject.toml`` settings (strict, with
pyright's private-usage check on: endpoints call the clients' public ``request``); the usage
examples with plain strict settings, as a user's code would be. pyright may download its npm
package on first use.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # mypy and pyright strict: slow, out of `make quick`

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REFLEXDB = ROOT / "generated" / "reflexdb"
EXAMPLES = [HERE / "usage_example.py", HERE / "usage_feature.py"]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is not installed (it is a dev dependency)"
    return found


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, check=False, cwd=cwd, capture_output=True, text=True, timeout=540,
                          env={**os.environ, **(env or {})})
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(args[:3])} failed:\n{output[-6000:]}"
    return output


def test_mypy_strict_on_generated_clients_and_examples(feature_dir: Path, orders_dir: Path,
                                                      tmp_path: Path) -> None:
    output = _run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
         "--cache-dir", str(tmp_path / "cache"),
         str(REFLEXDB / "reflexdb_client"), str(feature_dir / "featuretest_client"),
         str(orders_dir / "orders_client"), *map(str, EXAMPLES)],
        cwd=tmp_path,
        env={"MYPYPATH": os.pathsep.join([str(REFLEXDB), str(feature_dir), str(orders_dir)])},
    )
    assert "Success: no issues found" in output


def test_pyright_strict_on_generated_clients(feature_dir: Path, orders_dir: Path) -> None:
    for project in (REFLEXDB, feature_dir, orders_dir):
        settings = (project / "pyproject.toml").read_text()
        assert '[tool.pyright]\ntypeCheckingMode = "strict"' in settings
        assert "reportPrivateUsage" not in settings
        output = _run([_tool("pyright"), "-p", str(project), "--pythonpath", sys.executable], cwd=project)
        assert "0 errors" in output


def test_pyright_strict_on_usage_examples(feature_dir: Path, tmp_path: Path) -> None:
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(REFLEXDB), str(feature_dir)],
        "include": [str(p) for p in EXAMPLES],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    output = _run([_tool("pyright"), "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable],
                  cwd=tmp_path)
    assert "0 errors" in output
