"""Validation in a forked child (large specs): the same findings as in process, and a child that
dies is replaced by validating in process."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from generator import processes
from generator.limits import DEFAULT
from generator.spec import repair as _repair
from generator.spec import valcache
from generator.spec import validate as _validate
from generator.spec.bundle import load

SPEC = Path(__file__).resolve().parents[2] / "errors" / "validation" / "spec.yaml"


def test_forked_validation_matches_in_process() -> None:
    doc = load(SPEC, DEFAULT)
    forked = valcache._in_forked_process(doc, None)
    assert forked is not None
    answer, _kill = forked
    result = answer()
    assert result is not None
    found, _shape = result
    assert found == _validate.check_schema(doc)
    assert found, "the spec has validation findings"


def test_a_dead_child_is_replaced_by_validating_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    monkeypatch.setattr(valcache, "_validate_in_child", lambda doc, clean: os._exit(9))
    doc = load(SPEC, DEFAULT)
    with ThreadPoolExecutor(1) as pool:
        joiner = valcache.start(doc, pool)
        assert joiner.pending
        found = joiner()
    assert [d.pointer for d in found] == [d.pointer for d in _validate.check_schema(load(SPEC, DEFAULT))]


def test_the_child_makes_the_repairs_itself(tmp_path: Path) -> None:
    """Forked before this process repairs the document (integer response codes), the child
    repairs its own copy: the validator sees what the lowering sees."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
                    "      responses:\n        200: {description: ok}\n        404: {}\n", encoding="utf-8")
    doc = load(spec, DEFAULT)
    forked = valcache._in_forked_process(doc, None)
    assert forked is not None
    answer, _kill = forked
    fixes = _repair.repair(doc)
    assert [d.code for d in fixes] == ["response-code-not-string"] * 2
    result = answer()
    assert result is not None
    found, _shape = result
    assert found == _validate.check_schema(doc)
    assert [d.pointer for d in found] == ["/paths/~1x/get/responses/404"]  # description missing


def test_a_child_whose_work_raises_gives_none_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    def fail() -> int:
        raise ValueError("boom")

    forked = processes.Forked.start(fail)
    assert forked is not None
    assert forked.result() is None
    assert "boom" not in capfd.readouterr().err  # no traceback from the child: the parent reports


def test_forked_work_comes_back_pickled() -> None:
    forked = processes.Forked.start(lambda: {"a": [1, 2.5, "x"]})
    assert forked is not None
    assert forked.result() == {"a": [1, 2.5, "x"]}
    assert forked.ready()
