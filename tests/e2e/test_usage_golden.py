"""The usage file of the ``schemas_31`` golden client (enums, tuples, polymorphism, servers):
it type-checks with ``mypy --strict`` and pyright strict, and does what it says against a local
server (issue 16)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.golden_cases import GOLDEN
from tests.golden_import import use
from tests.server import LocalServer, Reply

HERE = Path(__file__).resolve().parent
USAGE = HERE / "usage_schemas_31.py"
TREE = GOLDEN / "schemas_31" / "expected"
BIN = Path(sys.executable).parent

use("schemas_31")


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, check=False, cwd=cwd, capture_output=True, text=True, timeout=540,
                          env={**os.environ, **(env or {})})
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(args[:3])} failed:\n{output[-6000:]}"
    return output


@pytest.mark.slow
def test_usage_file_passes_mypy_strict(tmp_path: Path) -> None:
    output = _run([sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir",
                   str(tmp_path / "cache"), str(USAGE)], cwd=tmp_path, env={"MYPYPATH": str(TREE)})
    assert "Success: no issues found" in output


@pytest.mark.slow
def test_usage_file_passes_pyright_strict(tmp_path: Path) -> None:
    pyright = shutil.which("pyright", path=str(BIN)) or shutil.which("pyright")
    assert pyright, "pyright is not installed (it is a dev dependency)"
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "extraPaths": [str(TREE)],
              "include": [str(USAGE)]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    output = _run([pyright, "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable],
                  cwd=tmp_path)
    assert "0 errors" in output


def test_usage_file_runs(server: LocalServer) -> None:
    from schemas_31_client import ClientConfigError
    from schemas_31_client.models import Cat, MixedCode, Ratio, Shapes

    from tests.e2e import usage_schemas_31 as usage

    server.reply(Reply(status=200, body=[{"petType": "dog", "name": "Rex", "bark": True},
                                         {"petType": "Cat", "name": "Tom", "lives": 9},
                                         {"petType": "Fox", "name": "Sly"}]))
    assert usage.list_animals(server.url) == ["Rex barks", "Tom has 9 lives", "Sly is a Fox this client does not know"]
    assert usage.new_dog("Bit").to_dict() == {"petType": "dog", "name": "Bit", "bark": True}
    assert usage.tags_narrow(Cat(name="Tom", lives=3)) == 3
    assert usage.rest_of(Shapes.from_dict({"pair": ["a", "b", 1.5, 2.5]})) == 4.0
    assert usage.ratio_label(Ratio(1.4)) == "VALUE_1_4" and usage.ratio_label(MixedCode(7)) == "unknown (7)"
    assert usage.server_names() == ["production", "local"]
    assert usage.client_for("eu").base_url == "https://eu.schemas.example.com/v1"
    with pytest.raises(ClientConfigError, match="allowed: 'us', 'eu'"):
        usage.client_for("mars")
