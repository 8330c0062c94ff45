"""Ctrl-C, SIGTERM and SIGKILL of a large run: one line and the right exit code, no traceback (from the
parent or a worker), the output folder as it was, and no worker process left behind.

The spec is large enough for the parallel path (a forked validator and a pool of black workers).
Linux only: the children are found through /proc.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures.helpers import ROOT

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
# Liveness bounds, not performance checks: how long to wait for something that must happen.
WAIT_FOR_CHILDREN = 120.0
WAIT_FOR_EXIT = 60.0


def _large_spec(path: Path) -> Path:
    schemas = {
        f"Thing{i}": {
            "type": "object", "description": f"Thing number {i}, with enough text to make black work.",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "description": "The name of the thing, shown to people."},
                **{f"field_{j}": {"type": "integer" if j % 2 else "string", "description": f"Field {j} of {i}."}
                   for j in range(14)},
                "owner": {"$ref": "#/components/schemas/Owner"},
            },
        } for i in range(320)
    }
    schemas["Owner"] = {"type": "object", "properties": {"login": {"type": "string"}}}
    paths = {
        f"/things{i}/{{id}}": {
            "get": {"operationId": f"getThing{i}", "tags": [f"group{i % 12}"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "The thing.", "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/Thing{i}"}}}}}},
        } for i in range(320)
    }
    doc = {"openapi": "3.0.3", "info": {"title": "Signals", "version": "1.0.0"}, "paths": paths,
           "components": {"schemas": schemas}}
    text = json.dumps(doc, indent=1)
    assert len(text) > 300_000  # long enough a run that the signals arrive mid-way
    path.write_text(text, encoding="utf-8")
    return path


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's wait is missing


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _large_spec(tmp_path_factory.mktemp("signals") / "signals.json")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143),
                                              (signal.SIGKILL, -signal.SIGKILL)])
def test_signal_leaves_no_process_and_no_traceback(spec: Path, tmp_path: Path, signum: int, code: int) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "GENERATOR_CACHE_DIR": "off"}
    # A new session, so the group signal below reaches only the generator and its children, as a
    # terminal's Ctrl-C does; SIGINT reset to its default first (started from a background job,
    # these tests would inherit it ignored), then exec'd into the generator.
    argv = [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(out), "--package",
            "signals_client"]
    reset = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    proc = subprocess.Popen([sys.executable, "-c", reset, *argv], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    seen: set[int] = set()
    try:
        _interrupt(proc, signum, code, seen, out)
    finally:  # a failing run must not leave its workers behind either
        for pid in seen:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _interrupt(proc: subprocess.Popen[str], signum: int, code: int, seen: set[int], out: Path) -> None:
    deadline = time.monotonic() + WAIT_FOR_CHILDREN
    while proc.poll() is None and time.monotonic() < deadline:
        seen |= _children(proc.pid)
        if len(seen) >= 2:  # the validator and at least one black worker
            break
        time.sleep(0.02)
    assert proc.poll() is None and seen, "the run ended before it had workers"
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    _, err = proc.communicate(timeout=WAIT_FOR_EXIT)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if signum != signal.SIGKILL:
        assert err.strip().endswith("the output folder was left as it was before this run"), err
    deadline = time.monotonic() + WAIT_FOR_EXIT
    while any(_alive(pid) for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in seen if _alive(pid)], "worker processes outlived the generator"
    assert not out.exists() or not any(out.iterdir())
