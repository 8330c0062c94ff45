"""The generator as a tool in someone else's repository: build the wheel, install it into a fresh
venv outside this repository, and generate a client in a new project through the console script
and through the README's Makefile rule and minimal configuration (taken from README.md itself).

Slow (a wheel build and a venv with the generator's dependencies): ``-m "not slow"`` skips it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.fixtures.helpers import MINI, ROOT

pytestmark = pytest.mark.slow
SECTION = "## Use it in your own project"
# What a build needs; nothing else of the repository (tests/, generated/, specs/) may be required.
SOURCES = ("pyproject.toml", "README.md", "generator", "templates")


def _readme_block(language: str, after: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(SECTION):]
    section = section[section.index(after):]
    match = re.search(rf"^```{language}\n(.*?)^```$", section, re.MULTILINE | re.DOTALL)
    assert match, f"no ```{language} block after {after!r} in README.md"
    return match.group(1)


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(args)} in {cwd}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(the fresh venv's bin folder, an environment whose PATH starts there), the wheel installed."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(base / "dist"), str(source)],
         cwd=base, env=env)
    (wheel,) = (base / "dist").glob("openapi_client_generator-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in (ROOT / "templates").glob("*.jinja"):
        assert f"generator/templates/{template.name}" in names
    for module in (ROOT / "templates" / "runtime").glob("*.py"):
        assert f"generator/templates/runtime/{module.name}" in names
    assert not [n for n in names if n.startswith(("tests/", "generated/", "specs/"))]
    env_dir = base / "venv"  # outside the repository, without its site-packages
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bin_dir = env_dir / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "-c", str(ROOT / "constraints.txt"),
          str(wheel)], cwd=base, env=env)
    env = {**env, "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", "GENERATOR_CACHE_DIR": str(base / "cache")}
    return bin_dir, env


def test_console_script_generates_in_a_new_folder(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    bin_dir, env = installed
    (tmp_path / "petstore.yaml").write_bytes(MINI.read_bytes())
    version = _run(["openapi-client-generator", "--version"], cwd=tmp_path, env=env)
    assert version.stdout.startswith("openapi-client-generator ")
    proc = _run(["openapi-client-generator", "generate", "petstore.yaml"], cwd=tmp_path, env=env)
    assert "package mini_client in folder mini-client/" in proc.stderr
    client = tmp_path / "mini-client"
    assert (client / "mini_client" / "_runtime" / "_client.py").is_file()
    assert (client / "README.md").is_file() and (client / "pyproject.toml").is_file()
    where = _run([str(bin_dir / "python"), "-c", "import generator; print(generator.__file__)"], cwd=tmp_path,
                 env=env)
    assert str(ROOT) not in where.stdout and "site-packages" in where.stdout  # the installed copy ran
    again = _run([str(bin_dir / "python"), "-m", "generator", "generate", "petstore.yaml", "--check"],
                 cwd=tmp_path, env=env)
    assert again.stdout == ""


def test_readme_makefile_rule_in_a_new_project(installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    _, env = installed
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "petstore.yaml").write_bytes(MINI.read_bytes())
    (project / "pyproject.toml").write_text('[project]\nname = "shop"\nversion = "1.0"\n\n'
                                            + _readme_block("toml", "### Configure"), encoding="utf-8")
    (project / "Makefile").write_text(_readme_block("make", "### Regenerate from make"), encoding="utf-8")
    first = _run(["make", "client"], cwd=project, env=env)
    assert "openapi-client-generator generate" in first.stdout
    client = project / "clients" / "petstore"
    assert (client / "petstore_client" / "__init__.py").is_file()
    second = _run(["make", "client"], cwd=project, env=env)
    assert "openapi-client-generator" not in second.stdout  # nothing changed: nothing runs
    _run(["make", "client-check"], cwd=project, env=env)
    (project / "src").mkdir()  # from a subfolder, the configuration is found upward
    nested = _run(["openapi-client-generator", "generate", "--check", "-v"], cwd=project / "src", env=env)
    assert "using ../pyproject.toml" in nested.stderr and "../clients/petstore: up to date" in nested.stderr
    spec = project / "specs" / "petstore.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("title: Mini", "title: Mini Shop"), encoding="utf-8")
    check = subprocess.run(["make", "client-check"], cwd=project, env=env, capture_output=True, text=True,
                           check=False, timeout=600)
    assert check.returncode != 0 and "not up to date" in check.stderr
    third = _run(["make", "client"], cwd=project, env=env)
    assert "openapi-client-generator generate" in third.stdout
    _run(["make", "client-check"], cwd=project, env=env)
