"""The precompiled templates (generator/render/compiled/) are those of the current templates."""

from __future__ import annotations

import importlib
from pathlib import Path

import jinja2
import pytest

from generator.render import base

COMPILED = Path(base.__file__).resolve().parent / "compiled"


def test_precompiled_templates_are_current(tmp_path: Path) -> None:
    fresh = {p.name: p.read_text(encoding="utf-8") for p in base.write_compiled(tmp_path / "compiled")}
    kept = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert kept == fresh, "templates changed: run python -m tests.golden_update"


def test_templates_load_precompiled_and_render_alike() -> None:
    assert base._compiled_ok()
    loader = base.PrecompiledLoader()
    compiled_env = base.environment(None)
    plain_env = base.environment(None, bytecode=False)
    context = {"header": "# h", "name": "Pet", "alias_line": "Pet = int", "imports": [], "model_imports": [],
               "doc": "Pet values."}
    template = compiled_env.get_template("alias.py.jinja")
    module = importlib.import_module(f"{base.COMPILED_PACKAGE}.{base.compiled_module_name('alias.py.jinja')}")
    assert template.root_render_func is vars(module)["root"]  # the precompiled module's, not a compile
    assert template.render(**context) == plain_env.get_template("alias.py.jinja").render(**context)
    assert sorted(loader.list_templates()) == sorted(jinja2.Environment(loader=base.BuiltinLoader()).list_templates())


def test_stale_precompiled_templates_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "_COMPILED_OK", None)
    monkeypatch.setattr(base, "sources_digest", lambda: "another digest")
    env = base.environment(None, bytecode=False)
    env.loader = base.PrecompiledLoader()
    template = env.get_template("alias.py.jinja")  # compiled from source instead
    assert "Pet = int" in template.render(header="# h", name="Pet", alias_line="Pet = int", imports=[],
                                          model_imports=[], doc="d")
    assert base._compiled_ok() is False
