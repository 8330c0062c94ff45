"""CLI conventions of the tools people like: configuration found upward, names derived from the
spec, "did you mean", validate says valid, --ignore, the formatter-version warning, broken pipes
and the progress line on a terminal only."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.config import find_config
from generator.diagnostics import SpecError
from tests.fixtures.helpers import MINI, ROOT

pytestmark = pytest.mark.slow  # each test runs the command line in a subprocess (a pty for progress)

REFLEXDB_SPEC = ROOT / "specs" / "reflexdb.yaml"


def _project(root: Path, extra: str = "") -> Path:
    (root / "specs").mkdir(parents=True)
    (root / "specs" / "api.yaml").write_bytes(MINI.read_bytes())
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "demo"\n\n[tool.generator]\n{extra}\n[[tool.generator.clients]]\n'
        'spec = "specs/api.yaml"\noutput = "clients/mini"\npackage = "mini_client"\n', encoding="utf-8")
    return root


def test_configuration_is_found_from_a_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path / "proj")
    deep = root / "src" / "pkg"
    deep.mkdir(parents=True)
    (root / "src" / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")  # no table
    monkeypatch.chdir(deep)
    assert find_config(Path(".")) == Path("../../pyproject.toml")
    assert cli.main(["generate", "-q"]) == 0
    assert (root / "clients" / "mini" / "mini_client" / "__init__.py").is_file()
    capsys.readouterr()
    assert cli.main(["generate", "--check", "-v"]) == 0
    err = capsys.readouterr().err
    assert "using ../../pyproject.toml" in err and "../../clients/mini: up to date" in err


def test_missing_configuration_names_every_folder_it_looked_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(deep)
    with pytest.raises(SpecError) as info:
        find_config(Path("."))
    message = info.value.diagnostics[0].message
    for folder in (deep, deep.parent, tmp_path, Path("/")):
        assert str(folder) in message
    assert f"{tmp_path / 'a' / 'pyproject.toml'} has no [tool.generator]" in message
    assert cli.main(["generate"]) == 2
    assert "[config-not-found]" in capsys.readouterr().err


def test_generate_spec_names_package_and_folder_from_the_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(MINI.read_text(encoding="utf-8").replace("title: Mini", "title: Pet Shop API v2"),
                    encoding="utf-8")
    assert "title: Pet Shop API v2" in spec.read_text(encoding="utf-8")
    assert cli.main(["generate", str(spec)]) == 0
    err = capsys.readouterr().err
    assert "package pet_shop_client in folder pet-shop-client/ (from the spec's title 'Pet Shop API v2'" in err
    assert (tmp_path / "pet-shop-client" / "pet_shop_client" / "__init__.py").is_file()
    assert cli.main(["generate", str(spec)]) == 0  # nothing to write: the names are old news
    assert "(from the spec's title" not in capsys.readouterr().err
    assert cli.main(["generate", str(spec), "-v"]) == 0  # unless asked for detail
    assert "(from the spec's title" in capsys.readouterr().err
    assert cli.main(["generate", str(spec), "--package", "shop"]) == 0
    assert "folder shop/ (from" in capsys.readouterr().err
    assert (tmp_path / "shop" / "shop" / "__init__.py").is_file()
    assert cli.main(["generate", str(spec), "--package", "shop", "--output", "shop", "-v"]) == 0
    assert "(from the spec" not in capsys.readouterr().err


def test_a_mistyped_option_with_a_value_is_the_only_complaint(capsys: pytest.CaptureFixture[str]) -> None:
    # "out" is parsed as SPEC and the real spec is left over: only the typo is reported.
    with pytest.raises(SystemExit) as info:
        cli.main(["generate", "--outptu", "out", "spec.yaml"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith("error: unrecognized option --outptu (did you mean --output?)")
    assert "unexpected argument" not in err


@pytest.mark.parametrize(("argv", "hint"), [
    (["generate", "--chek"], "unrecognized option --chek (did you mean --check?)"),
    (["generate", "--outptu", "x"], "did you mean --output?"),
    (["validate", "--check"], "--check is an option of generate"),
    (["generat"], "invalid choice: 'generat'"),
    (["generat"], "(did you mean generate?)"),
    (["generate", "--format", "jsno"], "(did you mean json?)"),
])
def test_unknown_flags_get_a_suggestion(argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert hint in err
    command = argv[0] if argv[0] in ("generate", "validate") else ""
    assert err.startswith("usage: ") and (not command or f" {command} [-h]" in err.splitlines()[0])


def test_validate_says_the_spec_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(REFLEXDB_SPEC)]) == 0
    assert capsys.readouterr().err == f"{REFLEXDB_SPEC}: valid (15 operations, 30 models)\n"
    assert cli.main(["validate", str(MINI)]) == 0
    assert capsys.readouterr().err.endswith(f"{MINI}: valid (2 operations, 1 model), 1 warning\n")
    assert cli.main(["validate", str(MINI), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_ignore_silences_one_warning_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(MINI), "--strict"]) == 2
    assert "[callbacks-skipped]" in capsys.readouterr().err
    assert cli.main(["validate", str(MINI), "--strict", "--ignore", "callbacks-skipped"]) == 0
    assert "callbacks-skipped" not in capsys.readouterr().err
    assert cli.main(["validate", str(MINI), "--ignore", "other-code,callbacks-skipped", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["diagnostics"] == []
    assert cli.main(["validate", str(MINI), "--ignore", "Not A Code"]) == 2
    assert "--ignore Not A Code: expected warning codes" in capsys.readouterr().err
    root = _project(tmp_path / "proj", extra='ignore = ["callbacks-skipped"]\n')
    monkeypatch.chdir(root)
    assert cli.main(["validate", "--strict"]) == 0
    assert "callbacks-skipped" not in capsys.readouterr().err


def test_errors_cannot_be_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
                    "        '200': {$ref: '#/components/responses/Missing'}\n", encoding="utf-8")
    assert cli.main(["validate", str(spec)]) == 2
    code = capsys.readouterr().err.rsplit("[", 2)[-2].split("]")[0]
    assert cli.main(["validate", str(spec), "--ignore", code]) == 2
    assert f"[{code}]" in capsys.readouterr().err


def test_a_different_black_version_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["generate", str(MINI), "--output", str(out), "--package", "mini_client", "--ignore", "callbacks-skipped"]
    assert cli.main(args) == 0
    manifest = out / ".generator-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["formatter"].startswith("black ")
    data["formatter"] = "black 25.1.0"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert cli.main([*args, "--check"]) == 1  # the manifest changed, so --check finds a difference
    err = capsys.readouterr().err
    assert "written by black 25.1.0, formatted now by black " in err and "'black==25.1.0'" in err
    assert "[formatter-version]" in err
    assert cli.main([*args, "--check", "--strict"]) == 2
    capsys.readouterr()
    assert cli.main([*args, "--check", "--ignore", "formatter-version"]) == 1
    assert "formatter-version" not in capsys.readouterr().err
    assert cli.main(args) == 0  # regenerating records the black in use
    assert json.loads(manifest.read_text(encoding="utf-8"))["formatter"] != "black 25.1.0"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          check=False, cwd=ROOT, timeout=300, env=env)


def test_check_piped_into_head_ends_without_a_traceback(tmp_path: Path) -> None:
    """``generate --check | head``: the reader leaves early; the exit code stays 1, stderr stays clean."""
    out = tmp_path / "never-written"
    proc = subprocess.Popen([sys.executable, "-m", "generator", "generate", str(REFLEXDB_SPEC), "--output", str(out),
                             "--package", "reflexdb_client", "--check"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(200)  # the diff of a whole missing client is far larger than a pipe buffer
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 1
    assert head.startswith(b"--- /dev/null")
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err
    assert "not up to date" in err


def test_progress_line_with_counts_on_a_terminal_only(tmp_path: Path) -> None:
    env = {**os.environ, "GENERATOR_PROGRESS_AFTER": "0", "GENERATOR_CACHE_DIR": "off"}
    args = ["generate", str(REFLEXDB_SPEC), "--output", str(tmp_path / "tty"), "--package", "reflexdb_client"]
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "generator", *args], stderr=secondary, stdout=subprocess.PIPE,
                              cwd=ROOT, env=env, check=False, timeout=300)
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # EIO: the other side is closed and everything was read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(primary)
    tty_err = b"".join(chunks).decode()
    assert proc.returncode == 0
    counts = [line for line in tty_err.split("\r") if "formatting: " in line]
    assert counts, tty_err
    total = int(counts[-1].split(" of ")[1].split()[0])
    assert total > 20 and f"formatting: {total} of {total} files" in counts[-1]
    plain = _run([*args[:2], "--output", str(tmp_path / "pipe"), "--package", "reflexdb_client"], env=env)
    assert plain.returncode == 0 and "\r" not in plain.stderr and "formatting" not in plain.stderr
