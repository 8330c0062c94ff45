"""Rendered files kept from the last run into the same output folder: a one-line change renders
only the files it touches.

A model, enum or alias module is rendered from its IR node alone, an ``api/`` module from its
group's operations, both beside state every file reads: the generator's code and templates and
the configuration (the caller's ``inputs``: ``fastpath.inputs_key``), the package, the name → module table, the enum bases and
the API-wide part of ``ir.Api`` (servers, security, policy). A file's key hashes all of it: the
``repr`` of frozen dataclasses, which shows every field, in a fixed order. An equal key is the same
text, so the stored one is used (and still goes through the format cache and the write like any
other). What a file reads that is not in its node is in every key: any change there renders all.

Only the files this run produced are kept for the next (one index per output folder, replaced at
the end). A cache that cannot be read or written costs time, never bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from generator import ir
from generator.cache import write_json_atomically
from generator.config import ClientConfig
from generator.render.base import OutputFile
from generator.render.layout import carry_layouts, traced

REUSE_VERSION = 1


def _index_path(root: Path, scope: str) -> Path:
    return root / "render" / (hashlib.sha256(scope.encode("utf-8")).hexdigest()[:32] + ".json")


def shared_state(api: ir.Api, config: ClientConfig, inputs: str) -> str:
    """What every reusable file depends on besides its own node, as text (``inputs``: a digest of
    the generator's code, templates, libraries and ``config``)."""
    rest = dataclasses.replace(api, models=(), enums=(), aliases=(), operations=())
    modules = sorted((name, d.module) for name, d in api.index.items())
    return "|".join((
        f"v{REUSE_VERSION}", inputs, config.package, repr(rest),
        repr(sorted(api.enum_bases.items())), repr(modules),
    ))


class Reuse:
    """The stored renders of one output folder, and the ones this run used or made."""

    def __init__(self, root: Path | None, scope: str, salt: str) -> None:
        self.root, self.scope = root, scope
        self._salt = hashlib.sha256(salt.encode("utf-8", "surrogatepass")).hexdigest()
        self.known: dict[str, list[object]] = self._load()
        self.used: dict[str, list[object]] = {}
        self.reused = 0

    @classmethod
    def for_output(cls, root: Path | None, output: Path, api: ir.Api, config: ClientConfig, inputs: str) -> Reuse:
        return cls(root, str(output.resolve()), shared_state(api, config, inputs))

    def _load(self) -> dict[str, list[object]]:
        if self.root is None:
            return {}
        try:
            raw = json.loads(_index_path(self.root, self.scope).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("salt") != self._salt or not isinstance(raw.get("entries"), dict):
            return {}
        return {k: v for k, v in raw["entries"].items() if _well_formed(v)}

    def file(self, node: object, make: Callable[[], OutputFile]) -> OutputFile:
        """The file rendered from ``node`` (an IR node, or a tuple of them): stored, or ``make()``."""
        key = hashlib.sha256(f"{self._salt}|{node!r}".encode("utf-8", "surrogatepass")).hexdigest()
        entry = self.known.get(key)
        if entry is not None:
            path, text, python, layouts = entry
            assert isinstance(path, str) and isinstance(text, str) and isinstance(layouts, list)
            carry_layouts(layouts)
            self.used[key] = entry
            self.reused += 1
            return OutputFile(path, text, python is True)
        out, layouts = traced(make)
        self.used[key] = [out.path, out.text, out.python, layouts]
        return out

    def save(self) -> None:
        """Keep this run's renders for the next; skipped when nothing changed."""
        if self.root is None or self.used == self.known:
            return
        write_json_atomically(_index_path(self.root, self.scope), {"salt": self._salt, "entries": self.used})


def _well_formed(entry: object) -> bool:
    return (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
            and isinstance(entry[1], str) and isinstance(entry[2], bool) and isinstance(entry[3], list)
            and all(isinstance(k, str) for k in entry[3]))
