"""Prism missing is a loud failure with the command to run, never a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract import prism


def test_missing_npm_is_an_error_naming_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(prism, "PRISM", tmp_path / "no" / "prism")
    monkeypatch.setattr(prism.shutil, "which", lambda _name: None)
    with pytest.raises(prism.PrismError, match="npm is not on PATH"):
        prism.ensure_installed()


def test_a_prism_that_exits_at_once_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "prism"
    fake.write_text("#!/bin/sh\necho 'cannot parse the spec' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setattr(prism, "PRISM", fake)
    with pytest.raises(prism.PrismError, match="exited with 3:\n.*cannot parse the spec"), \
            prism.Prism(log=tmp_path / "log"):
        pass
