"""Validation off the critical path: openapi-spec-validator's result cached, or run in a worker.

On large specs the validator costs seconds (about 11 s for Stripe's 2019 spec), most of a
regeneration. Its answer depends only on the spec text, the validator's version and our validation
code, so it is cached under that key (one entry per spec file, the latest); on a miss it runs in a
forked child (which inherits the document) while the main process lowers and renders. The cheap checks (version, ``$ref``
targets) still run first, in process, because lowering relies on them.

An answer also holds for a document that differs only in its descriptions and summaries
(prose.py), provided no finding quotes prose that changed: the entry keeps that document's
prose-free digest, its findings unlocated (pointer and message) and, for each finding, a digest of
the value it is about (what a message can quote). The child computes the new digests first (0.2 s
on Stripe, on the other core) and validates only when one differs; the findings reused are located
again in the new text, whose lines may have moved.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from concurrent.futures import BrokenExecutor, Executor
from pathlib import Path

from generator import processes
from generator.cache import cache_root, installed_versions, write_json_atomically
from generator.diagnostics import Diagnostic
from generator.spec import prose
from generator.spec import repair as _repair
from generator.spec import validate as _validate
from generator.spec.loader import Document
from generator.spec.pointer import resolve_pointer


def _nothing() -> None:
    """The default ``cancel``: nothing runs elsewhere."""


class Joiner:
    """Waits for the validator's answer; ``pending`` says whether it was still being computed.

    ``cancel`` stops a validation still running elsewhere (the build was interrupted or failed).
    """

    def __init__(self, answer: Callable[[], list[Diagnostic]], *, pending: bool,
                 cancel: Callable[[], None] = _nothing) -> None:
        self._answer = answer
        self.pending = pending
        self.cancel = cancel

    def __call__(self) -> list[Diagnostic]:
        return self._answer()


def _key(doc: Document) -> str:
    return _hash(_code_version(), doc.display.encode("utf-8"),
                 doc.source_sha256().encode())  # the root file and every file bundled into it


def _hash(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


@functools.cache
def _code_version() -> bytes:
    """The validator's version and backend, and our code that decides what it sees and says."""
    versions = installed_versions(["openapi-spec-validator", "jsonschema-rs"])
    if len(versions) == 2:
        version = f"{versions['openapi-spec-validator']} {_validate.VALIDATOR_BACKEND} {versions['jsonschema-rs']}"
    else:
        version = "?"
    # The validated view also depends on how bundling places referenced values (bundle, structure).
    from generator.spec import bundle, pointer, structure

    code = b"".join(Path(m.__file__).read_bytes() for m in (_validate, bundle, pointer, structure, prose)
                    if m.__file__) + \
        Path(__file__).read_bytes()
    return version.encode() + b"|" + hashlib.sha256(code).digest()


def prose_free_key(doc: Document) -> tuple[str, list[tuple[int, str]]] | None:
    """The key under which a validation answer for ``doc`` (repaired) may hold again: its prose-free
    digest (the ``repr`` tells 200 from "200" and True from 1) and the classes of equal texts below
    arrays (``prose.without_prose``); None when the document nests too deeply for it, or when its
    prose has a lone surrogate (which switches the validator to the pure-Python backend, whose
    messages are worded differently)."""
    strings: dict[str, str] = {}
    classes: list[tuple[int, str]] = []
    try:
        data = repr(prose.without_prose(doc.data, strings, classes))
    except RecursionError:
        return None
    if any(not text.isascii() and _SURROGATE.search(text) for text in strings):
        return None
    return _hash(_code_version(), repr(sorted(doc.unplaced.items())).encode("utf-8", "surrogatepass"),
                 data.encode("utf-8", "surrogatepass")), classes


_SURROGATE = re.compile("[\ud800-\udfff]")
# Findings whose text depends only on the value at their pointer and the validator's own schemas.
_RELOCATABLE = frozenset({"openapi-invalid", "validator-recursion"})


@dataclasses.dataclass(frozen=True)
class Reusable:
    """What a later document with the same prose-free ``shape`` reuses: the findings, if the value
    each one is about (``anchors``, digests) has not changed either, and its texts below arrays
    compare as these did (``classes``) or, with no findings, split only some equal ones."""

    shape: str
    findings: tuple[_validate.Finding, ...]
    anchors: tuple[str, ...]
    classes: tuple[tuple[int, str], ...] = ()

    def holds_for(self, shape: str, classes: list[tuple[int, str]]) -> bool:
        """Whether a document of this ``shape`` and ``classes`` compares no pair of values that
        the one validated did not: the only way (``uniqueItems``) prose can change an answer."""
        if shape != self.shape:
            return False
        old = list(self.classes)
        return classes == old or (not self.findings and prose.refines(classes, old))

    def as_json(self) -> dict[str, object]:
        return {"shape": self.shape, "findings": [dataclasses.asdict(f) for f in self.findings],
                "anchors": list(self.anchors), "classes": [list(c) for c in self.classes]}

    @classmethod
    def from_json(cls, raw: object) -> Reusable | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("shape"), str):
            return None
        try:
            findings = tuple(_validate.Finding(**f) for f in raw["findings"])
            anchors = tuple(str(a) for a in raw["anchors"])
            classes = tuple((int(a), str(n)) for a, n in raw["classes"])
        except (KeyError, TypeError, ValueError):
            return None
        if len(anchors) != len(findings) or not all(isinstance(f.ptr, str) and isinstance(f.message, str)
                                                     for f in findings):
            return None
        return cls(raw["shape"], findings, anchors, classes)


def _anchors(doc: Document, findings: Sequence[_validate.Finding]) -> tuple[str, ...] | None:
    """A digest of the value each finding is about, or None when one is not a value of
    ``validation_view(doc)`` or its message may depend on more than that value."""
    if not all(f.code in _RELOCATABLE for f in findings):
        return None
    view = _validate.validation_view(doc) if findings else None
    anchors = []
    for finding in findings:
        try:
            value = resolve_pointer(view, "#" + finding.ptr)
        except KeyError:
            return None
        anchors.append(_hash(repr(value).encode("utf-8", "surrogatepass")))
    return tuple(anchors)


def validate_unless_same(doc: Document, reusable: Reusable | None) -> tuple[list[Diagnostic], Reusable | None]:
    """``check_schema(doc)`` and what a later document may reuse of it; the ``reusable`` findings,
    located in ``doc``, when ``doc`` has their shape and their anchors (no validation then)."""
    shaped = prose_free_key(doc)
    if reusable is not None and shaped is not None and reusable.holds_for(*shaped) \
            and _anchors(doc, reusable.findings) == reusable.anchors:
        return _validate.locate_all(doc, reusable.findings), reusable
    findings = _validate.check_schema_findings(doc)
    anchors = _anchors(doc, findings) if shaped is not None else None
    reuse = Reusable(shaped[0], tuple(findings), anchors, tuple(shaped[1])) \
        if shaped is not None and anchors is not None else None
    return _validate.locate_all(doc, findings), reuse


def _entry(root: Path, doc: Document) -> Path:
    name = hashlib.sha256(str(Path(doc.display).resolve()).encode("utf-8")).hexdigest()[:32]
    return root / "validate" / f"{name}.json"


def _read(root: Path | None, doc: Document, key: str) -> tuple[list[Diagnostic] | None, Reusable | None]:
    """(the answer stored for ``key``, or None; what the last document validated lets others reuse)."""
    if root is None:
        return None, None
    try:
        raw = json.loads(_entry(root, doc).read_text(encoding="utf-8"))
        reusable = Reusable.from_json(raw.get("reuse"))
        if raw.get("key") != key:
            return None, reusable
        return [Diagnostic(**d) for d in raw["diagnostics"]], reusable
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None, None


def _write(root: Path | None, doc: Document, key: str, problems: list[Diagnostic],
           reusable: Reusable | None) -> None:
    if root is None:
        return
    write_json_atomically(_entry(root, doc), {"key": key, "reuse": reusable.as_json() if reusable else None,
                                              "diagnostics": [d.as_json() for d in problems]})


def start(doc: Document, pool: Executor | None) -> Joiner:
    """Begin validating ``doc``; the returned function waits for and returns the diagnostics."""
    problems = _validate.check_version(doc)
    if not problems:
        problems = _validate.check_references(doc)
    if problems:
        return Joiner(lambda: problems, pending=False)
    root = cache_root()
    key = _key(doc)  # of the files' text: the same before and after the repairs below
    cached, reusable = _read(root, doc, key)
    # On a miss, validation starts now, in a child that makes the repairs on its own copy, while
    # this process makes them (and locates their warnings) on its own: on a small spec too (no
    # pool), where importing the validator and running it in the child overlaps lowering,
    # rendering and black here. One core: all of it here.
    forked = _in_forked_process(doc, reusable) if cached is None and (pool is not None or processes.cores() > 1) \
        else None
    cancel = forked[1] if forked is not None else _nothing
    # Repairs with a clear meaning (integer response codes, ...) change the document in place, so
    # they run here, every time, before the validator and the lowering see it.
    fixes = _repair.repair(doc)
    if cached is not None:
        return Joiner(lambda: fixes + cached, pending=False)
    if pool is None and forked is None:
        problems, reuse = validate_unless_same(doc, reusable)
        _write(root, doc, key, problems, reuse)
        return Joiner(lambda: fixes + problems, pending=False)
    answer = forked[0] if forked is not None else None
    if answer is None:  # no fork on this platform: a pool worker (the document is pickled to it)
        assert pool is not None  # no pool and no fork: validated above
        future = pool.submit(validate_unless_same, doc, reusable)

        def answer() -> _Answer | None:
            try:
                return future.result()
            except BrokenExecutor:  # a worker died (killed, out of memory)
                return None

    def join() -> list[Diagnostic]:
        result = answer()
        if result is None:  # the worker died: do it here instead
            result = validate_unless_same(doc, reusable)
        problems, reuse = result
        _write(root, doc, key, problems, reuse)
        return fixes + problems

    return Joiner(join, pending=True, cancel=cancel)


_Answer = tuple[list[Diagnostic], Reusable | None]


def _in_forked_process(doc: Document, reusable: Reusable | None) -> tuple[Callable[[], _Answer | None], Callable[[], None]] | None:
    """Validate ``doc`` in a forked child, which inherits it (on Asana, pickling it to a pool worker
    alone delayed validation by seconds). Returns (wait for the answer, kill the child), or None
    where fork is unavailable."""
    forked = processes.Forked.start(functools.partial(_validate_in_child, doc, reusable))
    return None if forked is None else (forked.result, forked.kill)


def _validate_in_child(doc: Document, reusable: Reusable | None) -> _Answer:
    _repair.repair(doc, report=False)  # the parent reports them
    return validate_unless_same(doc, reusable)
