"""``python -m tests.unit.output.pause_at_swap MARKER ARGS...``: the CLI, paused between staging and swap.

The signal tests kill the generator at its most delicate moment; this driver gets it there
without a hook in the shipped writer: once the staging tree is complete it writes MARKER and
waits, so the test can send its signal.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from generator.cli import main
from generator.output import writer


def run(marker: Path, argv: list[str]) -> int:
    # A shell that starts the tests in the background (nohup, ``&``) passes SIGINT on ignored, and
    # Python keeps an ignored SIGINT ignored: take Ctrl-C as a terminal's foreground process does.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    prune = writer._prune_empty_folders  # the last step of staging, just before the swap

    def prune_then_wait(stage: Path, folders: set[str]) -> None:
        prune(stage, folders)
        marker.write_text(str(stage), encoding="utf-8")
        time.sleep(60)

    writer._prune_empty_folders = prune_then_wait  # type: ignore[assignment]
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), sys.argv[2:]))
