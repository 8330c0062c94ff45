"""Every derived form takes ``client=`` as a keyword, for mypy --strict and pyright strict (whose
``Callable[Concatenate[Client, P], R]`` would make it positional-only) and when run (issue 16):
``usage_forms.py`` calls each form of the ``streams`` and ``operations`` golden clients so."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.golden_cases import GOLDEN
from tests.golden_import import use
from tests.server import LocalServer, Recorded, Reply

HERE = Path(__file__).resolve().parent
USAGE = HERE / "usage_forms.py"
TREES = [GOLDEN / "streams" / "expected", GOLDEN / "operations" / "expected"]
BIN = Path(sys.executable).parent

use("streams")
use("operations")


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, check=False, cwd=cwd, capture_output=True, text=True, timeout=540,
                          env={**os.environ, **(env or {})})
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(args[:3])} failed:\n{output[-6000:]}"
    return output


@pytest.mark.slow
def test_usage_forms_pass_mypy_strict(tmp_path: Path) -> None:
    output = _run([sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir",
                   str(tmp_path / "cache"), str(USAGE)], cwd=tmp_path,
                  env={"MYPYPATH": os.pathsep.join(map(str, TREES))})
    assert "Success: no issues found" in output


@pytest.mark.slow
def test_usage_forms_pass_pyright_strict(tmp_path: Path) -> None:
    pyright = shutil.which("pyright", path=str(BIN)) or shutil.which("pyright")
    assert pyright, "pyright is not installed (it is a dev dependency)"
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "extraPaths": list(map(str, TREES)),
              "include": [str(USAGE)]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    output = _run([pyright, "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable],
                  cwd=tmp_path)
    assert "0 errors" in output


def _answer(request: Recorded) -> Reply:
    accept = request.headers.get("accept", "")
    if request.path == "/users":
        return Reply(body={"Resources": [{"id": "u1"}], "totalResults": 1})
    if request.path == "/chat" and "text/event-stream" in accept:
        return Reply(body=b'data: {"delta": "he"}\n\ndata: {"delta": "llo"}\n\n',
                     headers={"Content-Type": "text/event-stream"})
    if request.path == "/chat":
        return Reply(body={"text": "hello"})
    if request.path == "/exports/e1":
        return Reply(body=b"export bytes")
    if request.path == "/reports/1" and "text/csv" in accept:
        return Reply(body="a,b", headers={"Content-Type": "text/csv"})
    if request.path == "/reports/1" and "application/pdf" in accept:
        return Reply(body=b"%PDF", headers={"Content-Type": "application/pdf"})
    if request.path == "/reports/1":
        return Reply(body={"rows": 3})
    return Reply(status=404)


def test_every_form_runs_with_client_as_a_keyword(server: LocalServer) -> None:
    from tests.e2e import usage_forms

    server.respond_with(_answer)
    expected = ["u1", "200", "u1", "hello", "hello", "export bytes", "export bytes", "3", "a,b", "%PDF"]
    assert usage_forms.sync_forms(server.url) == expected
    assert asyncio.run(usage_forms.async_forms(server.url)) == expected
    assert len(server.requests) == 2 * len(expected)
