"""Schema shapes real specs use: an ``allOf`` of primitives is that primitive; nullability survives
any wrapping (allOf, oneOf/anyOf, $ref; 3.0 ``nullable`` and 3.1 type lists), so spec-valid
``null`` answers decode. Checked on the IR and end to end (generated client, FakeTransport, mypy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir
from generator.cli import main
from generator.config import ClientConfig
from generator.pipeline import build

SPEC = """\
openapi: {version}
info: {{title: Shapes, version: "1"}}
paths:
  /holder:
    get:
      operationId: getHolder
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Holder"}}
  /token:
    get:
      operationId: getToken
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf: [{{$ref: "#/components/schemas/Id"}}, {{$ref: "#/components/schemas/Short"}}]
  /maybe:
    get:
      operationId: getMaybe
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf: [{{$ref: "#/components/schemas/NullableOwner"}}]
components:
  schemas:
    Id: {{type: string, pattern: "^ID[0-9]+$"}}
    Short: {{type: string, maxLength: 10}}
    Stamp:
      allOf: [{{type: string}}, {{format: date-time}}]
    Color: {{type: string, enum: [red, blue]}}
    NullableId: {nullable_string}
    NullableOwner: {nullable_owner}
    Owner: {{type: object, properties: {{name: {{type: string}}}}}}
    Holder:
      type: object
      properties:
        token: {{allOf: [{{$ref: "#/components/schemas/Id"}}, {{$ref: "#/components/schemas/Short"}}]}}
        stamp: {{$ref: "#/components/schemas/Stamp"}}
        color: {{allOf: [{{$ref: "#/components/schemas/Color"}}, {{description: The colour.}}, {{maxLength: 4}}]}}
        count: {{allOf: [{{type: integer}}, {{minimum: 1}}]}}
        a: {{allOf: [{{$ref: "#/components/schemas/NullableId"}}]}}
        b: {{allOf: [{{$ref: "#/components/schemas/NullableOwner"}}, {{description: x}}]}}
        c: {{oneOf: [{{$ref: "#/components/schemas/NullableOwner"}}, {{$ref: "#/components/schemas/Id"}}]}}
        d: {{allOf: [{{$ref: "#/components/schemas/Owner"}}], nullable: true}}
        e: {{allOf: [{{$ref: "#/components/schemas/NullableOwner"}}, {{properties: {{extra: {{type: integer}}}}}}]}}
        f: {{allOf: [{{$ref: "#/components/schemas/NullableId"}}, {{maxLength: 4}}]}}
        g: {{anyOf: [{{allOf: [{{$ref: "#/components/schemas/NullableId"}}]}}, {{type: integer}}]}}
        h: {{allOf: [{{allOf: [{{$ref: "#/components/schemas/NullableOwner"}}]}}]}}
        i: {{allOf: [{{$ref: "#/components/schemas/Id"}}, {{nullable: true}}]}}
        j: {{allOf: [{{$ref: "#/components/schemas/Id"}}, {{$ref: "#/components/schemas/Owner"}}]}}
"""
VERSIONS = {
    "3.0": {"version": "3.0.3", "nullable_string": "{type: string, nullable: true}",
            "nullable_owner": "{type: object, nullable: true, properties: {name: {type: string}}}"},
    "3.1": {"version": "3.1.0", "nullable_string": "{type: [string, 'null']}",
            "nullable_owner": "{type: [object, 'null'], properties: {name: {type: string}}}"},
}
NULLABLE = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]


def _spec(tmp_path: Path, version: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.format(**VERSIONS[version]), encoding="utf-8")
    return spec


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_allof_of_primitives_is_the_primitive_and_null_survives_wrapping(tmp_path: Path, version: str) -> None:
    result = build(ClientConfig(spec=_spec(tmp_path, version), output=tmp_path / "out", package="shapes"))
    assert result.ok, [d.render() for d in result.diagnostics]
    assert result.api is not None
    models = {m.name: m for m in result.api.models}
    fields = {f.wire_name: f.type for f in models["Holder"].fields}
    assert fields["token"] == ir.Primitive(kind="str")
    assert fields["stamp"] in (ir.Primitive(kind="datetime"), ir.AliasRef(name="Stamp"))
    assert fields["color"] == ir.EnumRef(name="Color")
    assert fields["count"] == ir.Primitive(kind="int")
    for name in NULLABLE:
        assert isinstance(fields[name], ir.Nullable), (name, fields[name])
    assert not isinstance(fields["token"], ir.Nullable)
    # Not an empty object model: no model was made for the primitive allOf's.
    assert {"Stamp", "HolderToken", "HolderCount", "HolderF", "GetTokenResponse"}.isdisjoint(models)
    # allOf of a string and an object cannot be a primitive: it stays a model.
    assert isinstance(fields["j"], ir.ModelRef)


USAGE = """\
import datetime

from shapes import Client, Unset
from shapes.api.holder import get_holder
from shapes.api.maybe import get_maybe
from shapes.api.token import get_token
from shapes.testing import FakeTransport

fake = FakeTransport()
client = Client(base_url="https://api.example.com", transport=fake)
fake.set_response("get_token", json="ID42")
token: str = get_token(client)
fake.set_response("get_maybe", json=None)
assert get_maybe(client) is None
fake.set_response("get_holder", json={"token": "ID1", "stamp": "2026-01-01T00:00:00Z", "count": 2,
                                      **{name: None for name in "abcdefghi"}})
holder = get_holder(client)
stamp: datetime.datetime | Unset = holder.stamp
maybe_id: str | None | Unset = holder.a
assert holder.a is None and holder.e is None and holder.i is None
assert isinstance(holder.stamp, datetime.datetime)
print(token, holder.token, holder.count)
"""


@pytest.mark.slow
@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_null_and_primitive_answers_decode_in_the_generated_client(tmp_path: Path, version: str) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(_spec(tmp_path, version)), "--output", str(out), "--package", "shapes"]) == 0
    (out / "usage.py").write_text(USAGE, encoding="utf-8")
    run = subprocess.run([sys.executable, "usage.py"], cwd=out, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["ID42", "ID1", "2"]
    typed = subprocess.run([str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental",
                            "--cache-dir", "/dev/null", "shapes", "usage.py"], cwd=out, capture_output=True,
                           text=True, check=False)
    assert typed.returncode == 0, typed.stdout


ANNOTATED_UNION = """\
openapi: 3.0.3
info: {title: Filters, version: "1"}
paths:
  /filters:
    get:
      operationId: getFilters
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                additionalProperties:
                  allOf:
                    - {$ref: "#/components/schemas/Value"}
                    - {example: online}
                    - {x-box-example-key: category}
components:
  schemas:
    Value:
      oneOf: [{type: string}, {type: number}]
"""


def test_allof_parts_that_only_annotate_leave_the_one_that_types(tmp_path: Path) -> None:
    # Box's MetadataFilter.filters: the value is the oneOf, not an empty object model.
    spec = tmp_path / "filters.yaml"
    spec.write_text(ANNOTATED_UNION)
    result = build(ClientConfig(spec=spec, output=tmp_path / "out", package="filters"))
    assert result.ok and result.api is not None
    answer = result.api.operations[0].responses[0].type
    assert isinstance(answer, ir.MapOf) and not any(m.name.endswith("Value") for m in result.api.models)
    assert not isinstance(answer.value, ir.ModelRef), answer.value
