"""Writing: files in memory → the output folder, the only place the generator touches the disk.

Paths are checked before anything is written (relative, no ``..``, no symlinks anywhere in the
output folder). A manifest records what the generator wrote; only files listed there are ever
removed, so files a person added survive.

A run that changes something stages the complete new tree beside the output folder (unchanged
files and the person's files are hard-linked, so their inode and mtime stay), then swaps it into
place with two renames. An interruption before the swap leaves the old tree untouched; one
between the two renames leaves a backup that the next run moves back (``recover``). A run that
changes nothing touches nothing. ``check_tree`` compares without writing.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__

MANIFEST = ".generator-manifest.json"
_SAFE_PART = re.compile(r"\.?[A-Za-z0-9_][A-Za-z0-9_.-]*")  # fullmatch: "$" would allow a final "\n"
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # O_BINARY: no newline translation on Windows


class WriteError(Exception):
    """The output folder cannot be written safely; the message says why."""


@dataclass(slots=True)
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)


def check_relative(path: str) -> None:
    parts = path.split("/")
    if not parts or any(not _SAFE_PART.fullmatch(p) or p in (".", "..") for p in parts):
        raise WriteError(f"refusing to write unsafe path {path!r}")


def manifest_bytes(files: dict[str, bytes], spec_hash: str, **extra: object) -> bytes:
    """The manifest: generator version, spec hash, sha256 per file; ``extra`` adds top-level keys."""
    entries = {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}
    body: dict[str, object] = {"generator_version": __version__, "spec_sha256": spec_hash, "files": entries}
    body.update(extra)
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def read_manifest(output: Path) -> dict[str, str] | None:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else None


def recorded_formatter(output: Path) -> str | None:
    """The formatter (``black X.Y.Z``) the manifest in ``output`` says its files were formatted by."""
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("formatter") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def staging_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.generator-staging"


def backup_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.generator-backup"


def recover(output: Path) -> list[str]:
    """Undo what an interrupted earlier run left behind; returns what was done, for the summary."""
    done: list[str] = []
    backup, staging = backup_dir(output), staging_dir(output)
    if backup.is_dir() and not backup.is_symlink():
        if not output.exists() and not output.is_symlink():
            # Interrupted between the two renames: the old tree is the backup.
            os.rename(backup, output)
            done.append(f"restored {output} from {backup.name}")
        else:
            shutil.rmtree(backup)
            done.append(f"removed leftover {backup.name}")
    if staging.is_dir() and not staging.is_symlink():
        shutil.rmtree(staging)
        done.append(f"removed leftover {staging.name}")
    return done


def scan_tree(output: Path) -> tuple[dict[str, str], list[str]]:
    """Existing files (relative POSIX path → path) and folders; refuses symlinks and special files.

    One ``os.scandir`` per folder, plain strings, and the entry types the folder listing gives
    (``lstat`` only where it has none): ``os.walk`` with a ``Path``, ``lstat`` and ``relative_to``
    per entry took 12 ms on Stripe's 1,628 files, this 1.1 ms.
    """
    files: dict[str, str] = {}
    folders: list[str] = []
    if not output.exists():
        return files, folders
    pending = [(os.fspath(output), "")]  # (folder, its relative path + "/"), parents before children
    while pending:
        folder, prefix = pending.pop()
        for entry in _entries(folder):
            rel = prefix + entry.name
            if entry.is_symlink():
                raise WriteError(f"refusing to write into {output}: {entry.path} is a symlink "
                                 "(the generator never follows links in its output folder)")
            if entry.is_dir(follow_symlinks=False):
                folders.append(rel)
                pending.append((entry.path, rel + "/"))
            elif entry.is_file(follow_symlinks=False):
                files[rel] = entry.path
            else:
                raise WriteError(f"refusing to write into {output}: {entry.path} is not a regular file or folder")
    return files, folders


def _entries(folder: str) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` by name; none if it cannot be listed (as ``os.walk`` skips it)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError:
        return []


def _same(path: str | None, data: bytes) -> bool:
    """Whether the file holds ``data``: reads at most one byte more than that, with no ``stat``."""
    if path is None:
        return False
    try:
        return _read_at_most(path, len(data) + 1) == data
    except OSError:
        return False


def _read_at_most(path: str, limit: int) -> bytes:
    """The file's first ``limit`` bytes (all of it if shorter), with plain ``os.read`` calls: opening it
    as a Python file object costs more than reading it (1,628 files: 7.7 ms, this 4.4 ms)."""
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks: list[bytes] = []
        while limit > 0:
            chunk = os.read(fd, limit)
            if not chunk:
                break
            chunks.append(chunk)
            limit -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write_tree(output: Path, files: dict[str, bytes], *, force: bool = False) -> WriteStats:
    """Make ``output`` hold ``files`` (which include the manifest), atomically, touching only changes."""
    for path in files:
        check_relative(path)
    if output.is_symlink():
        raise WriteError(f"refusing to write into {output}: it is a symlink")
    if output.exists() and not output.is_dir():
        raise WriteError(f"refusing to write into {output}: it is not a folder")
    stats = WriteStats(recovered=recover(output))
    previous = read_manifest(output)
    existing, folders = scan_tree(output)
    if previous is None and existing and not force:
        raise WriteError(f"{output} is not empty and was not written by the generator (no {MANIFEST}); "
                         "pass --force to write into it anyway")
    generated_before = set(previous or {})
    clobbered = sorted(p for p in files if p in existing and p not in generated_before and p != MANIFEST
                       and previous is not None and not _same(existing[p], files[p]))
    if clobbered and not force:
        raise WriteError(f"{output}: {', '.join(clobbered[:5])} was not written by the generator but the "
                         "generator now writes a file there; move it away or pass --force")
    stale = sorted(p for p in generated_before - set(files) if p in existing and _is_safe(p))
    for path, data in sorted(files.items()):
        (stats.unchanged if _same(existing.get(path), data) else stats.written).append(path)
    stats.removed = stale
    if not stats.written and not stats.removed:
        return stats  # nothing to do: touch nothing
    _stage_and_swap(output, files, existing, folders, stats)
    return stats


def _is_safe(path: str) -> bool:
    try:
        check_relative(path)
    except WriteError:
        return False
    return True


def _stage_and_swap(output: Path, files: dict[str, bytes], existing: dict[str, str], folders: list[str],
                    stats: WriteStats) -> None:
    stage, backup = staging_dir(output), backup_dir(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    stage.mkdir()
    try:
        if output.is_dir():
            shutil.copymode(output, stage)
        for folder in folders:
            (stage / folder).mkdir(parents=True, exist_ok=True)
        written = set(stats.written)
        removed = set(stats.removed)
        staged = os.fspath(stage) + "/"
        for rel, source in existing.items():
            if rel not in written and rel not in removed:
                _link_or_copy(source, staged + rel)  # unchanged generated files and the person's files
        for rel in stats.written:
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
        _write_files([(stage / rel, files[rel]) for rel in stats.written])
        _prune_empty_folders(stage, {str(Path(p).parent) for p in removed})
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    if output.exists():
        os.rename(output, backup)
        try:
            os.rename(stage, output)
        except BaseException:
            os.rename(backup, output)
            raise
        shutil.rmtree(backup, ignore_errors=True)
    else:
        os.rename(stage, output)


def _write_files(items: list[tuple[Path, bytes]]) -> None:
    """Create and write each new file, and make them durable before the swap makes them visible.

    One ``sync()`` for the lot where the platform has it: an fsync per file costs a journal commit
    each (a thousand files took over half a second), one sync a single commit.
    """
    for path, data in items:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if not hasattr(os, "sync"):
                os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(path, 0o644)  # whatever the umask
    if hasattr(os, "sync") and items:
        os.sync()


def _prune_empty_folders(root: Path, candidates: set[str]) -> None:
    """Remove folders that only held stale files (never the person's empty folders elsewhere)."""
    for rel in sorted(candidates, key=lambda p: -p.count("/")):
        folder = root / rel
        while folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


@dataclass(slots=True)
class CheckResult:
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.changed)


def check_tree(output: Path, files: dict[str, bytes]) -> CheckResult:
    """Compare ``files`` with ``output`` without writing: missing, extra (stale) and changed files."""
    result = CheckResult()
    previous = read_manifest(output) or {}
    for path, data in sorted(files.items()):
        target = output / path
        if not target.is_file():
            result.missing.append(path)
            result.diff.extend(_diff(b"", data, "/dev/null", f"b/{path}"))
            continue
        old = target.read_bytes()
        if old != data:
            result.changed.append(path)
            result.diff.extend(_diff(old, data, f"a/{path}", f"b/{path}"))
    result.extra = sorted(p for p in previous if p not in files and p != MANIFEST and (output / p).is_file())
    return result


def _diff(old: bytes, new: bytes, fromfile: str, tofile: str) -> list[str]:
    lines = list(difflib.unified_diff(old.decode("utf-8", "replace").splitlines(keepends=True),
                                      new.decode("utf-8", "replace").splitlines(keepends=True),
                                      fromfile=fromfile, tofile=tofile))
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines]
