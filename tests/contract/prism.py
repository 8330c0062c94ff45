"""The Prism mock server (pinned in tests/contract/package.json): install, start on a free port, stop.

Prism is an independent reading of the spec: it validates every request against
``specs/reflexdb.yaml`` and answers from its examples, so a client that misreads the spec fails
here even when our own test server would agree with it. Missing Prism is an error, never a skip.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SPEC = ROOT / "specs" / "reflexdb.yaml"
PRISM = HERE / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0  # a ceiling for a cold start on a slow machine, not a timing assertion


class PrismError(RuntimeError):
    """Prism could not be installed or started; the message says what to run."""


def ensure_installed() -> Path:
    """Install the pinned Prism with ``npm ci`` (from the lock file) unless it is already there."""
    if PRISM.exists():
        return PRISM
    npm = shutil.which("npm")
    if npm is None:
        raise PrismError("npm is not on PATH: install Node.js (>= 18.20) to run the contract tests")
    with open(HERE / ".install.lock", "w") as lock:  # pytest-xdist workers install once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not PRISM.exists():
            done = subprocess.run(
                [npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund", "--loglevel=error"],
                capture_output=True, text=True, timeout=600, check=False,
            )
            if done.returncode != 0 or not PRISM.exists():
                raise PrismError(f"`npm ci --prefix tests/contract` failed ({done.returncode}):\n"
                                 f"{done.stdout}\n{done.stderr}")
    return PRISM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Prism:
    """``prism mock SPEC`` on 127.0.0.1; a context manager that always stops the process."""

    def __init__(self, spec: Path = SPEC, *, log: Path, start_timeout: float = START_TIMEOUT,
                 options: tuple[str, ...] = ()) -> None:
        self.spec = spec
        self.options = options  # more `prism mock` flags, e.g. --ignoreExamples
        self.start_timeout = start_timeout  # large specs (Stripe) take Prism longer to load
        self.log_path = log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.started_in = 0.0

    def __enter__(self) -> Self:
        prism = ensure_installed()
        started = time.monotonic()
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [str(prism), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port), "--errors",
                 *self.options],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
            )
        try:
            self._wait(started)
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - started
        return self

    def _wait(self, started: float) -> None:
        assert self.process is not None
        while time.monotonic() - started < self.start_timeout:
            if self.process.poll() is not None:
                raise PrismError(f"Prism exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2):
                    return
            except urllib.error.HTTPError:
                return  # any HTTP answer means it is listening
            except OSError:
                time.sleep(0.1)
        raise PrismError(f"Prism did not answer on {self.url} within {self.start_timeout:.0f}s:\n{self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __exit__(self, *exc: object) -> None:
        self.stop()
