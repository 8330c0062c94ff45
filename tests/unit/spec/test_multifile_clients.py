"""Multi-file specs as real bundlers accept them generate clients that import, type-check and call.

Two specs are built here (the shared corpus has no multi-file spec): one whose Components maps,
path items, operations, responses and examples are ``$ref``s to other files (with the
percent-encoded pointers bundlers write), and one that references more than 2,000 files.
Each is generated, then a usage script imports the client, calls every operation through the
generated FakeTransport, and passes ``mypy --strict`` together with the package.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

BIN = Path(sys.executable).parent

COMPONENT_REFS = {
    "api.yaml": """\
openapi: 3.0.3
info: {title: Component refs, version: "1"}
paths:
  /pets:
    $ref: "paths/pets.yaml"
  /pets/{petId}:
    get:
      $ref: "paths/operations.yaml#/getPet"
  /owners/{ownerId}:
    $ref: "paths/all.yaml#/~1owners~1%7BownerId%7D"
components:
  parameters:
    $ref: "components/parameters.yaml"
  responses:
    NotFound: {$ref: "components/responses.yaml#/NotFound"}
  schemas:
    $ref: "components/schemas.yaml"
""",
    "paths/pets.yaml": """\
get:
  operationId: listPets
  parameters:
    - $ref: "../api.yaml#/components/parameters/Limit"
  responses:
    "200":
      description: The pets.
      content:
        application/json:
          schema: {type: array, items: {$ref: "../components/schemas.yaml#/Pet"}}
          examples:
            two: {$ref: "../examples/pets.yaml"}
    "404": {$ref: "../components/responses.yaml#/NotFound"}
post:
  $ref: "operations.yaml#/createPet"
""",
    "paths/operations.yaml": """\
getPet:
  operationId: getPet
  parameters:
    - $ref: "../components/parameters.yaml#/PetId"
  responses:
    $ref: "responses.yaml#/PetResponses"
createPet:
  operationId: createPet
  requestBody:
    required: true
    content:
      application/json:
        schema: {$ref: "../api.yaml#/components/schemas/Pet"}
  responses:
    "201":
      description: Created.
      content:
        application/json:
          schema: {$ref: "../components/schemas.yaml#/Pet"}
""",
    "paths/responses.yaml": """\
PetResponses:
  "200":
    description: The pet.
    content:
      application/json:
        schema: {$ref: "../components/schemas.yaml#/Pet"}
  "404": {$ref: "../api.yaml#/components/responses/NotFound"}
""",
    "paths/all.yaml": """\
/owners/{ownerId}:
  get:
    operationId: getOwner
    parameters:
      - {name: ownerId, in: path, required: true, schema: {type: string}}
    responses:
      "200":
        description: The owner.
        content:
          application/json:
            schema: {$ref: "../components/schemas.yaml#/Owner"}
""",
    "components/parameters.yaml": """\
Limit:
  name: limit
  in: query
  description: How many pets to return.
  schema: {type: integer, minimum: 1}
PetId:
  name: petId
  in: path
  required: true
  schema: {type: string, pattern: "^PT[0-9a-f]{8}$"}
""",
    "components/responses.yaml": """\
NotFound:
  description: Nothing there.
  content:
    application/json:
      schema: {$ref: "schemas.yaml#/Error"}
""",
    "components/schemas.yaml": """\
Pet:
  type: object
  required: [name]
  properties:
    name: {type: string}
    owner: {$ref: "#/Owner"}
Owner:
  type: object
  properties:
    id: {type: string}
Error:
  type: object
  properties:
    message: {type: string}
""",
    "examples/pets.yaml": """\
summary: Two pets.
value: [{name: Rex}, {name: Tom}]
""",
}

COMPONENT_USAGE = """\
from multi import Client
from multi.api.owners import get_owner
from multi.api.pets import create_pet, get_pet, list_pets
from multi.models import Owner, Pet
from multi.testing import FakeTransport

fake = FakeTransport()
client = Client(base_url="https://api.example.com", transport=fake)
pets: list[Pet] = list_pets(client, limit=2)
pet: Pet = get_pet(client, pet_id="PT0123abcd")
created: Pet = create_pet(client, body=Pet(name="Rex"))
owner: Owner = get_owner(client, owner_id="o1")
assert [c.request.url.path for c in fake.calls] == ["/pets", "/pets/PT0123abcd", "/pets", "/owners/o1"]
assert fake.calls[0].request.url.params["limit"] == "2"
print(len(pets), pet.name, created.name, owner.id)
"""


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root / "api.yaml"


def _generate_and_use(spec: Path, out: Path, usage: str, *extra: str) -> str:
    code = main(["generate", str(spec), "--output", str(out), "--package", "multi", "--strict", *extra])
    assert code == 0
    (out / "usage.py").write_text(usage, encoding="utf-8")
    run = subprocess.run([sys.executable, "usage.py"], cwd=out, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    typed = subprocess.run([str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", "/dev/null",
                            "multi", "usage.py"], cwd=out, capture_output=True, text=True, check=False)
    assert typed.returncode == 0, typed.stdout + typed.stderr
    return run.stdout


@pytest.mark.slow
def test_component_level_refs_generate_a_typed_client(tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec", COMPONENT_REFS)
    printed = _generate_and_use(spec, tmp_path / "out", COMPONENT_USAGE)
    assert printed.split()[0] == "2"  # the example from examples/pets.yaml is what the fake answered


def _many_files(root: Path, resources: int, examples: int, parameters: int) -> tuple[Path, int]:
    """A spec split the way large real ones are: a path item, an operation file, a schema and a
    response per resource, a shared pool of parameter files and one file per response example."""
    files: dict[str, str] = {}
    paths = []
    for r in range(resources):
        name = f"item{r:03d}"
        paths.append(f"  /{name}s/{{id}}:\n    $ref: \"paths/{name}.yaml\"")
        files[f"paths/{name}.yaml"] = (
            f"parameters:\n  - $ref: \"../parameters/id.yaml\"\nget:\n  $ref: \"../operations/{name}.yaml#/get\"\n")
        params = "".join(f"    - $ref: \"../parameters/p{(r * 7 + k) % parameters:04d}.yaml\"\n" for k in range(3))
        refs = "".join(f"      ex{e}: {{$ref: \"../examples/{name}/ex{e:03d}.json\"}}\n"
                       for e in range(examples))
        files[f"operations/{name}.yaml"] = (
            f"get:\n  operationId: get_{name}\n  parameters:\n{params}  responses:\n"
            f"    \"200\": {{$ref: \"../responses/{name}.yaml\"}}\n")
        files[f"responses/{name}.yaml"] = (
            f"description: One {name}.\ncontent:\n  application/json:\n"
            f"    schema: {{$ref: \"../schemas/{name}.yaml\"}}\n    examples:\n" + refs)
        files[f"schemas/{name}.yaml"] = (
            f"type: object\ntitle: {name.title()}\nrequired: [id]\nproperties:\n  id: {{type: string}}\n"
            f"  count: {{type: integer}}\n  labels: {{type: array, items: {{type: string}}}}\n")
        for e in range(examples):
            files[f"examples/{name}/ex{e:03d}.json"] = json.dumps(
                {"summary": f"example {e}", "value": {"id": f"{name}-{e}", "count": e, "labels": ["a"]}})
    for p in range(parameters):
        files[f"parameters/p{p:04d}.yaml"] = f"name: filter{p}\nin: query\nschema: {{type: string}}\n"
    files["parameters/id.yaml"] = "name: id\nin: path\nrequired: true\nschema: {type: string}\n"
    files["api.yaml"] = ("openapi: 3.0.3\ninfo: {title: Many files, version: \"1\"}\npaths:\n"
                         + "\n".join(paths) + "\n")
    return _write(root, files), len(files) - 1


@pytest.mark.slow
def test_spec_with_more_than_two_thousand_files_generates(tmp_path: Path) -> None:
    spec, referenced = _many_files(tmp_path / "spec", resources=40, examples=45, parameters=200)
    assert referenced > 2_000
    usage = (
        "from multi import Client\nfrom multi.api.item_000_s import get_item_000\nfrom multi.api.item_039_s import get_item_039\n"
        "from multi.models import Item000\nfrom multi.testing import FakeTransport\n\n"
        "client = Client(base_url='https://api.example.com', transport=FakeTransport())\n"
        "first: Item000 = get_item_000(client, id='x', filter_0='a')\n"
        "last = get_item_039(client, id='y')\nprint(first.id, last.id)\n")
    printed = _generate_and_use(spec, tmp_path / "out", usage)
    assert printed.split() == ["item000-0", "item039-0"]


def test_file_count_is_a_limit_the_command_line_raises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, referenced = _many_files(tmp_path / "spec", resources=3, examples=4, parameters=5)
    out = tmp_path / "out"
    code = main(["generate", str(spec), "--output", str(out), "--package", "multi",
                 "--limit", f"max_files={referenced - 1}"])
    assert code != 0 and not out.exists()
    assert f"more than max_files={referenced - 1}" in capsys.readouterr().err
    assert main(["generate", str(spec), "--output", str(out), "--package", "multi",
                 "--limit", f"max_files={referenced}"]) == 0
