"""Import a generated package in this (fresh, isolated) interpreter and report side effects.

Reads ``{"out": DIR, "package": NAME, "roundtrips": [...]}`` as JSON on stdin; prints one JSON line.
An audit hook blocks and records process starts, sockets, file writes and filesystem changes, and
the ``pwned`` canary module records a hit if any payload ever runs. Each roundtrip entry
``{"module", "cls", "data"}`` decodes ``data`` with ``cls.from_dict`` and encodes it back, which
must give ``data`` again (no property lost to a name collision).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

violations: list[str] = []
hits: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_BLOCKED = ("subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "pty.",
            "socket.", "http.client.", "urllib.Request", "ctypes.", "webbrowser.", "os.remove", "os.rename",
            "os.rmdir", "os.mkdir", "os.chmod", "os.symlink", "os.link", "os.truncate", "shutil.")
_armed = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _armed:
        return
    if event == "import" and args and args[0] == "pwned":
        hits.append("import pwned")
    if event == "open":
        mode = args[1] if len(args) > 1 else None
        flags = args[2] if len(args) > 2 else None
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
            (isinstance(flags, int) and bool(flags & _WRITE_FLAGS))
        if writing:
            violations.append(f"open for writing {args[0]!r}")
            raise PermissionError("blocked by import_check")
    elif event.startswith(_BLOCKED):
        violations.append(f"{event} {str(args)[:120]}")
        raise PermissionError(f"blocked by import_check: {event}")


def _pwned_module() -> types.ModuleType:
    mod = types.ModuleType("pwned")

    def hit(*_a: Any, **_k: Any) -> str:
        hits.append("pwned.hit()")
        return ""

    mod.hit = hit  # type: ignore[attr-defined]
    return mod


def main() -> None:
    global _armed
    request = json.loads(sys.stdin.read())
    out = Path(request["out"])
    package = request["package"]
    sys.path.insert(0, str(out))
    sys.modules["pwned"] = _pwned_module()
    import httpx  # noqa: F401  (the runtime's one dependency; imported before arming)

    sys.addaudithook(_hook)
    _armed = True
    errors: list[str] = []
    imported = 0
    for path in sorted((out / package).rglob("*.py")):
        rel = path.relative_to(out).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        try:
            importlib.import_module(name)
            imported += 1
        except Exception as exc:  # noqa: BLE001 - reported, not raised: the caller asserts on the JSON
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
    roundtrip_failures: list[str] = []
    for case in request["roundtrips"]:
        try:
            cls = getattr(importlib.import_module(case["module"]), case["cls"])
            back = cls.from_dict(case["data"]).to_dict()
            if back != case["data"]:
                roundtrip_failures.append(f"{case['cls']}: {back!r} != {case['data']!r}")
        except Exception as exc:  # noqa: BLE001 - reported in the JSON
            roundtrip_failures.append(f"{case['cls']}: {type(exc).__name__}: {exc}")
    _armed = False
    print(json.dumps({"imported": imported, "errors": errors, "violations": violations, "hits": hits,
                      "roundtrip_failures": roundtrip_failures}))


if __name__ == "__main__":
    main()
