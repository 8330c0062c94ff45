"""Multi-file specs: relative $refs under the spec's folder are bundled into one document;
anything remote, schemed or escaping is refused before anything reads or fetches it."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pytest

from generator.config import ClientConfig
from generator.diagnostics import SpecError
from generator.pipeline import build
from generator.spec import validate
from generator.spec.bundle import load

API = """\
openapi: 3.0.3
info: {title: Multi, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "schemas/pet.yaml"}
components:
  schemas:
    Owner: {$ref: "schemas/common.yaml#/Owner"}
"""
PET = """\
type: object
description: A pet.
properties:
  name: {type: string}
  owner: {$ref: "common.yaml#/Owner"}
  tag: {$ref: "#/definitions/Tag"}
definitions:
  Tag: {type: string, enum: [a, b]}
"""
COMMON = """\
Owner:
  type: object
  properties:
    id: {type: integer}
    pets: {type: array, items: {$ref: "pet.yaml"}}
"""


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root / "api.yaml"


def _config(spec: Path, tmp_path: Path) -> ClientConfig:
    return ClientConfig(spec=spec, output=tmp_path / "out", package="multi")


def test_multi_file_spec_generates_one_model_per_schema(tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec", {"api.yaml": API, "schemas/pet.yaml": PET, "schemas/common.yaml": COMMON})
    result = build(_config(spec, tmp_path))
    assert result.ok, [d.render() for d in result.diagnostics]
    models = sorted(p for p in result.files if p.startswith("multi/models/") and not p.endswith("__init__.py"))
    assert models == ["multi/models/owner.py", "multi/models/pet.py", "multi/models/tag.py"]
    assert "class Pet:" in result.files["multi/models/pet.py"].decode()


def test_bundled_document_is_self_contained(tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec", {"api.yaml": API, "schemas/pet.yaml": PET, "schemas/common.yaml": COMMON})
    doc = load(spec)
    refs = [ref for _ptr, ref in validate.walk_refs(doc.data)]
    assert refs and all(ref.startswith("#/") for ref in refs)
    assert validate.validate(doc) == []
    assert sorted(doc.parts) == ["common", "pet"]


def test_diagnostic_in_a_referenced_file_names_that_file(tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec", {"api.yaml": API, "schemas/pet.yaml": PET, "schemas/common.yaml": COMMON})
    doc = load(spec)
    # Every stage reports through Document.diagnostic with pointers into the bundled document.
    found = doc.diagnostic("warning", "demo", "message", "/components/x-generator-files/pet/properties/name")
    assert found.file == str(tmp_path / "spec" / "schemas" / "pet.yaml")
    assert (found.line, found.column, found.pointer) == (4, 3, "/properties/name")
    root = doc.diagnostic("warning", "demo", "message", "/components/schemas")
    assert root.file == str(spec) and root.line == 16


def test_symlink_pointing_outside_is_refused_and_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("Secret: {type: string}\n", encoding="utf-8")
    spec = _write(tmp_path / "spec", {"api.yaml": API.replace("schemas/pet.yaml", "link.yaml")
                                      .replace("schemas/common.yaml#/Owner", "link.yaml#/Secret")})
    (tmp_path / "spec" / "link.yaml").symlink_to(outside)
    with pytest.raises(SpecError) as info:
        load(spec)
    assert {d.code for d in info.value.diagnostics} == {"ref-escapes"}
    assert all(d.file == str(spec) and d.line > 0 for d in info.value.diagnostics)


def test_remote_refs_are_refused_before_the_validator_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("something tried to fetch a remote $ref")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    monkeypatch.setattr(validate, "check_schema", no_network)
    spec = _write(tmp_path, {"api.yaml": API.replace("schemas/pet.yaml", "https://example.com/pet.yaml")
                             .replace("schemas/common.yaml#/Owner", "file:///etc/hosts")})
    result = build(_config(spec, tmp_path))
    assert sorted(d.code for d in result.diagnostics) == ["ref-remote", "ref-scheme"]


def test_ref_to_the_root_file_by_name_is_local(tmp_path: Path) -> None:
    spec = _write(tmp_path, {"api.yaml": API.replace("schemas/pet.yaml", "api.yaml#/components/schemas/Owner")
                             .replace("{$ref: \"schemas/common.yaml#/Owner\"}", "{type: object}")})
    doc = load(spec)
    assert not doc.parts
    assert validate.validate(doc) == []


def test_bundled_spec_hash_covers_every_file(tmp_path: Path) -> None:
    root = tmp_path / "spec"
    spec = _write(root, {"api.yaml": API, "schemas/pet.yaml": PET, "schemas/common.yaml": COMMON})
    first = build(_config(spec, tmp_path)).files[".generator-manifest.json"]
    (root / "schemas/common.yaml").write_text(COMMON + "# comment\n", encoding="utf-8")
    second = build(_config(spec, tmp_path)).files[".generator-manifest.json"]
    assert first != second
    shutil.rmtree(root)


def test_percent_encoded_pointers_resolve_and_are_stored_decoded(tmp_path: Path) -> None:
    paths = "/things/{id}:\n  get:\n    operationId: getThing\n    responses: {\"200\": {description: ok}}\n"
    spec = _write(tmp_path, {
        "api.yaml": API.replace('schemas/pet.yaml"', 'api.yaml#/components/schemas/Odd%25Name"')
        .replace('{$ref: "schemas/common.yaml#/Owner"}', '{type: object}\n    Odd%Name: {type: string}')
        + "x-local: {$ref: \"#/paths/~1pets~1%7Bid%7D\"}\n"
        + "x-things: {$ref: \"paths.yaml#/~1things~1%7Bid%7D\"}\n",
        "paths.yaml": paths})
    doc = load(spec)
    assert doc.data["x-local"]["$ref"] == "#/paths/~1pets~1{id}"
    assert doc.data["x-things"]["$ref"] == "#/components/x-generator-files/paths/~1things~1{id}"
    # '%' itself is written '%25'.
    schema = doc.data["paths"]["/pets/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert validate.resolve_pointer(doc.data, schema["$ref"]) == {"type": "string"}
    assert validate.check_refs(doc) == []


def test_total_size_of_all_files_is_bounded(tmp_path: Path) -> None:
    from generator import limits

    spec = _write(tmp_path / "spec", {"api.yaml": API, "schemas/pet.yaml": PET, "schemas/common.yaml": COMMON})
    total = sum(len(text.encode()) for text in (API, PET, COMMON))
    assert load(spec, limits.Limits(max_bytes=total)).parts
    with pytest.raises(SpecError) as info:
        load(spec, limits.Limits(max_bytes=total - 1))
    assert [d.code for d in info.value.diagnostics] == ["limit-size"]
    assert "total more than max_bytes" in info.value.diagnostics[0].message


def test_moved_values_report_the_file_they_came_from(tmp_path: Path) -> None:
    spec = _write(tmp_path, {
        "api.yaml": "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n"
                    "      $ref: 'ops.yaml#/getA'\n",
        "ops.yaml": "getA:\n  operationId: getA\n  responses:\n    '200':\n      description: ok\n"})
    doc = load(spec)
    assert doc.data["paths"]["/a"]["get"]["operationId"] == "getA"
    found = doc.diagnostic("warning", "demo", "m", "/paths/~1a/get/responses/200")
    assert (Path(found.file).name, found.pointer, found.line) == ("ops.yaml", "/getA/responses/200", 4)


def test_pointer_decoding_falls_back_to_the_literal_key() -> None:
    from generator.spec import pointer

    data = {"a%20b": 1, "c d": 2, "x": {"~/": 3}}
    assert pointer.resolve(data, "#/a%20b") == 1 and pointer.canonical(data, "#/a%20b") == "#/a%20b"
    assert pointer.resolve(data, "#/c%20d") == 2 and pointer.canonical(data, "#/c%20d") == "#/c d"
    assert pointer.resolve(data, "#/x/~0~1") == 3 and pointer.resolve(data, "#/x/%7E0%7E1") == 3
    with pytest.raises(KeyError):
        pointer.resolve(data, "#/x/missing")
