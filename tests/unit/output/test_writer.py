"""Incremental, atomic writes: unchanged files keep mtime and inode, hand-written files survive,
stale files go only if the manifest lists them, and a failure or a kill leaves the old tree intact."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.output import writer
from generator.output.writer import MANIFEST, backup_dir, read_manifest, staging_dir
from generator.pipeline import generate
from tests.fixtures.helpers import MINI, ROOT, contents, mini_config, snapshot


def _generate(output: Path, **kwargs: object) -> None:
    result = generate(mini_config(output), **kwargs)  # type: ignore[arg-type]
    assert result.ok, [d.render() for d in result.diagnostics]


def test_second_run_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    before = snapshot(out)
    result = generate(mini_config(out))
    assert result.stats is not None and result.stats.written == [] and result.stats.removed == []
    assert snapshot(out) == before  # same bytes, same mtimes, same inodes


def test_changed_file_rewritten_others_keep_inode_and_mtime(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    before = snapshot(out)
    target = "mini_client/models/pet.py"
    (out / target).write_text("# edited by hand\n", encoding="utf-8")
    edited = snapshot(out)
    result = generate(mini_config(out))
    assert result.stats is not None and result.stats.written == [target]
    after = snapshot(out)
    assert after[target][0] == before[target][0]
    for path, (data, mtime, inode) in edited.items():
        if path != target:
            assert after[path] == (data, mtime, inode), path


def test_hand_written_files_survive_and_unlisted_files_are_never_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "NOTES.md").write_text("mine\n", encoding="utf-8")
    (out / "mini_client" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    (out / "mini_client" / "models" / "pet.py").write_text("changed\n", encoding="utf-8")  # force a swap
    _generate(out)
    assert (out / "NOTES.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / "mini_client" / "extra.py").read_text(encoding="utf-8") == "x = 1\n"


def test_gitignore_is_a_generated_file_and_a_persons_own_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    listed = read_manifest(out)
    assert listed is not None and ".gitignore" in listed  # owned like every output file
    assert "__pycache__/" in (out / ".gitignore").read_text(encoding="utf-8")
    # An output folder from before the generator wrote one, holding the person's own .gitignore:
    # refused (not overwritten, not removed) unless --force.
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    del manifest["files"][".gitignore"]
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (out / ".gitignore").write_text("mine\n", encoding="utf-8")
    result = generate(mini_config(out))
    assert not result.ok and any(".gitignore was not written by the generator" in d.message
                                 for d in result.diagnostics)
    assert (out / ".gitignore").read_text(encoding="utf-8") == "mine\n"


def test_stale_file_removed_only_when_the_manifest_lists_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    # Pretend an earlier version generated `models/old.py` (listed) next to a person's `mine.py`.
    (out / "mini_client/models/old.py").write_text("old\n", encoding="utf-8")
    (out / "mini_client/models/mine.py").write_text("mine\n", encoding="utf-8")
    manifest = (out / MANIFEST).read_text(encoding="utf-8")
    (out / MANIFEST).write_text(manifest.replace('"files": {', '"files": {\n    "mini_client/models/old.py": "0",'),
                                encoding="utf-8")
    result = generate(mini_config(out))
    assert result.stats is not None and result.stats.removed == ["mini_client/models/old.py"]
    assert not (out / "mini_client/models/old.py").exists()
    assert (out / "mini_client/models/mine.py").exists()


def test_refuses_non_empty_folder_without_manifest_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "important.txt").write_text("keep\n", encoding="utf-8")
    result = generate(mini_config(out))
    assert not result.ok and result.diagnostics[-1].code == "write-failed"
    assert "--force" in result.diagnostics[-1].message
    assert sorted(p.name for p in out.iterdir()) == ["important.txt"]
    _generate(out, force=True)
    assert (out / "important.txt").read_text(encoding="utf-8") == "keep\n"
    assert (out / MANIFEST).is_file()


@pytest.mark.parametrize("where", ["link.txt", "mini_client/models/link"])
def test_refuses_symlinks_planted_in_the_output(tmp_path: Path, where: str) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "mini_client/models/pet.py").write_text("changed\n", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret\n", encoding="utf-8")
    (out / where).symlink_to(secret)
    before = contents(out)
    result = generate(mini_config(out))
    assert not result.ok and "symlink" in result.diagnostics[-1].message
    assert contents(out) == before
    assert secret.read_text(encoding="utf-8") == "secret\n"


def test_refuses_output_that_is_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "out").symlink_to(real)
    result = generate(mini_config(tmp_path / "out"))
    assert not result.ok and "symlink" in result.diagnostics[-1].message
    assert list(real.iterdir()) == []


def test_formatting_failure_leaves_old_tree_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    before = snapshot(out)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "model.py.jinja").write_text("def broken(:\n    {{ model.name }}\n", encoding="utf-8")
    result = generate(mini_config(out, templates=templates))
    assert not result.ok
    assert {d.code for d in result.diagnostics if d.severity == "error"} == {"format-failed"}
    assert snapshot(out) == before
    assert not staging_dir(out).exists() and not backup_dir(out).exists()


def test_disk_full_while_staging_leaves_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "mini_client/models/pet.py").write_text("changed\n", encoding="utf-8")
    before = snapshot(out)

    def full(stage: Path, folders: set[str]) -> None:  # the last step of staging
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "_prune_empty_folders", full)
    result = generate(mini_config(out))
    assert not result.ok and "No space left" in result.diagnostics[-1].message
    assert snapshot(out) == before
    assert not staging_dir(out).exists()


def test_interruption_between_the_two_renames_is_recovered(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    old = contents(out)
    os.rename(out, backup_dir(out))  # as if killed right after moving the old tree aside
    staging_dir(out).mkdir()
    (staging_dir(out) / "half.txt").write_text("half\n", encoding="utf-8")
    result = generate(mini_config(out))
    assert result.ok and result.stats is not None
    assert any("restored" in note for note in result.stats.recovered)
    assert contents(out) == old
    assert not staging_dir(out).exists() and not backup_dir(out).exists()


def _pause_at_swap(out: Path, marker: Path) -> subprocess.Popen[bytes]:
    """Start the CLI paused between staging and swap (tests/unit/output/pause_at_swap.py); return once it waits."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.output.pause_at_swap", str(marker),
         "generate", str(MINI), "--output", str(out), "--package", "mini_client"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the generator never reached the swap: {proc.communicate()}")
        time.sleep(0.05)
    return proc


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_signal_between_staging_and_swap_leaves_old_tree(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "mini_client/models/pet.py").write_text("# hand edit that the next run reverts\n", encoding="utf-8")
    before = snapshot(out)
    proc = _pause_at_swap(out, tmp_path / "paused")
    try:
        assert staging_dir(out).is_dir()
        proc.send_signal(sig)
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert snapshot(out) == before  # old tree byte-identical (and untouched)
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"interrupted" in stderr and b"Traceback" not in stderr
        assert not staging_dir(out).exists()  # cleaned up on the way out
    else:
        assert proc.returncode == -signal.SIGKILL and staging_dir(out).exists()
    result = generate(mini_config(out))  # the next run cleans up and completes
    assert result.ok and result.stats is not None
    assert any("staging" in note for note in result.stats.recovered) == (sig == signal.SIGKILL)
    assert not staging_dir(out).exists()
    assert (out / "mini_client/models/pet.py").read_bytes() != before["mini_client/models/pet.py"][0]


def test_check_mode_reports_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["generate", str(MINI), "--output", str(out), "--package", "mini_client", "--check", "-q"]
    assert main(args) == 1  # nothing there yet: everything missing
    assert not out.exists()
    _generate(out)
    capsys.readouterr()
    assert main(args) == 0
    assert capsys.readouterr() == ("", "")
    (out / "mini_client/models/pet.py").write_text("changed\n", encoding="utf-8")
    (out / "mini_client/api/pets.py").unlink()
    manifest = (out / MANIFEST).read_text(encoding="utf-8")
    (out / MANIFEST).write_text(manifest.replace('"files": {', '"files": {\n    "stale.py": "0",'), encoding="utf-8")
    (out / "stale.py").write_text("old\n", encoding="utf-8")
    before = snapshot(out)
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "--- a/mini_client/models/pet.py\n+++ b/mini_client/models/pet.py\n" in captured.out
    assert "-changed\n" in captured.out
    assert "+++ b/mini_client/api/pets.py" in captured.out
    assert f"missing: {out / 'mini_client/api/pets.py'}" in captured.err
    assert f"extra: {out / 'stale.py'}" in captured.err
    assert f"changed: {out / 'mini_client/models/pet.py'}" in captured.err
    assert snapshot(out) == before


def test_refuses_special_files_planted_in_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "mini_client/models/pet.py").write_text("changed\n", encoding="utf-8")
    os.mkfifo(out / "mini_client" / "pipe")
    result = generate(mini_config(out))
    assert not result.ok and "not a regular file or folder" in result.diagnostics[-1].message
    assert (out / "mini_client/models/pet.py").read_text(encoding="utf-8") == "changed\n"


def test_scan_tree_lists_what_os_walk_finds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    (out / "a" / "b" / "c").mkdir(parents=True)
    (out / "a" / "b" / ".hidden").write_text("x\n", encoding="utf-8")
    files, folders = writer.scan_tree(out)
    walked = {Path(root, name).relative_to(out).as_posix(): str(Path(root, name))
              for root, _dirs, names in os.walk(out) for name in names}
    assert files == walked
    assert sorted(folders) == sorted(Path(root, name).relative_to(out).as_posix()
                                     for root, dirs, _names in os.walk(out) for name in dirs)
    assert writer.scan_tree(tmp_path / "missing") == ({}, [])


@pytest.mark.parametrize("on_disk", [b"", b"a = 1", b"a = 2\n", b"a = 1\n\n", b"a = 1\n" * 2])
def test_a_file_counts_as_unchanged_only_when_its_bytes_are_equal(tmp_path: Path, on_disk: bytes) -> None:
    path = tmp_path / "f.py"
    path.write_bytes(on_disk)
    assert writer._same(str(path), b"a = 1\n") is (on_disk == b"a = 1\n")
    path.write_bytes(b"a = 1\n")
    assert writer._same(str(path), b"a = 1\n") and not writer._same(None, b"a = 1\n")
    assert not writer._same(str(tmp_path / "missing.py"), b"")


@pytest.mark.parametrize("path", ["pkg/a.py\n", "pkg\n/a.py", "../a.py", "pkg/./a.py", "/abs.py", "pkg//a.py",
                                  "pkg/a py", "pkg/\u00e9.py", ""])
def test_an_unsafe_relative_path_is_refused(path: str) -> None:
    """Every part a plain name: a final newline does not slip through (``$`` would match before it)."""
    with pytest.raises(writer.WriteError):
        writer.check_relative(path)


def test_the_generators_own_paths_are_safe() -> None:
    for path in ("pkg/__init__.py", "pkg/_runtime/_decode.py", ".gitignore", "api.md", "tests/test_api-1.py"):
        writer.check_relative(path)
