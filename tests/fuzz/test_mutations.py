"""Mutation fuzzer: corrupt small real specs from the corpus; the generator must answer with diagnostics.

Structural mutations (delete a key, replace a value with a hostile one of another JSON type, copy a
subtree elsewhere, point a ``$ref`` somewhere random, wrap a value in a list) and byte mutations
(truncate, flip, insert, duplicate a slice) are applied to a parsed corpus spec or its text. The
outcome must be a generated client that compiles, or error diagnostics that name the file; any
exception escaping the pipeline is a crash (what the CLI reports as exit 3) and fails the test.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import pipeline_probe
from tests.fuzz.conftest import FULL
from tests.fuzz.strategies import TEXT

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # shared/ sits beside the repository
SMALL = ["oai-v30-petstore.yaml", "oai-v30-petstore-expanded.yaml", "oai-v30-link-example.yaml",
         "oag-allOf_composition_discriminator.yaml", "oag-composed-oneof.yaml", "opc-openapi_3.1_enums.yaml",
         "oag-4758-circularReferencedSchemaNames.yaml", "opc-3.1_specific.openapi.yaml", "oai-v30-uspto.yaml"]
AVAILABLE = [n for n in SMALL if (CORPUS / n).exists()]
pytestmark = [pytest.mark.slow,  # fuzzing over the corpus: out of `make quick`
              pytest.mark.skipif(not AVAILABLE, reason="the shared corpus is not on this machine")]

HOSTILE_VALUE = st.one_of(st.none(), st.booleans(), st.integers(-2**80, 2**80), st.floats(allow_nan=True), TEXT,
                          st.just([]), st.just({}), st.just({"$ref": "#/nope"}), st.just({"$ref": "#"}),
                          st.just("#/components/schemas"), st.just([{"$ref": "#/paths"}]))


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for k, v in data.items():
            found += _nodes(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            found += _nodes(v, (*path, i))
    return found


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _mutate(data: Any, draw: st.DrawFn) -> Any:
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _nodes(data) if p]
        if not paths:
            break
        target = draw(st.sampled_from(paths))
        parent, key = _get(data, target[:-1]), target[-1]
        action = draw(st.sampled_from(["delete", "replace", "copy", "ref", "wrap"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(HOSTILE_VALUE)
        elif action == "copy":
            parent[key] = json.loads(json.dumps(_get(data, draw(st.sampled_from(paths)))))
        elif action == "ref":
            pointer = "#" + "".join("/" + str(p).replace("~", "~0").replace("/", "~1")
                                    for p in draw(st.sampled_from(paths)))
            parent[key] = {"$ref": pointer}
        else:
            parent[key] = [parent[key]]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(AVAILABLE))
    text = (CORPUS / name).read_bytes()
    if draw(st.booleans()):
        data = yaml.safe_load(text)
        data = _mutate(data, draw)
        return "spec.json", json.dumps(data, allow_nan=True).encode("utf-8")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "dup"]))
        if kind == "truncate":
            text = text[:at]
        elif kind == "flip" and at < len(text):
            text = text[:at] + bytes([text[at] ^ draw(st.integers(1, 255))]) + text[at + 1:]
        elif kind == "insert":
            text = text[:at] + draw(st.sampled_from([b"\x00", b"\xff", b"&a [*a]", b"{", b"\t", b"!!python/name:os.system",
                                                     b"\n  - ", b": ", b"'", b'"', b"*x"])) + text[at:]
        else:
            text = text[:at] + text[at:at + 64] + text[at:]
    return Path(name).with_suffix(".yaml").name, text


@given(mutated())
def test_mutated_corpus_spec_gets_diagnostics_not_a_crash(case: tuple[str, bytes]) -> None:
    name, content = case
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / name
        spec.write_bytes(content)
        outcome = pipeline_probe.run(spec, full=FULL)  # an escaping exception fails the test: a crash
        if outcome.ok:
            pipeline_probe.compile_sources(outcome.sources)
            assert pipeline_probe.injected_calls(outcome.sources) == []
        else:
            errors = [d for d in outcome.diagnostics if d.severity == "error"]
            assert errors and all(d.file for d in errors), [d.render() for d in errors]
            assert all(d.code != "format-failed" for d in errors), "generated code black cannot parse"
