"""Validation off the critical path: openapi-spec-validator's result cached, or run in a worker.

On large specs the validator costs seconds (about 11 s for Stripe's 2019 spec), most of a
regeneration. Its answer depends only on the spec text, the validator's version and our validation
code, so it is cached under that key (one entry per spec file, the latest); on a miss it runs in a
forked child (which inherits the document) while the main process lowers and renders. The cheap checks (version, ``$ref``
targets) still run first, in process, because lowering relies on them.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor
from multiprocessing.connection import Connection
from pathlib import Path

from generator import processes
from generator.cache import cache_root, installed_versions, write_json_atomically
from generator.diagnostics import Diagnostic
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
    versions = installed_versions(["openapi-spec-validator", "jsonschema-rs"])
    if len(versions) == 2:
        version = f"{versions['openapi-spec-validator']} {_validate.VALIDATOR_BACKEND} {versions['jsonschema-rs']}"
    else:
        version = "?"
    # The validated view also depends on how bundling places referenced values (bundle, structure).
    from generator.spec import bundle, pointer, structure

    code = b"".join(Path(m.__file__).read_bytes() for m in (_validate, bundle, pointer, structure)
                    if m.__file__) + \
        Path(__file__).read_bytes()
    h = hashlib.sha256()
    for part in (version.encode(), hashlib.sha256(code).digest(), doc.display.encode("utf-8"),
                 doc.source_sha256().encode()):  # the root file and every file bundled into it
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


def _entry(root: Path, doc: Document) -> Path:
    name = hashlib.sha256(str(Path(doc.display).resolve()).encode("utf-8")).hexdigest()[:32]
    return root / "validate" / f"{name}.json"


def _read(root: Path | None, doc: Document, key: str) -> list[Diagnostic] | None:
    if root is None:
        return None
    try:
        raw = json.loads(_entry(root, doc).read_text(encoding="utf-8"))
        if raw.get("key") != key:
            return None
        return [Diagnostic(**d) for d in raw["diagnostics"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _write(root: Path | None, doc: Document, key: str, problems: list[Diagnostic]) -> None:
    if root is None:
        return
    write_json_atomically(_entry(root, doc), {"key": key, "diagnostics": [d.as_json() for d in problems]})


def start(doc: Document, pool: Executor | None) -> Joiner:
    """Begin validating ``doc``; the returned function waits for and returns the diagnostics."""
    problems = _validate.check_version(doc)
    if not problems:
        problems = _validate.check_refs(doc) or _validate.check_ref_cycles(doc) or _validate.check_path_templates(doc)
    if problems:
        return Joiner(lambda: problems, pending=False)
    root = cache_root()
    key = _key(doc)  # of the files' text: the same before and after the repairs below
    cached = _read(root, doc, key)
    # On a miss, validation starts now, in a child that makes the repairs on its own copy, while
    # this process makes them (and locates their warnings) on its own: on a small spec too (no
    # pool), where importing the validator and running it in the child overlaps lowering,
    # rendering and black here. One core: all of it here.
    forked = _in_forked_process(doc) if cached is None and (pool is not None or processes.cores() > 1) else None
    cancel = forked[1] if forked is not None else _nothing
    # Repairs with a clear meaning (integer response codes, ...) change the document in place, so
    # they run here, every time, before the validator and the lowering see it.
    fixes = _repair.repair(doc)
    if cached is not None:
        return Joiner(lambda: fixes + cached, pending=False)
    if pool is None and forked is None:
        problems = _validate.check_schema(doc)
        _write(root, doc, key, problems)
        return Joiner(lambda: fixes + problems, pending=False)
    answer = forked[0] if forked is not None else None
    if answer is None:  # no fork on this platform: a pool worker (the document is pickled to it)
        assert pool is not None  # no pool and no fork: validated above
        future = pool.submit(_validate.check_schema, doc)

        def answer() -> list[Diagnostic] | None:
            try:
                return future.result()
            except BrokenExecutor:  # a worker died (killed, out of memory)
                return None

    def join() -> list[Diagnostic]:
        result = answer()
        if result is None:  # the worker died: do it here instead
            result = _validate.check_schema(doc)
        _write(root, doc, key, result)
        return fixes + result

    return Joiner(join, pending=True, cancel=cancel)


def _in_forked_process(doc: Document) -> tuple[Callable[[], list[Diagnostic] | None], Callable[[], None]] | None:
    """Validate ``doc`` in a forked child, which inherits it: nothing is pickled on the way in.

    A pool worker would get the document pickled, by a thread of this process that competes for
    the GIL with the lowering and rendering it is meant to overlap (on Asana the handoff alone
    delayed validation by seconds). Only the findings come back. Returns (wait for the answer, kill
    the child), or None where fork is unavailable.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_validate_into, args=(doc, send, os.getpid()), daemon=True)
    with processes.signals_blocked():  # the child ignores Ctrl-C and dies with this process
        process.start()
    send.close()

    def kill() -> None:
        if process.pid is not None and process.exitcode is None:
            process.kill()
            process.join()
        receive.close()

    def answer() -> list[Diagnostic] | None:
        try:
            result: list[Diagnostic] | None = receive.recv()
        except (EOFError, OSError):  # the child died (killed, out of memory)
            result = None
        except BaseException:  # Ctrl-C or SIGTERM while waiting: the child must not keep running
            kill()
            raise
        finally:
            receive.close()
        process.join()
        return result

    return answer, kill


def _validate_into(doc: Document, send: Connection, parent_pid: int) -> None:
    processes.child_setup(parent_pid)
    try:
        _repair.repair(doc, report=False)  # the parent reports them
        send.send(_validate.check_schema(doc))
    finally:
        send.close()
