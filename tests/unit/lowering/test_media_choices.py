"""Content negotiation: each further media type a success answer offers becomes a choice (its own
``<op>_as_<suffix>`` form), and only real media types do (no ``*/*`` range, no event stream)."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.config import ClientConfig
from generator.pipeline import build

SPEC = """
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        '200':
          description: a pet
          content:
            application/json: {schema: {type: object, properties: {name: {type: string}}}}
            application/xml: {schema: {type: object}}
            text/x-csv: {schema: {type: string}}
            '*/*': {schema: {type: string}}
            text/event-stream: {schema: {type: string}}
        '201':
          description: also a pet
          content:
            application/json: {schema: {type: object, properties: {name: {type: string}}}}
        '404':
          description: none
          content:
            text/plain: {schema: {type: string}}
  /pets/{id}/as_xml:
    get:
      operationId: getPetAsXml
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        '204': {description: none}
"""


def test_further_success_media_types_become_choices(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    result = build(ClientConfig(spec=spec, output=tmp_path / "out", package="pets"))
    assert result.ok and result.api is not None
    op = next(o for o in result.api.operations if o.py_name == "get_pet")
    # getPetAsXml already has the name get_pet_as_xml: that form is not made (no clash).
    assert [(c.suffix, c.media_type) for c in op.media_choices] == [("csv", "text/x-csv")]
    (choice,) = op.media_choices
    assert [(r.status, r.result, r.media_type) for r in choice.responses] == [
        ("200", "text", "text/x-csv"), ("201", "json", "application/json")]  # 201 offers JSON only
    assert op.accept == "application/json, text/plain"  # the main form asks for what it decodes
    assert all(isinstance(r.type, ir.Primitive) for r in choice.responses[:1])


def test_a_form_dropped_for_a_name_clash_is_a_located_warning(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    result = build(ClientConfig(spec=spec, output=tmp_path / "out", package="pets"))
    assert result.api is not None
    clashes = [d for d in result.diagnostics if d.code == "form-name-clash"]
    assert [(d.severity, d.pointer) for d in clashes] == [("warning", "/paths/~1pets~1{id}/get")]
    assert "get_pet_as_xml" in clashes[0].message
    assert clashes[0].line > 0  # located in the spec file
    op = next(o for o in result.api.operations if o.py_name == "get_pet")
    # the event stream and the one negotiated media type left
    assert op.derived_forms == ("get_pet_stream", "get_pet_stream_async", "get_pet_as_csv", "get_pet_as_csv_async")
    text = "\n".join(data.decode() for name, data in result.files.items() if name.startswith("pets/api/"))
    for form in op.derived_forms:  # each derived name is one the module defines
        assert f"\n{form} = " in text or f"\n{form}: " in text, form
