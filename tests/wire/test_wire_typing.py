"""The wire client and the file-upload usage pass ``mypy --strict`` and pyright strict."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.client.test_typing import _run, _tool

USAGE = Path(__file__).resolve().parent / "usage_files.py"


def test_mypy_strict_on_the_wire_client_and_file_usage(wire_dir: Path, tmp_path: Path) -> None:
    output = _run([sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
                   "--cache-dir", str(tmp_path / "cache"), str(wire_dir / "wire_client"), str(USAGE)],
                  cwd=tmp_path, env={"MYPYPATH": str(wire_dir)})
    assert "Success: no issues found" in output


def test_pyright_strict_on_the_wire_client_and_file_usage(wire_dir: Path, tmp_path: Path) -> None:
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "extraPaths": [str(wire_dir)],
              "include": [str(wire_dir / "wire_client"), str(USAGE)]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    output = _run([_tool("pyright"), "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable],
                  cwd=tmp_path, env={"PYTHONPATH": os.environ.get("PYTHONPATH", "")})
    assert "0 errors" in output, output[-3000:]
