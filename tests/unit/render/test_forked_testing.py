"""testing.py rendered in a forked child (large APIs) is the same file as rendered in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ClientConfig
from generator.lowering.lower import lower
from generator.render import renderer
from generator.spec.bundle import load
from generator.spec.repair import repair
from tests.fixtures.helpers import ROOT


def _stream(fork: bool, tests: bool) -> list[tuple[str, str, bool]]:
    config = ClientConfig(spec=ROOT / "specs" / "reflexdb.yaml", output=Path("unused"), package="forked_client",
                          tests=tests)
    doc = load(config.spec, config.limits)
    repair(doc)
    api, _ = lower(doc, config)
    return [(out.path, out.text, out.python) for out in renderer.render_stream(api, config, doc.data, fork=fork)]


@pytest.mark.parametrize("tests", [False, True])
def test_forked_testing_files_equal_in_process_ones(tests: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(renderer, "FORK_TESTING_OPERATIONS", 1)
    started: list[object] = []
    real = renderer.processes.Forked.start
    monkeypatch.setattr(renderer.processes.Forked, "start", lambda work: started.append(work) or real(work))
    forked = _stream(True, tests)
    assert started, "the testing files were not rendered in a child"
    here = _stream(False, tests)
    assert forked == here
    assert any(path.endswith("/testing.py") for path, _, _ in here)


def test_a_failed_child_is_replaced_by_rendering_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(renderer, "FORK_TESTING_OPERATIONS", 1)
    monkeypatch.setattr(renderer, "_testing_in_child", lambda *args: 1 // 0)
    started: list[object] = []
    real = renderer.processes.Forked.start
    monkeypatch.setattr(renderer.processes.Forked, "start", lambda work: started.append(work) or real(work))
    assert _stream(True, False) == _stream(False, False)
    assert started, "the testing files were not rendered in a child"
