"""Run the generator's stages on one spec file and classify the outcome for the fuzzers.

``fast`` mode runs load → validate → lower → render and compiles every rendered module (black is
skipped: it dominates the cost and the attack suite runs it); ``full`` mode runs ``pipeline.build``
(black included). Either way an exception that escapes is a crash, i.e. a generator bug.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, SpecError, has_errors
from generator.lowering.lower import lower
from generator.pipeline import build
from generator.render.renderer import render
from generator.spec.bundle import load
from generator.spec.validate import validate


@dataclass
class Outcome:
    diagnostics: list[Diagnostic]
    sources: dict[str, str] = field(default_factory=dict)  # path → Python source (when generated)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def run(spec: Path, *, full: bool) -> Outcome:
    config = ClientConfig(spec=spec, output=spec.parent / "out", package="fuzzed")
    if full:
        result = build(config)
        sources = {p: b.decode("utf-8") for p, b in result.files.items() if p.endswith(".py")}
        return Outcome(result.diagnostics, sources if result.ok else {})
    try:
        doc = load(spec)
    except SpecError as exc:
        return Outcome(list(exc.diagnostics))
    problems = validate(doc)
    if has_errors(problems):
        return Outcome(problems)
    api, more = lower(doc, config)
    problems += more
    if has_errors(problems):
        return Outcome(problems)
    sources = {f.path: f.text for f in render(api, config) if f.python}
    return Outcome(problems, sources)


def compile_sources(sources: dict[str, str]) -> set[str]:
    """Compile every module (warnings are errors); returns every string constant found."""
    constants: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for path, text in sources.items():
            compile(text, path, "exec", dont_inherit=True)
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    constants.add(node.value)
    return constants


def injected_calls(sources: dict[str, str]) -> list[str]:
    found = []
    for path, text in sources.items():
        if "/_runtime/" in path:
            continue  # copied verbatim, not built from the spec
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                    "__import__", "exec", "eval", "compile", "open"):
                found.append(f"{path}:{node.lineno}")
    return found
