"""Fast formatting: a persistent cache of black's results and a process pool for the misses.

black is most of the generator's cost on large specs, so a run formats only the files whose
rendered text it has not formatted before (same text, same black version, same mode), and spreads
the rest across cores. The cache maps a hash of the *input* to black's *output*, so a hit returns
exactly what black would have returned: it can never change the bytes written, and deleting it only
costs time. Results come back in input order whatever the pool does, so output stays deterministic.

The cache lives in ``$GENERATOR_CACHE_DIR`` (``off`` disables it), else
``$XDG_CACHE_HOME/openapi-client-generator``, else ``~/.cache/openapi-client-generator``. One index
file per output folder holds only the entries of that folder's latest run, so it never grows beyond
one copy of the output.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import ParamSpec, TypeVar

from generator import processes
from generator.cache import cache_root, read_blob, write_blob_atomically
from generator.output import format as _format
from generator.output.blackmode import black_version
from generator.output.format import FormatError

_P = ParamSpec("_P")
_T = TypeVar("_T")
CACHE_VERSION = 1
_BLACK_VERSION = black_version()
FORMATTER = f"black {_BLACK_VERSION}"  # recorded in each output's manifest
# Below these sizes a pool costs more (forking, pickling, black's import in the workers) than it
# saves; ReflexDB's 167 KB of rendered Python format 25% faster (wall) in a pool, petstore's 31 KB no
# slower (2-core machine, load 0.5).
MIN_PARALLEL_FILES = 4
MIN_PARALLEL_CHARS = 24_000


def _salt() -> str:
    """What a cached result depends on besides the text: black's version, our mode (blackmode.py)
    and how it is applied (format.py, and blackform.py with the two modules it uses, which decide
    what black would leave as it is)."""
    global _SALT
    if _SALT is None:
        from generator.output import blackform, blackmode, blackspacing, blacksplits

        code = hashlib.sha256()
        for module in (_format, blackmode, blackform, blackspacing, blacksplits):
            code.update(Path(module.__file__).read_bytes() if module.__file__ else b"?")
        _SALT = f"v{CACHE_VERSION}|black {_BLACK_VERSION}|format {code.hexdigest()}|"
    return _SALT


_SALT: str | None = None


def text_key(text: str) -> str:
    return hashlib.sha256((_salt() + text).encode("utf-8")).hexdigest()


def _index_path(root: Path, scope: str) -> Path:
    return root / "format" / (hashlib.sha256(scope.encode("utf-8")).hexdigest()[:32] + ".bin")


def load_index(root: Path | None, scope: str) -> dict[str, str]:
    """Previously formatted texts for ``scope`` (an output folder); empty on any problem."""
    if root is None:
        return {}
    raw = read_blob(_index_path(root, scope))
    if not isinstance(raw, dict) or raw.get("salt") != _salt() or not isinstance(raw.get("entries"), dict):
        return {}
    return {k: v for k, v in raw["entries"].items() if isinstance(k, str) and isinstance(v, str)}


# An index entry for a text black leaves as it is (most of them: the renderer writes black's form),
# instead of a copy of it. Never a result of black, whose output is empty or ends with a newline.
AS_IS = "="


def save_index(root: Path | None, scope: str, entries: dict[str, str]) -> None:
    """Atomically replace the index; a cache that cannot be written is silently skipped."""
    if root is None:
        return
    write_blob_atomically(_index_path(root, scope), {"salt": _salt(), "entries": dict(sorted(entries.items()))})


def _format_batch(batch: list[tuple[str, str]]) -> list[tuple[bool, str]]:
    """Worker: (path, text) → (ok, formatted text or error reason). Never raises for bad input.

    black's syntax trees are cyclic (parent links), so the cycle collector has to free them; left
    to its thresholds it also walks each tree again and again while black is still building it.
    Collecting the young generation once per file instead (automatic collection off meanwhile)
    frees the same garbage and makes black about 10% faster.
    """
    out: list[tuple[bool, str]] = []
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for path, text in batch:
            try:
                out.append((True, _format.format_python(path, text)))
            except FormatError as exc:
                out.append((False, exc.reason))
            gc.collect(0)
    finally:
        if was_enabled:
            gc.enable()
    return out


class WorkerPool(ProcessPoolExecutor):
    """A process pool whose workers ignore Ctrl-C and die with this process (``generator.processes``).

    Workers are forked on ``submit``; signals are blocked meanwhile, so none reaches a worker before
    its initializer has set it up. ``kill`` ends the workers at once (Ctrl-C, SIGTERM): waiting for
    black to finish batches nobody will read only delays the exit.
    """

    def __init__(self, workers: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        super().__init__(max_workers=workers, mp_context=ctx, initializer=processes.child_setup,
                         initargs=(os.getpid(),))

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
        with processes.signals_blocked():
            return super().submit(fn, *args, **kwargs)

    def kill(self) -> None:
        workers = getattr(self, "_processes", None) or {}  # pid -> Process; None once shut down
        for process in list(workers.values()):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()
        self.shutdown(wait=True, cancel_futures=True)


def make_pool(workers: int | None = None) -> WorkerPool:
    """A pool whose workers inherit the parent's imports (fork) where the platform allows it."""
    return WorkerPool(workers or processes.cores())


def _batches(items: Sequence[tuple[int, str, str]], parts: int) -> list[list[tuple[int, str, str]]]:
    """Split into about ``parts * 4`` batches of similar text size (largest first, for balance)."""
    if not items:
        return []
    total = sum(len(t) for _, _, t in items)
    target = max(1, total // max(1, parts * 4))
    batches: list[list[tuple[int, str, str]]] = []
    current: list[tuple[int, str, str]] = []
    size = 0
    for item in sorted(items, key=lambda it: -len(it[2])):
        current.append(item)
        size += len(item[2])
        if size >= target:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


class FormatResult:
    """Formatted texts (None where black failed) and the failures, in input order."""

    def __init__(self, texts: list[str | None], errors: dict[int, FormatError], hits: int) -> None:
        self.texts = texts
        self.errors = errors
        self.hits = hits


def format_all(files: Sequence[tuple[str, str]], *, scope: str, pool: Executor | None = None,
               root: Path | None | bool = True) -> FormatResult:
    """black every (path, text) at once: a ``Formatter`` fed the whole list.

    ``scope`` names the output folder (the cache index key); ``root`` True means ``cache_root()``.
    Without ``pool``, one is made for the call (its workers start only if there is enough to do).
    """
    own_pool = make_pool() if pool is None and processes.cores() > 1 else None
    try:
        formatter = Formatter(scope=scope, pool=pool or own_pool, root=root)
        for path, text in files:
            formatter.add(path, text)
        result = formatter.finish()
    except BaseException:
        if own_pool is not None:
            own_pool.kill()
        raise
    if own_pool is not None:
        own_pool.shutdown()
    return result


# Streaming: misses go to the pool in batches of about this many characters as they are added
# (small enough that the last batches balance the cores, large enough that pickling stays cheap).
BATCH_CHARS = 48_000
_PROGRESS_STEP = 8  # files formatted in this process between two progress reports


class Formatter:
    """``format_all`` fed one file at a time, so black works while the rest is still being rendered.

    With a pool, misses are sent in batches as soon as there are enough of them to be worth a
    worker (``MIN_PARALLEL_CHARS``); ``finish`` sends the rest in smaller batches (largest first)
    and collects everything in input order. Without a pool, everything is formatted in ``finish``.
    Same cache, same bytes as ``format_all``.
    """

    def __init__(self, *, scope: str, pool: Executor | None = None, root: Path | None | bool = True) -> None:
        cache_dir = cache_root() if root is True else (root or None)
        assert cache_dir is None or isinstance(cache_dir, Path)
        self._cache_dir = cache_dir
        self._scope = scope
        self._pool = pool
        self._index = load_index(cache_dir, scope)
        self._keys: list[str] = []
        self._texts: list[str | None] = []
        self._as_is: list[bool] = []  # black leaves the text as it is (kept as AS_IS in the index)
        self._waiting: list[tuple[int, str, str]] = []  # misses not sent yet
        self._waiting_chars = 0
        self._streaming = False
        self._sent: list[tuple[list[tuple[int, str, str]], Future[list[tuple[bool, str]]]]] = []
        self._errors: dict[int, FormatError] = {}
        self._hits = 0

    def add(self, path: str, text: str) -> int:
        """Queue one file; returns its index in the result."""
        i = len(self._keys)
        key = text_key(text)
        self._keys.append(key)
        cached = self._index.get(key)
        if cached == AS_IS:
            cached = text
        self._texts.append(cached)
        self._as_is.append(cached == text)
        if cached is not None:
            self._hits += 1
        else:
            self._waiting.append((i, path, text))
            self._waiting_chars += len(text)
            if self._pool is not None:
                if not self._streaming and self._waiting_chars >= MIN_PARALLEL_CHARS \
                        and len(self._waiting) >= MIN_PARALLEL_FILES:
                    self._streaming = True
                if self._streaming and self._waiting_chars >= BATCH_CHARS:
                    self._send(self._waiting)
                    self._waiting, self._waiting_chars = [], 0
        return i

    def _send(self, batch: list[tuple[int, str, str]]) -> None:
        assert self._pool is not None
        self._sent.append((batch, self._pool.submit(_format_batch, [(p, t) for _, p, t in batch])))

    def finish(self, progress: Callable[[int, int], None] | None = None) -> FormatResult:
        """Wait for black, store the cache index, and return every text in input order.

        ``progress(done, total)`` is called as batches come back (done counts cache hits too).
        """
        rest, self._waiting = self._waiting, []
        total = len(self._keys)
        done = total - len(rest) - sum(len(batch) for batch, _ in self._sent)
        if progress is not None:
            progress(done, total)
        big = len(rest) >= MIN_PARALLEL_FILES and sum(len(t) for _, _, t in rest) >= MIN_PARALLEL_CHARS
        if self._pool is not None and (self._streaming or big):
            for batch in _batches(rest, processes.cores()):
                self._send(batch)
        else:
            for start in range(0, len(rest), _PROGRESS_STEP):  # in steps, to report progress
                step = rest[start:start + _PROGRESS_STEP]
                for (i, path, text), (ok, value) in zip(step, _format_batch([(p, t) for _, p, t in step]),
                                                         strict=True):
                    _store(i, path, text, ok, value, self._texts, self._as_is, self._errors)
                done += len(step)
                if progress is not None:
                    progress(done, total)
        for batch, fut in self._sent:
            try:
                formatted = fut.result()
            except BrokenExecutor:  # a worker died (killed, out of memory): do it here instead
                formatted = _format_batch([(p, t) for _, p, t in batch])
            for (i, path, text), (ok, value) in zip(batch, formatted, strict=True):
                _store(i, path, text, ok, value, self._texts, self._as_is, self._errors)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        self._sent = []
        fresh = {k: AS_IS if as_is else t for k, t, as_is in zip(self._keys, self._texts, self._as_is, strict=True)
                 if t is not None}
        if fresh != self._index:
            save_index(self._cache_dir, self._scope, fresh)
        return FormatResult(self._texts, self._errors, self._hits)


def _store(i: int, path: str, text: str, ok: bool, value: str, texts: list[str | None], as_is: list[bool],
           errors: dict[int, FormatError]) -> None:
    if ok:
        texts[i] = value
        as_is[i] = value == text
    else:
        errors[i] = FormatError(path, text, value)


@contextlib.contextmanager
def run_pool() -> Iterator[WorkerPool | None]:
    """A pool on a multi-core machine, else None; the ``Formatter`` decides whether to use it.

    The amount of rendered Python, not the spec's size, decides whether forking pays (a 50 KB spec
    renders 167 KB), and it is known only while rendering. Workers start on first use, so a run that
    finds everything cached, or has little to format, pays nothing for it. When the run is
    interrupted (Ctrl-C, SIGTERM) or fails, the workers are killed, not waited for.
    """
    if processes.cores() < 2:
        yield None
        return
    pool = make_pool(processes.cores())
    try:
        yield pool
    except BaseException:
        pool.kill()
        raise
    pool.shutdown(wait=True, cancel_futures=True)
