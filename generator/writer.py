"""Writing: files in memory → the output folder, the only place the generator touches the disk.

Paths are checked before anything is written (relative, no ``..``, no symlinks on the way). A file
whose bytes did not change is not rewritten, so its mtime stays. A manifest records what the
generator wrote; only files listed there are ever removed. ``check`` compares without writing.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__

MANIFEST = ".generator-manifest.json"
_SAFE_PART = re.compile(r"^\.?[A-Za-z0-9_][A-Za-z0-9_.-]*$")


class WriteError(Exception):
    """The output folder cannot be written safely; the message says why."""


@dataclass(slots=True)
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def check_relative(path: str) -> None:
    parts = path.split("/")
    if not parts or any(not _SAFE_PART.match(p) or p in (".", "..") for p in parts):
        raise WriteError(f"refusing to write unsafe path {path!r}")


def manifest_bytes(files: dict[str, bytes], spec_hash: str) -> bytes:
    entries = {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}
    body = {"generator_version": __version__, "spec_sha256": spec_hash, "files": entries}
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def read_manifest(output: Path) -> dict[str, str] | None:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else None


def _ensure_inside(output: Path, target: Path) -> None:
    """Refuse symlinks anywhere between the output folder and the target."""
    current = output
    for part in target.relative_to(output).parts:
        current = current / part
        if current.is_symlink():
            raise WriteError(f"refusing to write through symlink {current}")


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tree(output: Path, files: dict[str, bytes], *, force: bool = False) -> WriteStats:
    """Write ``files`` (which include the manifest) into ``output``."""
    for path in files:
        check_relative(path)
    if output.is_symlink():
        raise WriteError(f"refusing to write into {output}: it is a symlink")
    previous = read_manifest(output)
    if previous is None and output.exists() and any(output.iterdir()) and not force:
        raise WriteError(f"{output} is not empty and was not written by the generator (no {MANIFEST}); "
                         "pass --force to write into it anyway")
    all_files = files
    stats = WriteStats()
    output.mkdir(parents=True, exist_ok=True)
    for path, data in sorted(all_files.items()):
        target = output / path
        _ensure_inside(output, target)
        try:
            if target.is_file() and target.read_bytes() == data:
                stats.unchanged.append(path)
                continue
        except OSError:
            pass
        _atomic_write(target, data)
        stats.written.append(path)
    for path in sorted(set(previous or {}) - set(all_files)):
        try:
            check_relative(path)
        except WriteError:
            continue
        target = output / path
        _ensure_inside(output, target)
        if target.is_file():
            target.unlink()
            stats.removed.append(path)
            _prune_empty(output, target.parent)
    return stats


def _prune_empty(output: Path, folder: Path) -> None:
    while folder != output and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


@dataclass(slots=True)
class CheckResult:
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.diff)


def check_tree(output: Path, files: dict[str, bytes]) -> CheckResult:
    result = CheckResult()
    previous = read_manifest(output) or {}
    for path, data in sorted(files.items()):
        target = output / path
        if not target.is_file():
            result.missing.append(path)
            continue
        old = target.read_bytes()
        if old != data:
            result.diff.extend(difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(keepends=True),
                data.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"a/{path}", tofile=f"b/{path}"))
    result.extra = sorted(p for p in previous if p not in files and p != MANIFEST and (output / p).exists())
    return result
