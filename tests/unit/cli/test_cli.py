"""The CLI as a Unix tool: --help everywhere, quiet success, a summary line, exit codes, --strict,
JSON coverage; and [tool.generator] configuration (located errors, custom templates)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator import cli
from generator.config import ClientConfig, load_project
from generator.diagnostics import SpecError
from generator.pipeline import build
from tests.fixtures.helpers import MINI


@pytest.mark.parametrize("argv", [["--help"], ["generate", "--help"], ["validate", "--help"]])
def test_help_on_every_subcommand(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 0
    assert "exit codes" in capsys.readouterr().out


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", str(MINI), "--package", "not-an-identifier"]) == 2
    assert "--package 'not-an-identifier' is not a Python identifier" in capsys.readouterr().err


def test_validate_is_quiet_on_success_and_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(MINI), "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    assert cli.main(["validate", str(MINI)]) == 0
    assert "warning: callbacks are not generated [callbacks-skipped]" in capsys.readouterr().err
    assert cli.main(["validate", str(MINI), "--strict"]) == 2
    assert "error: callbacks are not generated [callbacks-skipped]" in capsys.readouterr().err


def test_json_coverage_report_lists_skipped_constructs(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(MINI), "--format", "json", "--strict"]) == 2
    payload = json.loads(capsys.readouterr().out)
    coverage = payload[0]["coverage"]
    assert coverage["counts"] == {"callbacks-skipped": 1}
    entry = coverage["skipped_or_degraded"][0]
    assert (entry["kind"], entry["pointer"], entry["line"]) == ("operation", "/paths/~1pets/post/callbacks", 25)


def test_summary_line_then_silence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["generate", str(MINI), "--output", str(tmp_path / "out"), "--package", "mini_client", "-q"]
    assert cli.main(args[:-1]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    match = re.fullmatch(re.escape(str(tmp_path / "out")) + r": (\d+) written, 0 unchanged, 0 removed in [\d.]+s", last)
    assert match, last
    files = len(build(ClientConfig(spec=MINI, output=tmp_path, package="mini_client")).files)
    assert int(match.group(1)) == files
    assert cli.main(args) == 0
    assert capsys.readouterr() == ("", "")
    assert cli.main([*args[:-1], "-v"]) == 0
    assert f": 0 written, {files} unchanged, 0 removed in " in capsys.readouterr().err


def test_internal_error_is_exit_3_without_traceback(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("bug")

    from generator import pipeline

    monkeypatch.setattr(pipeline, "build", boom)  # the CLI imports the pipeline when it needs it
    assert cli.main(["validate", str(MINI)]) == 3
    err = capsys.readouterr().err
    assert "internal error: ValueError: bug" in err and "Traceback" not in err


def _project(tmp_path: Path, body: str) -> Path:
    (tmp_path / "api.yaml").write_bytes(MINI.read_bytes())
    config = tmp_path / "pyproject.toml"
    config.write_text(body, encoding="utf-8")
    return config


def test_config_entry_with_every_key(tmp_path: Path) -> None:
    config = _project(tmp_path, """
[tool.generator]
templates = "tpl"

[[tool.generator.clients]]
spec = "api.yaml"
output = "out"
package = "mini_client"
base_url = "https://staging.mini.example"
token_env = "MINI_TOKEN"
secret_fields = ["name"]
operation_names = { "GET /pets" = "all_pets" }
""")
    (client,) = load_project(config)
    assert client.templates == tmp_path / "tpl"
    assert client.operation_names == (("GET /pets", "all_pets"),)
    assert client.base_url == "https://staging.mini.example" and client.token_env == "MINI_TOKEN"


def test_unknown_key_is_located(tmp_path: Path) -> None:
    config = _project(tmp_path, '[tool.generator]\n\n[[tool.generator.clients]]\nspec = "api.yaml"\n'
                                'output = "out"\npackage = "mini_client"\n  outptu = "x"\n')
    with pytest.raises(SpecError) as info:
        load_project(config)
    (problem,) = info.value.diagnostics
    assert (problem.code, problem.line, problem.column) == ("config-unknown-key", 7, 3)


def test_custom_templates_override_builtin_ones_by_name(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "README.md.jinja").write_text("# {{ package }}: our own README\n", encoding="utf-8")
    config = _project(tmp_path, '[tool.generator]\ntemplates = "tpl"\n\n[[tool.generator.clients]]\n'
                                'spec = "api.yaml"\noutput = "out"\npackage = "mini_client"\n')
    assert cli.main(["generate", "--config", str(config), "-q"]) == 0
    assert (tmp_path / "out" / "README.md").read_text(encoding="utf-8") == "# mini_client: our own README\n"
    assert (tmp_path / "out" / "mini_client" / "models" / "pet.py").is_file()


def test_progress_line_only_after_a_second_on_a_terminal(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    now = [0.0]
    monkeypatch.setattr(cli.time, "perf_counter", lambda: now[0])
    line = cli._ProgressLine(enabled=True)
    update = line.for_client(ClientConfig(spec=MINI, output=Path("out"), package="mini_client"))
    now[0] = 0.5
    update("loading")  # at 0.5 s: nothing yet
    assert capsys.readouterr().err == ""
    now[0] = 1.5
    update("formatting: 3 of 17 files")
    assert capsys.readouterr().err == f"\r\033[K{MINI}: formatting: 3 of 17 files"
    now[0] = 1.55
    update("formatting: 4 of 17 files")  # 0.05 s later: not redrawn (at most ten times a second)
    assert capsys.readouterr().err == ""
    now[0] = 1.7
    update("formatting: 9 of 17 files")
    assert capsys.readouterr().err == f"\r\033[K{MINI}: formatting: 9 of 17 files"
    now[0] = 2.0
    assert line.timings() == "loading 1.00s, formatting 0.50s"
    line.clear()
    assert capsys.readouterr().err == "\r\033[K"
    quiet = cli._ProgressLine(enabled=False)
    quiet.update("anything")
    assert capsys.readouterr().err == ""


def test_diff_formats_are_the_reports_formats() -> None:
    """cliargs names them itself (parsing must not import the API diff); they must stay the same."""
    from generator import cliargs
    from generator.compat.apireport import FORMATS

    assert cliargs.REPORT_FORMATS == FORMATS
