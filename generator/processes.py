"""Worker processes that die with the generator and leave Ctrl-C to it.

A spec is validated in a forked child (``spec/valcache.py``) and formatted by a pool of black
workers (``output/fmtcache.py``). Three rules keep them from outliving or out-shouting the parent:

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
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

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
