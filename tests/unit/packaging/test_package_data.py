"""The distribution's layout: every package is listed, the templates are package data read through
importlib.resources, and the console script points at the CLI. (tests/e2e/test_install.py builds
and installs the wheel itself.)"""

from __future__ import annotations

import tomllib

import jinja2
import pytest

from generator import cli, resources
from generator.render.base import BuiltinLoader
from tests.fixtures.helpers import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_in_the_distribution() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "generator").rglob("__init__.py")}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert {"generator.templates", "generator.templates.runtime"} <= listed
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"generator.templates": "templates"}
    assert PYPROJECT["tool"]["setuptools"]["package-data"]["generator.templates"] == ["*.jinja"]


def test_console_script_is_the_cli() -> None:
    assert PYPROJECT["project"]["scripts"] == {"openapi-client-generator": "generator.cli:run"}
    assert callable(cli.run)


def test_templates_and_runtime_come_from_the_package_data() -> None:
    names = {p.name for p in (ROOT / "templates").glob("*.jinja")}
    assert set(BuiltinLoader().list_templates()) == names
    runtime = dict(resources.runtime_files())
    assert set(runtime) == {p.name for p in (ROOT / "templates" / "runtime").glob("*.py")}
    assert runtime["_errors.py"] == (ROOT / "templates" / "runtime" / "_errors.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["../pyproject.toml", "runtime/_client.py", ".hidden", "missing.jinja"])
def test_builtin_loader_serves_only_template_files(name: str) -> None:
    env = jinja2.Environment(loader=BuiltinLoader(), autoescape=False)
    with pytest.raises(jinja2.TemplateNotFound):
        env.get_template(name)


def test_runtime_dependencies_are_ranges_not_pins() -> None:
    for requirement in PYPROJECT["project"]["dependencies"]:
        assert "==" not in requirement and "<" in requirement and ">=" in requirement, requirement
    constraints = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    pinned = {line.split("==")[0] for line in constraints.splitlines() if "==" in line}
    declared = {r.split(">=")[0].split("<")[0] for r in PYPROJECT["project"]["dependencies"]}
    assert pinned == declared  # the repository's own environment is exact for every one of them
