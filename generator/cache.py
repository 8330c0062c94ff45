"""The content-addressed cache folder shared by the formatting cache (output/fmtcache.py) and the
validation cache (spec/valcache.py): where it is, and how an entry is written (atomically)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def cache_root() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    explicit = os.environ.get("GENERATOR_CACHE_DIR")
    if explicit is not None:
        return None if explicit.strip().lower() in ("", "off", "0", "none") else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-client-generator"


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
