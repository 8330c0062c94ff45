"""The format cache and the worker pool: same bytes as plain black, whatever is cached or parallel."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

import black
import pytest

from generator import cache, processes
from generator.config import ClientConfig
from generator.output import fmtcache
from generator.output.format import FormatError, format_python, mode
from generator.pipeline import build
from generator.spec import valcache
from generator.spec.bundle import load
from generator.spec.validate import validate

ROOT = Path(__file__).resolve().parents[3]
T = TypeVar("T")

FILES = [(f"m{i}.py", f"x{i} = {{ 'a':{i},\n  'b' : [1,2,3] }}\ndef f{i}( a,b ):\n  return (a+b)\n")
         for i in range(30)]

SMALL_SPEC = """\
openapi: 3.0.3
info: {title: Small, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string, format: uuid}
        tag: {type: string, nullable: true, description: "A 'quoted' tag"}
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(root))
    return root


def plain(files: list[tuple[str, str]]) -> list[str]:
    return [black.format_str(text, mode=mode()) for _, text in files]


def test_cold_then_warm_gives_black_output(cache_dir: Path) -> None:
    first = fmtcache.format_all(FILES, scope="out")
    assert first.texts == plain(FILES)
    assert first.hits == 0
    assert list((cache_dir / "format").glob("*.bin"))
    second = fmtcache.format_all(FILES, scope="out")
    assert second.texts == first.texts
    assert second.hits == len(FILES)


def test_changed_text_is_formatted_again(cache_dir: Path) -> None:
    fmtcache.format_all(FILES, scope="out")
    changed = [*FILES[:-1], ("m29.py", "y   =  2\n")]
    result = fmtcache.format_all(changed, scope="out")
    assert result.hits == len(FILES) - 1
    assert result.texts[-1] == "y = 2\n"


def test_corrupt_or_foreign_cache_is_ignored(cache_dir: Path) -> None:
    fmtcache.format_all(FILES[:3], scope="out")
    (index,) = (cache_dir / "format").glob("*.bin")
    good = index.read_bytes()
    for damaged in (b"{not json", good[:-2], good[:-1] + b"\xff", good.replace(b"blob 1", b"blob 9")):
        index.write_bytes(damaged)
        assert fmtcache.format_all(FILES[:3], scope="out").texts == plain(FILES[:3])
    # an entry under another salt (say another black version) is never used
    cache.write_blob_atomically(index, {"salt": "other", "entries": {fmtcache.text_key(FILES[0][1]): "WRONG"}})
    result = fmtcache.format_all(FILES[:1], scope="out")
    assert result.texts == plain(FILES[:1])
    assert result.hits == 0


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_root() is None
    assert fmtcache.format_all(FILES[:2], scope="out").texts == plain(FILES[:2])
    assert not any(tmp_path.iterdir())


def test_pool_keeps_order_and_reports_failures(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_CHARS", 1)
    files = [*FILES, ("bad.py", "def (:\n")]
    with fmtcache.make_pool(2) as pool:
        result = fmtcache.format_all(files, scope="out", pool=pool, root=None)
    assert result.texts[:-1] == plain(FILES)
    assert result.texts[-1] is None
    assert isinstance(result.errors[len(FILES)], FormatError)
    assert result.errors[len(FILES)].diagnostic.code == "format-failed"
    with pytest.raises(FormatError):
        format_python("bad.py", "def (:\n")


def test_validation_answer_is_cached(cache_dir: Path) -> None:
    doc = load(ROOT / "specs" / "reflexdb.yaml")
    first = valcache.start(doc, None)
    # No pool: validated in a forked child (overlapping the rest of the run) when there are cores
    # to spare, else at once.
    assert first.pending is (processes.cores() > 1 and "fork" in multiprocessing.get_all_start_methods())
    assert first() == validate(doc)
    assert list((cache_dir / "validate").glob("*.json"))
    with fmtcache.make_pool(1) as pool:
        again = valcache.start(doc, pool)
        assert not again.pending  # answered from the cache, no worker needed
        assert again() == first()


def test_invalid_spec_diagnostics_survive_cache_and_worker(tmp_path: Path, cache_dir: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses: {}\n")
    doc = load(spec)
    expected = validate(doc)
    assert expected  # missing info.version, empty responses
    with fmtcache.make_pool(1) as pool:
        job = valcache.start(doc, pool)
        assert job.pending
        assert job() == expected
    assert valcache.start(load(spec), None)() == expected


@pytest.mark.slow
def test_pipeline_bytes_same_cold_warm_and_parallel(tmp_path: Path, cache_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "small.yaml"
    spec.write_text(SMALL_SPEC)
    config = ClientConfig(spec=spec, output=tmp_path / "out", package="small_client")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    reference = build(config)
    assert reference.ok and reference.files
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(cache_dir))
    assert build(config).files == reference.files  # fills the cache
    assert build(config).files == reference.files  # served from it
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_CHARS", 1)
    parallel = build(config)
    assert parallel.files == reference.files
    assert parallel.diagnostics == reference.diagnostics


class _BrokenPool(Executor):
    """Every job fails as if its worker process had been killed."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        future.set_exception(BrokenProcessPool("worker killed"))
        return future


def test_dead_workers_fall_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_CHARS", 1)
    assert fmtcache.format_all(FILES[:4], scope="out", pool=_BrokenPool()).texts == plain(FILES[:4])
    doc = load(ROOT / "specs" / "reflexdb.yaml")
    job = valcache.start(doc, _BrokenPool())
    assert job.pending
    assert job() == validate(doc)


def test_streaming_formatter_matches_format_all(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_FILES", 4)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_CHARS", 200)
    monkeypatch.setattr(fmtcache, "BATCH_CHARS", 150)  # several batches sent while files are still added
    files = [*FILES, ("bad.py", "def (:\n")]
    with fmtcache.make_pool(2) as pool:
        streamed = fmtcache.Formatter(scope="out", pool=pool)
        assert [streamed.add(path, text) for path, text in files] == list(range(len(files)))
        result = streamed.finish()
    assert result.texts[:-1] == plain(FILES)
    assert result.texts[-1] is None and result.errors[len(FILES)].diagnostic.code == "format-failed"
    assert result.hits == 0
    again = fmtcache.Formatter(scope="out")  # the cache was filled: nothing left for black
    for path, text in files:
        again.add(path, text)
    warm = again.finish()
    assert warm.texts == result.texts and warm.hits == len(FILES)


def _invalid_spec(tmp_path: Path) -> ClientConfig:
    spec = tmp_path / "invalid.yaml"
    # valid enough to generate, but the validator objects (a warning; an error with --strict)
    spec.write_text(SMALL_SPEC.replace("info: {title: Small, version: \"1\"}", "info: {title: Small}"))
    return ClientConfig(spec=spec, output=tmp_path / "out", package="small_client")


@pytest.mark.parametrize("strict", [False, True])
def test_overlapped_build_reports_as_the_sequential_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       strict: bool) -> None:
    """Rendering and black start before the validator answers; the diagnostics do not change."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    config = _invalid_spec(tmp_path)
    sequential = build(config, strict=strict)
    assert any(d.code == "openapi-invalid" for d in sequential.diagnostics)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(fmtcache, "MIN_PARALLEL_CHARS", 1)
    overlapped = build(config, strict=strict)
    assert overlapped.diagnostics == sequential.diagnostics
    assert overlapped.files == sequential.files
    assert overlapped.ok == (not strict)


def test_validator_answer_wins_over_a_rendering_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import pipeline

    def crash(*args: object) -> object:
        raise ValueError("renderer tripped on an invalid spec")

    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    monkeypatch.setattr(pipeline, "render_stream", crash)
    config = _invalid_spec(tmp_path)
    result = build(config, strict=True)  # the validator's findings are errors: they are the answer
    assert not result.ok and {d.code for d in result.diagnostics} == {"openapi-invalid"}
    with pytest.raises(ValueError, match="renderer tripped"):  # valid for the validator: a generator bug
        build(config)



def test_format_batch_restores_the_garbage_collector() -> None:
    import gc

    from generator.output.fmtcache import _format_batch
    from generator.output.format import format_python

    batch = [("a.py", "x = ( 1 )\n"), ("b.py", "def f( ):\n  return [1,2]\n"), ("bad.py", "def (:\n")]
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            out = _format_batch(batch)
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
        assert out[:2] == [(True, format_python(p, t)) for p, t in batch[:2]]
        assert out[2][0] is False and out[2][1]


def test_the_index_keeps_no_copy_of_a_text_black_leaves_as_it_is(cache_dir: Path) -> None:
    files = [("kept.py", "x = 1\n"), ("changed.py", "y   =  2\n")]
    assert fmtcache.format_all(files, scope="out").texts == ["x = 1\n", "y = 2\n"]
    (index,) = (cache_dir / "format").glob("*.bin")
    raw = cache.read_blob(index)
    assert isinstance(raw, dict)
    assert sorted(raw["entries"].values()) == [fmtcache.AS_IS, "y = 2\n"]
    again = fmtcache.format_all(files, scope="out")
    assert again.texts == ["x = 1\n", "y = 2\n"] and again.hits == 2
