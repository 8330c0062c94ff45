"""Worker processes that die with the generator and leave Ctrl-C to it.

A spec is validated in a forked child (``spec/valcache.py``), large specs' testing.py is rendered
in another (``render/renderer.py``), both through ``Forked``, and the rest is formatted by a pool
of black workers (``output/fmtcache.py``). Three rules keep them from outliving or out-shouting the parent:

- Ctrl-C sends SIGINT to the whole foreground process group. Children ignore it: the parent
  decides, kills them and prints one line, instead of every child printing a traceback.
- A child dies when its parent does, however the parent ends (SIGTERM, SIGKILL, a crash): on Linux
  through ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (via ctypes), elsewhere through a thread that
  watches ``getppid()``. Without it a killed generator left workers blocked on a queue for hours.
- Signals are blocked around each fork (``signals_blocked``), so a child cannot be hit by one
  before ``child_setup`` has installed the above; it unblocks them when it is ready.

The parent turns SIGTERM and SIGHUP into ``Terminated`` (``terminating_on_signals``), so they
unwind like Ctrl-C: workers killed, output folder as it was, one line, exit 128 + signal number.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from types import FrameType
from typing import Generic, TypeVar

_T = TypeVar("_T")

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_FORK_SIGNALS = {signal.SIGINT, signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])}
_WATCH_SECONDS = 0.5


class Terminated(BaseException):
    """SIGTERM or SIGHUP reached the generator; unwinds like KeyboardInterrupt (not an ``Exception``)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def cores() -> int:
    """How many cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def terminating_on_signals() -> Iterator[None]:
    """In the CLI's main thread: SIGTERM and SIGHUP raise ``Terminated``; the old handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, _raise_terminated) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Around a fork: the child starts with SIGINT/SIGTERM/SIGHUP blocked until ``child_setup``."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _FORK_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def child_setup(parent_pid: int) -> None:
    """First thing in a worker: ignore Ctrl-C, default SIGTERM, die with ``parent_pid``; then unblock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked child inherits the parent's Python handler
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    _die_with_parent(parent_pid)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _FORK_SIGNALS)


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux") and _set_pdeathsig():
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)
        return
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _set_pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    """Where PR_SET_PDEATHSIG does not exist: exit once this process has been re-parented."""
    while os.getppid() == parent_pid:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


class Forked(Generic[_T]):
    """``work()`` in a forked child, which inherits this process's memory: nothing is pickled on the
    way in, only the result on the way out. ``start`` returns None where fork is unavailable.

    A pool worker would get its input pickled by a thread of this process, competing for the GIL
    with the work it is meant to overlap. The child ignores Ctrl-C and dies with this process; a
    child that fails (``work`` raised, it was killed, it ran out of memory) gives ``None``, so the
    caller does the work itself and reports what goes wrong there, once.
    """

    def __init__(self, process: multiprocessing.process.BaseProcess, receive: Connection) -> None:
        self._process, self._receive = process, receive

    @classmethod
    def start(cls, work: Callable[[], _T]) -> Forked[_T] | None:
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        ctx = multiprocessing.get_context("fork")
        receive, send = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_run_forked, args=(work, send, os.getpid()), daemon=True)
        with signals_blocked():  # the child ignores Ctrl-C and dies with this process
            process.start()
        send.close()
        return cls(process, receive)

    def ready(self) -> bool:
        """The result (or the child's end) is there: ``result`` will not wait."""
        try:
            return self._receive.poll()
        except (OSError, ValueError):  # closed
            return True

    def result(self) -> _T | None:
        """Wait for the child's result; None when it failed."""
        try:
            value: _T | None = self._receive.recv()
        except (EOFError, OSError):
            value = None
        except BaseException:  # Ctrl-C or SIGTERM while waiting: the child must not keep running
            self.kill()
            raise
        finally:
            self._receive.close()
        self._process.join()
        return value

    def kill(self) -> None:
        if self._process.pid is not None and self._process.exitcode is None:
            self._process.kill()
            self._process.join()
        self._receive.close()


def _run_forked(work: Callable[[], object], send: Connection, parent_pid: int) -> None:
    child_setup(parent_pid)
    try:
        value = work()
    except Exception:  # noqa: BLE001 - the parent does the work again and reports it, once
        send.close()
        return
    try:
        send.send(value)
    finally:
        send.close()
