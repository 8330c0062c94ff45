"""Shared machinery for the attack and fuzz suites: run the generator under watch, inspect its output.

``Watch`` records, through a process-wide audit hook, every file the generator opens, every socket
operation and every process it would start, and makes socket connects fail outright. ``run_cli``
runs ``generator.cli.main`` in-process under a watch; ``run_cli_subprocess`` runs
``python -m generator``. ``import_check`` imports a generated package in a fresh interpreter whose
audit hook blocks (and reports) process starts, sockets, file writes and the ``pwned`` canary that
every injection payload calls.
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import io
import json
import os
import socket
import subprocess
import sys
import sysconfig
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import generator
from generator import cli

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
IMPORT_CHECK = Path(__file__).with_name("import_check.py")
# Every payload "runs" this; a generated module that executes it trips the canary.
CANARY = "__import__('pwned').hit()"

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {"os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.symlink", "os.link",
                "os.truncate", "os.utime", "shutil.rmtree", "shutil.copyfile", "shutil.move"}
_NET_PREFIXES = ("socket.", "http.client.", "urllib.Request", "ftplib.", "smtplib.")
_PROC_PREFIXES = ("subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "pty.")


@dataclass
class Record:
    reads: list[str] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    processes: list[str] = field(default_factory=list)


_local = threading.local()
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    rec: Record | None = getattr(_local, "record", None)
    if rec is None:
        return
    if event == "open":
        path, mode, flags = (list(args) + [None, None, None])[:3]
        if not isinstance(path, (str, bytes, os.PathLike)):
            return
        target = os.fsdecode(path)
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
            (isinstance(flags, int) and bool(flags & _WRITE_FLAGS))
        (rec.writes if writing else rec.reads).append(os.path.abspath(target))
    elif event in _PATH_EVENTS:
        for arg in args:
            if isinstance(arg, (str, bytes, os.PathLike)):
                rec.writes.append(os.path.abspath(os.fsdecode(arg)))
    elif event == "urllib.Request" and str(args[0]).startswith("file://"):
        rec.reads.append(os.path.abspath(urllib.parse.unquote(str(args[0])[len("file://"):])))
    elif event.startswith(_NET_PREFIXES):
        rec.network.append(f"{event} {args!r}"[:200])
    elif event.startswith(_PROC_PREFIXES) and event != "os.fork":  # os.fork: the generator's own worker pool
        rec.processes.append(f"{event} {args!r}"[:200])


def _no_connect(*_args: Any, **_kwargs: Any) -> Any:
    raise ConnectionRefusedError("the security suite forbids network access")


@contextlib.contextmanager
def watch() -> Iterator[Record]:
    """Record file, socket and process activity of this thread; socket connects fail."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    record = Record()
    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection)
    socket.socket.connect = _no_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_connect  # type: ignore[method-assign]
    socket.create_connection = _no_connect  # type: ignore[assignment]
    _local.record = record
    try:
        yield record
    finally:
        _local.record = None
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection = saved  # type: ignore[method-assign]


def allowed_read_roots(*extra: Path) -> list[str]:
    """Where the generator may legitimately read: the spec's folder, its own code and cache, Python."""
    roots = {Path(generator.__file__).resolve().parent, (Path(generator.__file__).resolve().parent.parent
                                                         / "templates"),
             Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
             Path(sysconfig.get_paths()["stdlib"]), Path(sysconfig.get_paths()["purelib"])}
    roots.update(p.resolve() for p in extra)
    # The generator's own install metadata (an editable install keeps it beside the sources).
    roots.update(p.resolve() for p in Path(generator.__file__).resolve().parent.parent.glob("*.egg-info"))
    from generator.cache import cache_root  # the generator's own content-addressed cache

    cache = cache_root()
    if cache is not None:
        roots.add(cache.resolve())
    return sorted(str(r) for r in roots)


def outside(paths: list[str], roots: list[str]) -> list[str]:
    def inside(p: str) -> bool:
        real = os.path.realpath(p)
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
    import mimetypes

    system = set(mimetypes.knownfiles)  # urllib's file: handler (used by the validator for its own schemas)
    # sys.path entries that are no file or folder: an import hook's placeholder (setuptools' editable
    # install adds one for the generator.templates mapping); the import system probes it, reads nothing.
    system |= {os.path.abspath(entry) for entry in sys.path if entry and not os.path.exists(entry)}
    return sorted({p for p in paths if not inside(p) and p not in system
                   and not p.startswith(("/dev/", "/proc/", "/sys/"))})


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str
    record: Record


def run_cli(argv: list[str]) -> CliRun:
    """``generator.cli.main(argv)`` in-process, under ``watch``."""
    out, err = io.StringIO(), io.StringIO()
    with watch() as record, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return CliRun(code, out.getvalue(), err.getvalue(), record)


def run_cli_subprocess(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([PYTHON, "-m", "generator", *argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def python_files(out_dir: Path) -> list[Path]:
    return sorted(out_dir.rglob("*.py"))


def string_constants(out_dir: Path) -> set[str]:
    """Every string constant (docstrings included, also dedented) of every generated module."""
    found: set[str] = set()
    for path in python_files(out_dir):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
                found.add(inspect.cleandoc(node.value))
                found.add(" ".join(node.value.split()))  # prose as words: docstrings are wrapped
    return found


def as_doc(text: str) -> str:
    """What a docstring keeps of prose: line ends normalised, tabs expanded, edges trimmed, lone
    surrogates replaced by U+FFFD (a class docstring must be UTF-8 encodable)."""
    text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).split("\n")
    return inspect.cleandoc("\n".join(line.rstrip() for line in lines)).strip("\n")


def prose(text: str) -> str:
    """Prose as its words: a docstring's line breaks (it is wrapped to the line length) do not count."""
    return " ".join(text.split())


def contains(constants: set[str], needle: str) -> bool:
    return any(needle in c for c in constants)


def compile_all(out_dir: Path) -> None:
    """Compile every generated module with warnings as errors (invalid escapes are SyntaxWarnings)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for path in python_files(out_dir):
            compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)


def import_check(out_dir: Path, package: str, roundtrips: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Import every module of the package in a fresh interpreter under a blocking audit hook."""
    payload = json.dumps({"out": str(out_dir), "package": package, "roundtrips": roundtrips or []})
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([PYTHON, "-I", "-B", str(IMPORT_CHECK)], input=payload, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, f"import check crashed:\n{proc.stdout}\n{proc.stderr}"
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def diagnostics_are_located(stderr: str, spec: Path) -> list[str]:
    """Error lines of the form ``FILE:LINE:COL: error: ... [code]`` naming ``spec``."""
    return [line for line in stderr.splitlines()
            if line.startswith(f"{spec}:") and ": error: " in line
            and line[len(str(spec)) + 1:].split(":", 1)[0].isdigit()]


def string_constants_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def write_roots(out: Path) -> list[str]:
    """Where a run may write: the output folder and its private staging/backup siblings (atomic swap)."""
    out = out.resolve()
    return [str(out), str(out.parent / f".{out.name}.generator-staging"),
            str(out.parent / f".{out.name}.generator-backup")]


def stray_writes(writes: list[str], out: Path) -> list[str]:
    """Writes outside ``write_roots`` and the generator's own cache folder (black results and
    validator answers keyed by content hash, see generator/fmtcache.py); the output's parent itself
    is allowed (``mkdir(exist_ok=True)`` and the atomic swap name it), nothing below it."""
    from generator.cache import cache_root

    parent = os.path.realpath(out.resolve().parent)
    cache = cache_root()
    roots = write_roots(out) + ([str(cache.resolve())] if cache is not None else [])
    return [w for w in outside(writes, roots) if os.path.realpath(w) != parent]
