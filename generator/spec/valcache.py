"""Validation off the critical path: openapi-spec-validator's result cached, or run in a worker.

On large specs the validator costs seconds (about 11 s for Stripe's 2019 spec), most of a
regeneration. Its answer depends only on the spec text, the validator's version and our validation
code, so it is cached under that key (one entry per spec file, the latest); on a miss it runs in a
forked child (which inherits the document) while the main process lowers and renders. The cheap checks (version, ``$ref``
targets) still run first, in process, because lowering relies on them.

An answer that found nothing also holds for a document that differs only in its descriptions and
summaries (prose.py): the entry keeps that document's prose-free digest too, and the child computes
the new one first (0.2 s on Stripe, on the other core) and validates only when they differ.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor
from pathlib import Path

from generator import processes
from generator.cache import cache_root, installed_versions, write_json_atomically
from generator.diagnostics import Diagnostic
from generator.spec import prose
from generator.spec import repair as _repair
from generator.spec import validate as _validate
from generator.spec.loader import Document


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


def prose_free_key(doc: Document) -> str | None:
    """The key under which a clean answer for ``doc`` (repaired) holds: its prose-free digest (the
    ``repr`` tells 200 from "200" and True from 1); None when the document nests too deeply for it."""
    try:
        data = repr(prose.without_prose(doc.data))
    except RecursionError:
        return None
    return _hash(_code_version(), repr(sorted(doc.unplaced.items())).encode("utf-8", "surrogatepass"),
                 data.encode("utf-8", "surrogatepass"))


def validate_unless_clean(doc: Document, clean: str | None) -> tuple[list[Diagnostic], str | None]:
    """``check_schema(doc)`` and ``doc``'s prose-free key, or no findings when that key is ``clean``
    (the key of a document found clean)."""
    shape = prose_free_key(doc)
    if shape is not None and shape == clean:
        return [], shape
    return _validate.check_schema(doc), shape


def _entry(root: Path, doc: Document) -> Path:
    name = hashlib.sha256(str(Path(doc.display).resolve()).encode("utf-8")).hexdigest()[:32]
    return root / "validate" / f"{name}.json"


def _read(root: Path | None, doc: Document, key: str) -> tuple[list[Diagnostic] | None, str | None]:
    """(the answer stored for ``key``, or None; the prose-free key of the last document found clean)."""
    if root is None:
        return None, None
    try:
        raw = json.loads(_entry(root, doc).read_text(encoding="utf-8"))
        clean = raw.get("clean")
        clean = clean if isinstance(clean, str) else None
        if raw.get("key") != key:
            return None, clean
        return [Diagnostic(**d) for d in raw["diagnostics"]], clean
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None, None


def _write(root: Path | None, doc: Document, key: str, problems: list[Diagnostic], shape: str | None) -> None:
    if root is None:
        return
    write_json_atomically(_entry(root, doc), {"key": key, "clean": None if problems else shape,
                                              "diagnostics": [d.as_json() for d in problems]})


def start(doc: Document, pool: Executor | None) -> Joiner:
    """Begin validating ``doc``; the returned function waits for and returns the diagnostics."""
    problems = _validate.check_version(doc)
    if not problems:
        problems = _validate.check_refs(doc) or _validate.check_ref_cycles(doc) or _validate.check_path_templates(doc)
    if problems:
        return Joiner(lambda: problems, pending=False)
    root = cache_root()
    key = _key(doc)  # of the files' text: the same before and after the repairs below
    cached, clean = _read(root, doc, key)
    # On a miss, validation starts now, in a child that makes the repairs on its own copy, while
    # this process makes them (and locates their warnings) on its own: on a small spec too (no
    # pool), where importing the validator and running it in the child overlaps lowering,
    # rendering and black here. One core: all of it here.
    forked = _in_forked_process(doc, clean) if cached is None and (pool is not None or processes.cores() > 1) \
        else None
    cancel = forked[1] if forked is not None else _nothing
    # Repairs with a clear meaning (integer response codes, ...) change the document in place, so
    # they run here, every time, before the validator and the lowering see it.
    fixes = _repair.repair(doc)
    if cached is not None:
        return Joiner(lambda: fixes + cached, pending=False)
    if pool is None and forked is None:
        problems, shape = validate_unless_clean(doc, clean)
        _write(root, doc, key, problems, shape)
        return Joiner(lambda: fixes + problems, pending=False)
    answer = forked[0] if forked is not None else None
    if answer is None:  # no fork on this platform: a pool worker (the document is pickled to it)
        assert pool is not None  # no pool and no fork: validated above
        future = pool.submit(validate_unless_clean, doc, clean)

        def answer() -> tuple[list[Diagnostic], str | None] | None:
            try:
                return future.result()
            except BrokenExecutor:  # a worker died (killed, out of memory)
                return None

    def join() -> list[Diagnostic]:
        result = answer()
        if result is None:  # the worker died: do it here instead
            result = validate_unless_clean(doc, clean)
        problems, shape = result
        _write(root, doc, key, problems, shape)
        return fixes + problems

    return Joiner(join, pending=True, cancel=cancel)


_Answer = tuple[list[Diagnostic], str | None]


def _in_forked_process(doc: Document, clean: str | None) -> tuple[Callable[[], _Answer | None], Callable[[], None]] | None:
    """Validate ``doc`` in a forked child, which inherits it (on Asana, pickling it to a pool worker
    alone delayed validation by seconds). Returns (wait for the answer, kill the child), or None
    where fork is unavailable."""
    forked = processes.Forked.start(functools.partial(_validate_in_child, doc, clean))
    return None if forked is None else (forked.result, forked.kill)


def _validate_in_child(doc: Document, clean: str | None) -> _Answer:
    _repair.repair(doc, report=False)  # the parent reports them
    return validate_unless_clean(doc, clean)
