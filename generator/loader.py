"""Loading: spec file → plain JSON-like document, plus a lazy locator for diagnostics.

JSON is read with ``json`` (PyYAML rejects valid surrogate-pair escapes); YAML with PyYAML's C
loader when present, with the YAML 1.1 timestamp resolver removed so dates stay strings. Line and
column numbers are only needed when something is wrong, so they are computed lazily by composing
the YAML node tree on demand instead of slowing down every load.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, SpecError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_SPEC_BYTES = 64 * 1024 * 1024
# Where files reached through relative ``$ref``s are placed in the root document (an extension
# key, so the Components object stays valid OpenAPI).
BUNDLE_POINTER = "/components/x-generator-files"


class _SpecLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader without the timestamp resolver: ``2026-04-15`` stays a string."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass(slots=True)
class Document:
    path: Path
    text: str
    data: Any
    # Files bundled into ``data`` under BUNDLE_POINTER, by key (see generator/bundle.py).
    parts: dict[str, Document] = field(default_factory=dict)
    _node: yaml.Node | None = field(default=None, repr=False)
    _composed: bool = field(default=False, repr=False)

    @property
    def display(self) -> str:
        return str(self.path)

    def source_sha256(self) -> str:
        """Hash of every file the document was built from (the root and each bundled file)."""
        digest = hashlib.sha256(self.text.encode("utf-8"))
        for key, part in sorted(self.parts.items()):
            digest.update(b"\0" + key.encode("utf-8") + b"\0" + part.text.encode("utf-8"))
        return digest.hexdigest()

    def owner(self, ptr: str) -> tuple[Document, str]:
        """The file that holds the value at ``ptr`` and the pointer inside that file."""
        if ptr.startswith(BUNDLE_POINTER + "/") and self.parts:
            key, _, rest = ptr[len(BUNDLE_POINTER) + 1:].partition("/")
            part = self.parts.get(key.replace("~1", "/").replace("~0", "~"))
            if part is not None:
                return part, ("/" + rest if rest else "")
        return self, ptr

    def locate(self, ptr: str) -> tuple[int, int]:
        """1-based (line, column) of the value at JSON pointer ``ptr``; (0, 0) when unknown."""
        if not self._composed:
            self._composed = True
            try:
                self._node = yaml.compose(self.text, Loader=yaml.SafeLoader)
            except (yaml.YAMLError, RecursionError, ValueError):
                self._node = None
        node = self._node
        if node is None:
            return (0, 0)
        best = node
        for part in _split_pointer(ptr):
            found = _child(node, part)
            if found is None:
                break
            best, node = found  # point at the key ("get:"), not at the value below it
        return (best.start_mark.line + 1, best.start_mark.column + 1)

    def diagnostic(self, severity: str, code: str, message: str, ptr: str = "") -> Diagnostic:
        doc, local = self.owner(ptr)
        line, column = doc.locate(local) if ptr else (0, 0)
        return Diagnostic(severity=severity,  # type: ignore[arg-type]
                          code=code, message=message, file=doc.display, pointer=local,
                          line=line, column=column)


def _split_pointer(ptr: str) -> Iterator[str]:
    if not ptr:
        return
    for part in ptr.lstrip("/").split("/"):
        yield part.replace("~1", "/").replace("~0", "~")


def _child(node: yaml.Node, part: str) -> tuple[yaml.Node, yaml.Node] | None:
    """(node to report, node to descend into) for one pointer step."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return key, value
    elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        item = node.value[int(part)]
        return item, item
    return None


def load(path: Path) -> Document:
    """Read a spec and the files its relative ``$ref``s reach, bundled into one document.

    Raises SpecError with located diagnostics for unreadable files and refused references.
    """
    from generator.bundle import bundle

    return bundle(load_file(path))


def load_file(path: Path) -> Document:
    """Read and parse one spec file; raises SpecError with a located diagnostic on failure."""
    display = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Diagnostic(severity="error", code="io", file=display,
                                    message=f"cannot read spec: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError([Diagnostic(severity="error", code="limit-size", file=display,
                                    message=f"spec is {len(raw)} bytes; the limit is {MAX_SPEC_BYTES}")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError([Diagnostic(severity="error", code="encoding", file=display,
                                    message=f"spec is not UTF-8: {exc.reason} at byte {exc.start}")]) from None
    data = _parse(text, display, is_json=path.suffix.lower() == ".json")
    if not isinstance(data, dict):
        raise SpecError([Diagnostic(severity="error", code="not-a-mapping", file=display, line=1, column=1,
                                    message="the document's top level must be a mapping (an OpenAPI object)")])
    return Document(path=path, text=text, data=data)


def _parse(text: str, display: str, *, is_json: bool) -> Any:
    if is_json:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError([Diagnostic(severity="error", code="json-syntax", file=display,
                                        line=exc.lineno, column=exc.colno,
                                        message=f"invalid JSON: {exc.msg}")]) from None
        except RecursionError:
            raise SpecError([Diagnostic(severity="error", code="limit-depth", file=display,
                                        message="document is nested too deeply")]) from None
    try:
        return yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SpecError([Diagnostic(severity="error", code="yaml-syntax", file=display,
                                    line=(mark.line + 1) if mark else 0,
                                    column=(mark.column + 1) if mark else 0,
                                    message=f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(severity="error", code="yaml-syntax", file=display,
                                    message=f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise SpecError([Diagnostic(severity="error", code="limit-depth", file=display,
                                    message="document is nested too deeply")]) from None
