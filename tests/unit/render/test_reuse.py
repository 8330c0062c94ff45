"""Rendered files kept from the last run (generator/render/reuse.py).

The rule under test: a run that reuses files writes exactly what a run without any cache writes,
and it renders again every file whose IR node or shared state changed (and, with a one-line
change, only those). Renders are counted by wrapping the renderer's per-node functions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import cache, pipeline
from generator.config import ClientConfig
from generator.render import layout, package, renderer, reuse

SPEC = """\
openapi: 3.0.3
info: {title: Pets, version: "1"}
servers: [{url: "https://pets.example"}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      description: Every pet.
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
  /owners/{id}:
    get:
      operationId: getOwner
      tags: [owners]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Owner"}
components:
  schemas:
    Pet:
      type: object
      description: A pet.
      required: [name]
      properties:
        name: {type: string}
        kind: {$ref: "#/components/schemas/Kind"}
        tags: {$ref: "#/components/schemas/Tags"}
    Owner:
      type: object
      description: Who owns pets.
      properties:
        pets: {type: array, items: {$ref: "#/components/schemas/Pet"}}
    Kind: {type: string, enum: [cat, dog]}
    Tags: {type: array, items: {type: string}}
"""

PER_NODE = ("model_file", "enum_file", "alias_file", "group_file")


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Counter[str]:
    """Per-node renders made (``model_file:Pet``, ``group_file:pets``); the cache is the test's own."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    made: Counter[str] = Counter()
    for name in PER_NODE:
        real = getattr(renderer, name)

        def counting(r: Any, node: Any, *rest: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            made[f"{_name}:{node if isinstance(node, str) else node.name}"] += 1
            return _real(r, node, *rest)

        monkeypatch.setattr(renderer, name, counting)
    for name in ("_group_entries", "_model_entry"):  # api.md's parts
        real = getattr(package, name)

        def part(r: Any, node: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            made[f"{_name}:{node[0].group if isinstance(node, list) else node.name}"] += 1
            return _real(r, node)

        monkeypatch.setattr(package, name, part)
    return made


def _build(spec: Path, out: Path, package: str = "pets_client") -> dict[str, bytes]:
    result = pipeline.build(ClientConfig(spec=spec, output=out, package=package))
    assert result.ok, [d.message for d in result.diagnostics]
    return result.files


def _fresh(spec: Path, out: Path, monkeypatch: pytest.MonkeyPatch, package: str = "pets_client") -> dict[str, bytes]:
    with monkeypatch.context() as m:
        m.setenv("GENERATOR_CACHE_DIR", "off")
        return _build(spec, out, package)


def _write(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "pets.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def test_an_unchanged_spec_renders_no_node_again(tmp_path: Path, renders: Counter[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out = _write(tmp_path, SPEC), tmp_path / "out"
    first = _build(spec, out)
    assert set(renders) == {"model_file:Pet", "model_file:Owner", "enum_file:Kind", "alias_file:Tags",
                            "group_file:pets", "group_file:owners", "_group_entries:pets",
                            "_group_entries:owners", "_model_entry:Pet", "_model_entry:Owner"}
    renders.clear()
    again = _build(spec, out)
    assert not renders
    assert again == first == _fresh(spec, out, monkeypatch)


def test_a_one_line_change_renders_only_what_it_touches(tmp_path: Path, renders: Counter[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _build(_write(tmp_path, SPEC), out)
    renders.clear()
    spec = _write(tmp_path, SPEC.replace("Who owns pets.", "Who owns the pets."))
    files = _build(spec, out)
    assert set(renders) == {"model_file:Owner", "_model_entry:Owner"}
    assert b"Who owns the pets." in files["pets_client/models/owner.py"] and b"Who owns the pets." in files["api.md"]
    assert files == _fresh(spec, out, monkeypatch)
    renders.clear()
    spec = _write(tmp_path, SPEC.replace("Every pet.", "All the pets."))
    files = _build(spec, out)
    assert set(renders) == {"model_file:Owner", "group_file:pets", "_model_entry:Owner", "_group_entries:pets"}
    assert b"All the pets." in files["api.md"]  # Owner back to its first text
    assert files == _fresh(spec, out, monkeypatch)


def test_shared_state_changes_render_everything(tmp_path: Path, renders: Counter[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _build(_write(tmp_path, SPEC), out)
    everything = set(renders)
    # A new declaration changes the name -> module table every module's imports read.
    spec = _write(tmp_path, SPEC + "    Extra: {type: object, properties: {a: {type: integer}}}\n")
    renders.clear()
    assert _build(spec, out) == _fresh(spec, out, monkeypatch)
    assert set(renders) == everything | {"model_file:Extra", "_model_entry:Extra"}
    # Another server: the API-wide part of the IR.
    spec = _write(tmp_path, SPEC.replace("https://pets.example", "https://pets.example/v2"))
    renders.clear()
    assert _build(spec, out) == _fresh(spec, out, monkeypatch)
    assert set(renders) == everything
    # Another package name into the same folder.
    renders.clear()
    assert _build(spec, out, "other_client") == _fresh(spec, out, monkeypatch, "other_client")
    assert set(renders) == everything


def test_an_unreadable_or_foreign_index_is_ignored(tmp_path: Path, renders: Counter[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    spec, out = _write(tmp_path, SPEC), tmp_path / "out"
    _build(spec, out)
    (index,) = (tmp_path / "cache" / "render").glob("*.bin")
    raw = cache.read_blob(index)
    assert isinstance(raw, dict)
    for entry in raw["entries"].values():
        entry[1] = "print('not what the IR says')\n"  # same salt, wrong shape would be caught too
    raw["salt"] = "another generator"
    cache.write_blob_atomically(index, raw)
    renders.clear()
    assert _build(spec, out) == _fresh(spec, out, monkeypatch)
    assert len(renders) == 10
    for damaged in (b"{not json", index.read_bytes()[:-3], index.read_bytes()[:-1] + b"\0"):
        index.write_bytes(damaged)
        renders.clear()
        assert _build(spec, out) == _fresh(spec, out, monkeypatch)
        assert len(renders) == 10


def test_a_reused_file_keeps_its_layouts_for_the_next_run(tmp_path: Path) -> None:
    statement = "value = " + " + ".join(f"name_{i}" for i in range(40))
    layout.keep_layouts(tmp_path, "out")
    try:
        text, keys = layout.traced(lambda: layout.black_layout(statement))
    finally:
        layout.save_layouts()
    assert len(keys) == 1 and text != statement
    layout.keep_layouts(tmp_path, "out")  # the next run reuses the file: black_layout is not called
    try:
        layout.carry_layouts(keys)
    finally:
        layout.save_layouts()
    layout.keep_layouts(tmp_path, "out")
    try:
        assert layout._Kept.known == {keys[0]: text}
    finally:
        layout.save_layouts()


def test_a_node_differing_in_any_field_is_rendered_again(tmp_path: Path) -> None:
    made: list[str] = []

    def make(text: str) -> Callable[[], renderer.OutputFile]:
        def run() -> renderer.OutputFile:
            made.append(text)
            return renderer.OutputFile("x.py", text, True)
        return run

    first = reuse.Reuse(tmp_path, "scope", "salt")
    first.file(("group", (1, "x")), make("a"))
    first.save()
    second = reuse.Reuse(tmp_path, "scope", "salt")
    assert second.file(("group", (1, "x")), make("never")).text == "a"
    assert second.file(("group", (1, "y")), make("b")).text == "b"
    assert reuse.Reuse(tmp_path, "scope", "other salt").file(("group", (1, "x")), make("c")).text == "c"
    assert reuse.Reuse(tmp_path, "other scope", "salt").file(("group", (1, "x")), make("d")).text == "d"
    assert made == ["a", "b", "c", "d"]
