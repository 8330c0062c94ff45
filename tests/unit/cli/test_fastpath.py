"""The no-op fast path (generator/fastpath.py): taken only when nothing changed, never otherwise.

Each test runs the real command line twice or more in one folder; a spy on ``pipeline.generate``
says whether a run took the full path. Whatever path a run takes, its output must be what the full
pipeline writes (compared with a fresh build of the same spec).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import cli, fastpath, pipeline
from generator.config import ClientConfig
from tests.fixtures.helpers import MINI, contents


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The full-pipeline runs made, by output folder name; the cache is private to the test."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    made: list[str] = []
    real = pipeline.generate

    def spy(config: ClientConfig, **kwargs: object) -> pipeline.Result:
        made.append(config.output.name)
        return real(config, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "generate", spy)
    return made


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec" / "mini.yaml"
    spec.parent.mkdir(exist_ok=True)
    shutil.copyfile(MINI, spec)
    return spec


def _gen(spec: Path, out: str = "out", *extra: str) -> int:
    return cli.main(["generate", str(spec), "--output", out, "--package", "mini_client", *extra])


def _fresh(spec: Path, tmp_path: Path, *extra: str) -> dict[str, bytes]:
    """What the full pipeline writes for ``spec`` now, into a folder of its own (cache off); named
    ``out`` as the runs' is (README.md's install line names the output folder)."""
    target = tmp_path / "fresh" / "out"
    shutil.rmtree(target, ignore_errors=True)
    old = os.environ.get("GENERATOR_CACHE_DIR")
    os.environ["GENERATOR_CACHE_DIR"] = "off"
    try:
        assert cli.main(["generate", str(spec), "--output", str(target), "--package", "mini_client", "-q",
                         *extra]) == 0
    finally:
        os.environ["GENERATOR_CACHE_DIR"] = old or ""
    return contents(target)


def test_second_run_is_a_no_op_and_prints_the_same(tmp_path: Path, runs: list[str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec) == 0
    first = capsys.readouterr()
    assert runs == ["out"]
    assert "callbacks are not generated [callbacks-skipped]" in first.err
    assert _gen(spec) == 0
    assert runs == ["out"]  # no second full run
    again = capsys.readouterr()
    # The same warnings; no "N written" summary, as a full run that writes nothing prints none.
    assert again.out == first.out
    assert again.err == "".join(line for line in first.err.splitlines(True) if " written, " not in line)
    assert _gen(spec, "out", "--check") == 0
    assert runs == ["out"]
    assert contents(tmp_path / "out") == _fresh(spec, tmp_path)


def test_touching_without_changing_keeps_the_fast_path(tmp_path: Path, runs: list[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    os.utime(spec, (1, 1))  # a new mtime, the same bytes: hashes decide, not times
    assert _gen(spec, "out", "-q") == 0
    assert runs == ["out"]


def test_a_changed_spec_takes_the_full_path(tmp_path: Path, runs: list[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    spec.write_text(spec.read_text().replace("description: A pet.", "description: A changed pet."))
    assert _gen(spec, "out", "-q") == 0
    assert runs == ["out", "out"]
    assert "A changed pet." in (tmp_path / "out" / "mini_client" / "models" / "pet.py").read_text()
    assert contents(tmp_path / "out") == _fresh(spec, tmp_path)


def test_a_changed_bundled_file_takes_the_full_path(tmp_path: Path, runs: list[str]) -> None:
    folder = tmp_path / "multi"
    folder.mkdir()
    (folder / "pet.yaml").write_text("type: object\ndescription: First words.\nproperties:\n  name: {type: string}\n")
    root = folder / "api.yaml"
    root.write_text(MINI.read_text().replace("{$ref: \"#/components/schemas/Pet\"}", "{$ref: \"pet.yaml\"}")
                    .replace("items: {$ref: \"#/components/schemas/Pet\"}", "items: {$ref: \"pet.yaml\"}"))
    assert _gen(root, "out", "-q") == 0
    assert _gen(root, "out", "-q") == 0
    assert runs == ["out"]
    (folder / "pet.yaml").write_text((folder / "pet.yaml").read_text().replace("First", "Second"))
    assert _gen(root, "out", "-q") == 0
    assert runs == ["out", "out"]
    assert contents(tmp_path / "out") == _fresh(root, tmp_path)


@pytest.mark.parametrize("extra", [["--strict"], ["--tests"], ["--ignore", "callbacks-skipped"],
                                   ["--limit", "max_operations=5"]])
def test_changed_options_take_the_full_path(tmp_path: Path, runs: list[str], extra: list[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    code = _gen(spec, "out", "-q", *extra)
    assert runs == ["out", "out"]
    if code == 0:
        assert contents(tmp_path / "out") == _fresh(spec, tmp_path, *extra)


def test_another_package_name_takes_the_full_path(tmp_path: Path, runs: list[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    assert cli.main(["generate", str(spec), "--output", "out", "--package", "other_client", "-q"]) == 0
    assert runs == ["out", "out"]
    assert (tmp_path / "out" / "other_client" / "__init__.py").is_file()


@pytest.mark.parametrize("damage", ["edit", "delete", "manifest", "symlink", "leftover"])
def test_a_changed_output_takes_the_full_path(tmp_path: Path, runs: list[str], damage: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    out = tmp_path / "out"
    target = out / "mini_client" / "models" / "pet.py"
    if damage == "edit":
        target.write_text(target.read_text() + "# a hand edit\n")
    elif damage == "delete":
        target.unlink()
    elif damage == "manifest":
        manifest = out / ".generator-manifest.json"
        manifest.write_text(manifest.read_text() + " ")
    elif damage == "symlink":
        target.unlink()
        target.symlink_to(tmp_path / "elsewhere.py")
    else:
        (tmp_path / ".out.generator-staging").mkdir()
    # --check sees the damage (exit 1) rather than answering from the record.
    code = _gen(spec, "out", "-q", "--check")
    assert runs == ["out", "out"]
    assert code == (0 if damage == "leftover" else 1)
    capsys.readouterr()
    code = _gen(spec, "out", "-q")
    assert runs == ["out", "out", "out"]
    if damage == "symlink":  # the full path refuses to write through links, as always
        assert code == 2
        assert "symlink" in capsys.readouterr().err
        return
    assert code == 0
    assert contents(out) == _fresh(spec, tmp_path)
    assert not (tmp_path / ".out.generator-staging").exists()


def test_check_reports_a_hand_edit_instead_of_the_record(tmp_path: Path, runs: list[str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    target = tmp_path / "out" / "mini_client" / "models" / "pet.py"
    target.write_text(target.read_text() + "# a hand edit\n")
    assert _gen(spec, "out", "--check") == 1
    assert "# a hand edit" in capsys.readouterr().out


def test_changed_generator_code_takes_the_full_path(tmp_path: Path, runs: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    monkeypatch.setattr(fastpath, "_CODE_DIGEST", "another generator")
    assert _gen(spec, "out", "-q") == 0
    assert runs == ["out", "out"]


def test_code_digest_covers_templates_and_generator_modules() -> None:
    """Every template and generator module is in the digest: a copy with one byte changed differs."""
    import hashlib

    from generator import resources

    def digest_of(root: Path) -> str:
        h = hashlib.sha256()
        fastpath._tree_digest(root, h)
        return h.hexdigest()

    templates = resources.templates()
    assert isinstance(templates, Path)
    names = {p.name for p in templates.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert "model.py.jinja" in names
    assert digest_of(templates) != digest_of(Path(fastpath.__file__).parent)


def test_changed_custom_templates_take_the_full_path(tmp_path: Path, runs: list[str]) -> None:
    spec = _spec(tmp_path)
    custom = tmp_path / "custom"
    custom.mkdir()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.generator]\ntemplates = \"custom\"\n[[tool.generator.clients]]\n"
        f"spec = \"{spec.as_posix()}\"\noutput = \"out\"\npackage = \"mini_client\"\n")
    (custom / "README.md.jinja").write_text("# {{ title }}: first\n")
    assert cli.main(["generate", "-q"]) == 0
    assert cli.main(["generate", "-q"]) == 0
    assert runs == ["out"]
    (custom / "README.md.jinja").write_text("# {{ title }}: second\n")
    assert cli.main(["generate", "-q"]) == 0
    assert runs == ["out", "out"]
    assert (tmp_path / "out" / "README.md").read_text() == "# Mini: second\n"


def test_without_a_cache_every_run_is_full(tmp_path: Path, runs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", "off")
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    assert _gen(spec, "out", "-q") == 0
    assert runs == ["out", "out"]


def test_failed_runs_are_not_recorded(tmp_path: Path, runs: list[str]) -> None:
    spec = _spec(tmp_path)
    assert _gen(spec, "out", "-q") == 0
    spec.write_text("openapi: 3.0.3\ninfo: {title: Broken\n")
    assert _gen(spec, "out", "-q") == 2
    assert _gen(spec, "out", "-q") == 2
    assert runs == ["out", "out", "out"]
    shutil.copyfile(MINI, spec)  # back to the first text: the first record answers again
    assert _gen(spec, "out", "-q") == 0
    assert runs == ["out", "out", "out"]
