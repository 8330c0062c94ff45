"""Every written Python file is byte for byte what black writes (black stays the formatter of record).

Whatever the pipeline does to get black's output faster (the format cache, worker processes,
streaming, files copied as they are), the files it writes must be exactly black's formatting of
the rendered text, and black must leave them unchanged. Checked on the corpus specs below 1 MB
(cold, no cache), and on the committed client in generated/.
"""

from __future__ import annotations

import re
from pathlib import Path

import black
import pytest

from generator.config import ClientConfig
from generator.diagnostics import has_errors
from generator.lowering.lower import lower
from generator.output import format as fmt
from generator.pipeline import build
from generator.render import layout
from generator.render.renderer import render_stream
from generator.spec.bundle import load
from generator.spec.repair import repair
from tests.e2e.test_semantic_agreement import CORPUS, CORPUS_SPECS
from tests.fixtures.helpers import ROOT

SPECS = [p for p in CORPUS_SPECS if p.stat().st_size < 1_000_000]


def _black(text: str) -> str:
    return black.format_str(text, mode=fmt.mode())


@pytest.mark.slow
@pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not on this machine")
@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_written_python_is_blacks_output(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    package = "corpus_" + re.sub(r"\W", "_", spec.stem).lower() + "_client"
    config = ClientConfig(spec=spec, output=tmp_path, package=package)
    result = build(config)
    if has_errors(result.diagnostics):
        pytest.skip("rejected by the generator (as the corpus README expects of some specs)")
    doc = load(config.spec, config.limits)
    repair(doc)  # as the pipeline does before lowering
    api, _ = lower(doc, config)
    rendered = {out.path: out for out in render_stream(api, config, doc.data)}
    python = [path for path in result.files if path.endswith(".py")]
    assert python
    for path in python:
        written = result.files[path].decode("utf-8")
        assert _black(written) == written, path  # black leaves every written file as it is
        out = rendered[path]
        if out.python:  # rendered, then formatted: exactly black's formatting of the rendered text
            assert written == _black(out.text), path
        else:  # copied as it is (the runtime): already in black's form, as checked above
            assert written == out.text, path


def test_committed_client_is_blacks_output() -> None:
    files = sorted((ROOT / "generated").rglob("*.py"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _black(text) == text, path


ONE_PASS = [ROOT / "specs" / "reflexdb.yaml",
            *([CORPUS / "twilio-video_v1.json", CORPUS / "oai-v30-petstore.yaml"] if CORPUS is not None else [])]


@pytest.mark.parametrize("spec", ONE_PASS, ids=[p.stem for p in ONE_PASS])
def test_rendered_python_is_already_in_blacks_form(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout helpers emit black's layout (so black formats each file in one pass, not two), and
    on these specs do so without asking black about any statement in the main process."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    asked: list[str] = []
    real = layout.black_layout
    monkeypatch.setattr(layout, "black_layout", lambda statement, indent=0: asked.append(statement) or real(
        statement, indent))
    config = ClientConfig(spec=spec, output=Path("unused"), package="one_pass_client")
    doc = load(config.spec, config.limits)
    repair(doc)
    api, _ = lower(doc, config)
    changed = [out.path for out in render_stream(api, config, doc.data) if out.python and _black(out.text) != out.text]
    assert changed == []
    assert asked == []
