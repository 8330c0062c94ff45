"""Rendered files (and template contexts) kept from the last run into the same output folder: a
one-line change renders only what it touches.

A model, enum or alias module is rendered from its IR node alone, an ``api/`` module from its
group's operations, both beside state every file reads: the generator's code and templates and
the configuration (the caller's ``inputs``: ``fastpath.inputs_key``), the package, the name → module table, the enum bases and
the API-wide part of ``ir.Api`` (servers, security, policy). A file's key hashes all of it: the
``repr`` of frozen dataclasses, which shows every field, in a fixed order. An equal key is the same
text, so the stored one is used (and still goes through the format cache and the write like any
other). What a file reads that is not in its node is in every key: any change there renders all.
The same holds for a part of a whole-API file computed from one node (api.md's entry of a group).

Only the files this run produced are kept for the next (one index per output folder, replaced at
the end). A cache that cannot be read or written costs time, never bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import ir
from generator.cache import read_blob, write_blob_atomically
from generator.config import ClientConfig
from generator.render.base import OutputFile
from generator.render.layout import carry_layouts, traced

REUSE_VERSION = 1


def _index_path(root: Path, scope: str) -> Path:
    return root / "render" / (hashlib.sha256(scope.encode("utf-8")).hexdigest()[:32] + ".bin")


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
        self.known: dict[str, Any] = self._load()
        self.used: dict[str, Any] = {}
        self.reused = 0
        self._digests: dict[int, tuple[object, str]] = {}  # id → (the node, kept alive; its digest)

    @classmethod
    def for_output(cls, root: Path | None, output: Path, api: ir.Api, config: ClientConfig,
                   inputs: Callable[[], str]) -> Reuse:
        """The store of ``output`` (``inputs``: the digest of code, templates and settings, asked
        for only when there is a cache folder to read)."""
        if root is None:
            return cls(None, "", "")
        return cls(root, str(output.resolve()), shared_state(api, config, inputs()))

    def _load(self) -> dict[str, Any]:
        if self.root is None:
            return {}
        raw = read_blob(_index_path(self.root, self.scope))
        if not isinstance(raw, dict) or raw.get("salt") != self._salt or not isinstance(raw.get("entries"), dict):
            return {}
        return {k: v for k, v in raw["entries"].items() if _well_formed(v)}

    def _key(self, node: object) -> str:
        return hashlib.sha256(f"{self._salt}|{self._digest(node)}".encode("ascii")).hexdigest()

    def _digest(self, node: object) -> str:
        """A digest of ``repr(node)``; a tuple's made of its items' (so a large node is hashed once
        however many keys hold it: a model keys its module and its api.md entry and section, an
        operation its group's module and api.md), each IR node's computed once (dataclass reprs
        are most of the cost)."""
        if isinstance(node, tuple):
            return "(" + ",".join(self._digest(item) for item in node) + ")"
        if not dataclasses.is_dataclass(node):
            return _sha256(repr(node))
        known = self._digests.get(id(node))
        if known is None:
            known = self._digests[id(node)] = (node, _sha256(repr(node)))
        return known[1]

    def file(self, node: object, make: Callable[[], OutputFile]) -> OutputFile:
        """The file rendered from ``node`` (an IR node, or a tuple of them): stored, or ``make()``."""
        if self.root is None:  # no cache folder: nothing to reuse or keep, no key worth computing
            return make()
        key = self._key(node)
        entry = self.known.get(key)
        if isinstance(entry, list):
            path, text, python, layouts = entry  # types checked by _well_formed on loading
            carry_layouts(layouts)
            self.used[key] = entry
            self.reused += 1
            return OutputFile(path, text, python)
        out, layouts = traced(make)
        self.used[key] = [out.path, out.text, out.python, layouts]
        return out

    def value(self, node: object, make: Callable[[], Any]) -> Any:
        """A template context computed from ``node`` alone (a tuple naming what it is for, then IR
        nodes): stored, or ``make()``. Either way as JSON gives it back (lists, not tuples), so a
        stored value and a fresh one render alike."""
        if self.root is None:
            return json.loads(json.dumps(make()))
        key = self._key(node)
        entry = self.known.get(key)
        if isinstance(entry, dict):
            carry_layouts(entry["layouts"])
            self.used[key] = entry
            self.reused += 1
            return entry["value"]
        made, layouts = traced(make)
        value = json.loads(json.dumps(made))
        self.used[key] = {"value": value, "layouts": layouts}
        return value

    def save(self) -> None:
        """Keep this run's renders for the next; skipped when nothing changed."""
        if self.root is None or self.used == self.known:
            return
        write_blob_atomically(_index_path(self.root, self.scope), {"salt": self._salt, "entries": self.used})


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _well_formed(entry: object) -> bool:
    """A file ([path, text, python, layouts]) or a value ({"value": ..., "layouts": [...]})."""
    if isinstance(entry, dict):
        layouts = entry.get("layouts")
        return "value" in entry and isinstance(layouts, list) and all(isinstance(k, str) for k in layouts)
    return (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
            and isinstance(entry[1], str) and isinstance(entry[2], bool) and isinstance(entry[3], list)
            and all(isinstance(k, str) for k in entry[3]))
