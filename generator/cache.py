"""The content-addressed cache folder shared by the formatting cache (output/fmtcache.py) and the
validation cache (spec/valcache.py): where it is, and how an entry is written (atomically)."""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def cache_root() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    explicit = os.environ.get("GENERATOR_CACHE_DIR")
    if explicit is not None:
        return None if explicit.strip().lower() in ("", "off", "0", "none") else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-client-generator"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_versions(names: Iterable[str]) -> dict[str, str]:
    """The installed version of each distribution in ``names`` (a cache key's part), from its
    ``NAME-VERSION.dist-info`` folder, the first on ``sys.path`` as ``importlib.metadata`` finds
    it, without importing that (it brings email, zipfile, csv: a good part of a small run's fixed
    cost); ``importlib.metadata`` only for one not found so. Not installed: left out."""
    names = list(names)
    index = _dist_info_versions(tuple(sys.path))
    found = {name: index[_normal(name)] for name in names if _normal(name) in index}
    missing = [name for name in names if name not in found]
    if missing:
        from importlib import metadata

        for name in missing:
            try:
                found[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                pass
    return found


@functools.cache
def _dist_info_versions(path: tuple[str, ...]) -> dict[str, str]:
    """Normalised distribution name → version of every ``.dist-info`` folder on ``path`` (``sys.path``),
    the first one of a name winning; read once per ``sys.path`` (the format cache, the validation
    cache and the no-op record each ask)."""
    found: dict[str, str] = {}
    for entry in path:
        try:
            folders = sorted(e.name for e in os.scandir(entry or ".") if e.name.endswith(".dist-info"))
        except OSError:  # a zip file, a folder that is gone
            continue
        for folder in folders:
            name, _, version = folder[: -len(".dist-info")].partition("-")
            if version:
                found.setdefault(_normal(name), version)
    return found


def write_json_atomically(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as JSON in one rename; a cache that cannot be written is skipped."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, separators=(",", ":")))  # dumps: the C encoder; dump is pure Python
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


# A blob: this header, the SHA-256 of the payload, then the payload (marshal). The interpreter's
# cache tag is part of the header because marshal's format may differ between Python versions.
_BLOB_HEADER = f"openapi-client-generator blob 1 {sys.implementation.cache_tag}\n".encode("ascii")


def write_blob_atomically(path: Path, data: Any) -> None:
    """Replace ``path`` with ``data`` (str, int, float, bool, None, lists, tuples and dicts of
    them) in one rename; a cache that cannot be written is skipped.

    For the large indexes a regeneration reads and rewrites (rendered and formatted texts, 6 MB
    each on Stripe): marshal writes and reads them in C, 4-10x faster than JSON. It trusts its
    input no more than the JSON entries it replaces were trusted: both come back into generated
    code, and only the cache's owner can write them.
    """
    payload = marshal.dumps(data)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_BLOB_HEADER + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def read_blob(path: Path) -> object | None:
    """What ``write_blob_atomically`` wrote, or None: missing, truncated, altered, or written by
    another Python (checked by the digest before marshal sees a byte)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = len(_BLOB_HEADER) + 32
    if not raw.startswith(_BLOB_HEADER) or len(raw) < start:
        return None
    payload = memoryview(raw)[start:]
    if hashlib.sha256(payload).digest() != raw[len(_BLOB_HEADER):start]:
        return None
    try:
        value: object = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return value
