"""Helpers for the build-step tests: a small spec, a config for it, and tree snapshots."""

from __future__ import annotations

import os
from pathlib import Path

from generator.config import ClientConfig

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MINI = HERE / "mini.yaml"


def mini_config(output: Path, **changes: object) -> ClientConfig:
    return ClientConfig(spec=MINI, output=output, package="mini_client", **changes)  # type: ignore[arg-type]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under ``folder``: (bytes, mtime_ns, inode)."""
    out: dict[str, tuple[bytes, int, int]] = {}
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(base) / name
            info = path.stat()
            out[path.relative_to(folder).as_posix()] = (path.read_bytes(), info.st_mtime_ns, info.st_ino)
    return out


def contents(folder: Path) -> dict[str, bytes]:
    return {path: data for path, (data, _m, _i) in snapshot(folder).items()}
