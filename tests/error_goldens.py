"""Error goldens: ``tests/errors/<case>/`` holds a broken spec (or configuration) and
``expected.txt``, the exact diagnostics the CLI prints for it and its exit code.

The command is ``validate spec.yaml`` unless the case has an ``args`` file; it runs with the case
folder as the working directory so file names in diagnostics are short and stable.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
from pathlib import Path

from generator.cli import main

ERRORS = Path(__file__).resolve().parent / "errors"
CASES = sorted(p for p in ERRORS.iterdir() if p.is_dir())


def case_args(case: Path) -> list[str]:
    args = case / "args"
    return shlex.split(args.read_text(encoding="utf-8")) if args.is_file() else ["validate", "spec.yaml"]


def run_case(case: Path) -> str:
    """What the CLI prints (stdout then stderr) for the case, and its exit code, as one text."""
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(case)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(case_args(case))
    finally:
        os.chdir(previous)
    return out.getvalue() + err.getvalue() + f"[exit {code}]\n"


def update_error_goldens() -> int:
    for case in CASES:
        (case / "expected.txt").write_text(run_case(case), encoding="utf-8")
        print(f"updated {case / 'expected.txt'}")
    return 0
