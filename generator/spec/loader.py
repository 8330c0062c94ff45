"""Loading: spec file → plain JSON-like document, plus a lazy locator for diagnostics.

JSON is read with ``json`` (PyYAML rejects valid surrogate-pair escapes); YAML with PyYAML's C
loader when present, with the YAML 1.1 timestamp resolver removed so dates stay strings. Line and
column numbers are only needed when something is wrong, so they are computed lazily by composing
the YAML node tree on demand instead of slowing down every load.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import limits as _limits
from generator.diagnostics import Diagnostic, SpecError
from generator.spec import pointer

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_SPEC_BYTES = _limits.DEFAULT.max_bytes
# Where files reached through relative ``$ref``s are placed in the root document (an extension
# key, so the Components object stays valid OpenAPI).
BUNDLE_POINTER = "/components/x-generator-files"


class _SpecLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader with YAML 1.2 core scalars (what OpenAPI recommends) instead of YAML 1.1's.

    ``2026-04-15`` stays a string (no timestamps), ``yes``/``no``/``on``/``off`` stay strings (only
    ``true``/``false`` are booleans), ``012``, ``1_000`` and ``1:30`` stay strings (no octal,
    underscores or sexagesimal numbers), and a bare ``=`` is a string. Enum values and defaults
    therefore keep the text the author wrote.

    A key given twice in one mapping is recorded (``duplicates``): PyYAML keeps the last silently,
    so a second ``security: []`` would drop authentication while a reviewer reads the first.
    """

    duplicates: list[tuple[str, yaml.Mark]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        _record_duplicates(node, self.__dict__.setdefault("duplicates", []))
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _record_duplicates(node: yaml.MappingNode, out: list[tuple[str, yaml.Mark]]) -> None:
    """Keys that appear twice in ``node`` (merge keys ``<<`` excepted: overriding is their job)."""
    seen: set[tuple[str, str]] = set()
    for key, _value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
            marker = (key.tag if key.tag != "tag:yaml.org,2002:str" else "", key.value)
            if marker in seen:
                out.append((key.value, key.start_mark))
            seen.add(marker)


_YAML11_ONLY = {"tag:yaml.org,2002:" + t for t in ("timestamp", "bool", "int", "float", "value")}
_YAML12_CORE = (
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    ("tag:yaml.org,2002:float", re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
     "-+.0123456789"),
)
_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _YAML11_ONLY]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
for _tag, _rx, _firsts in _YAML12_CORE:
    for _first in _firsts:
        _SpecLoader.yaml_implicit_resolvers.setdefault(_first, []).append((_tag, _rx))
# Only JSON's types: an explicit !!set, !!binary, !!timestamp, !!omap or !!pairs tag is an error
# (with a line number) instead of a Python object that no later stage expects.
_SpecLoader.yaml_constructors = {
    tag: ctor for tag, ctor in _BaseLoader.yaml_constructors.items()
    if tag is None or tag.rsplit(":", 1)[-1] in ("null", "bool", "int", "float", "str", "seq", "map")
}




def _loader_for(limits: _limits.Limits) -> type[yaml.SafeLoader]:
    """The spec loader with integers bounded (``limits.bounded_int``): a long literal is not converted."""
    cls = _LOADERS.get(limits.max_integer_digits)
    if cls is None:
        def construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
            text = str(loader.construct_scalar(node))
            return _limits.bounded_int(text, limits) if not text.startswith("0x") else int(text, 16)

        cls = type("_BoundedSpecLoader", (_SpecLoader,), {})
        cls.add_constructor("tag:yaml.org,2002:int", construct_int)
        _LOADERS[limits.max_integer_digits] = cls
    return cls


_LOADERS: dict[int, type[yaml.SafeLoader]] = {}


@dataclass(slots=True)
class Document:
    path: Path
    text: str
    data: Any
    # Files bundled into ``data`` under BUNDLE_POINTER, by key (see generator/spec/bundle.py).
    parts: dict[str, Document] = field(default_factory=dict)
    # Where content was moved to in ``data`` → where it came from (see generator/spec/structure.py):
    # a pointer prefix in the bundled document → the pointer of the value it is a copy of.
    origins: dict[str, str] = field(default_factory=dict)
    # Referenced values that no validated position holds, by Components section (``schemas``, ...):
    # the validator sees them under a reserved name there (see validate.validation_view).
    unplaced: dict[str, dict[str, str]] = field(default_factory=dict)
    nodes: int = 0  # expanded size measured by the limits check
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

    def origin(self, ptr: str) -> str:
        """Where the value at ``ptr`` came from, following ``origins`` (the longest prefix first)."""
        if not self.origins:
            return ptr
        for _ in range(64):  # a moved value inside a moved value: each step is one move
            cut = len(ptr)
            while cut > 0:
                source = self.origins.get(ptr[:cut])
                if source is not None:
                    ptr = source + ptr[cut:]
                    break
                cut = ptr.rfind("/", 0, cut)
            else:
                return ptr
        return ptr

    def owner(self, ptr: str) -> tuple[Document, str]:
        """The file that holds the value at ``ptr`` and the pointer inside that file."""
        ptr = self.origin(ptr)
        if ptr.startswith(BUNDLE_POINTER + "/") and self.parts:
            key, _, rest = ptr[len(BUNDLE_POINTER) + 1:].partition("/")
            part = self.parts.get(pointer.unescape(key))
            if part is not None:
                return part, ("/" + rest if rest else "")
        return self, ptr

    def name_hint(self, ptr: str) -> str:
        """What to name the value at ``ptr`` after: its last key, or a referenced file's name."""
        doc, local = self.owner(ptr)
        if not local and doc is not self:
            return doc.path.stem  # ``schemas/pet.yaml`` is ``pet``, whatever key bundling gave it
        return pointer.unescape(ptr.rsplit("/", 1)[-1])

    def locate(self, ptr: str) -> tuple[int, int]:
        """1-based (line, column) of the value at JSON pointer ``ptr``; (0, 0) when unknown."""
        if not self._composed:
            self._composed = True
            try:
                # The C composer where there is one (the pure-Python one took 2.5 s on Asana's
                # 3 MB, on every run that reports anything); the same nodes and marks.
                self._node = yaml.compose(self.text, Loader=_BaseLoader)
            except (yaml.YAMLError, RecursionError, ValueError):
                self._node = None
        node = self._node
        if node is None:
            return (0, 0)
        best = node
        for part in pointer.split(ptr):
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


def load_file(path: Path, limits: _limits.Limits = _limits.DEFAULT) -> Document:
    """Read and parse one spec file; raises SpecError with a located diagnostic on failure."""
    display = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Diagnostic(severity="error", code="io", file=display,
                                    message=f"cannot read spec: {exc.strerror or exc}")]) from None
    if len(raw) > limits.max_bytes:
        raise SpecError([Diagnostic(severity="error", code="limit-size", file=display, line=1, column=1,
                                    message=f"spec is {len(raw)} bytes; max_bytes={limits.max_bytes} "
                                            "(raise it with --limit if the spec is genuine)")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SpecError([Diagnostic(severity="error", code="encoding", file=display, line=line, column=column,
                                    message=f"spec is not UTF-8: {exc.reason} at byte {exc.start}")]) from None
    is_json = path.suffix.lower() == ".json"
    data = _parse(text, display, is_json=is_json, limits=limits)
    if not isinstance(data, dict):
        raise SpecError([Diagnostic(severity="error", code="not-a-mapping", file=display, line=1, column=1,
                                    message="the document's top level must be a mapping (an OpenAPI object)")])
    doc = Document(path=path, text=text, data=data)
    # Parsed JSON is a tree; YAML may share a node between places (anchors and aliases).
    problems, doc.nodes = _limits.check_measured(text, data, limits, display, doc.locate, shared=not is_json)
    if problems:
        raise SpecError(problems)
    return doc


def _duplicate_errors(found: list[tuple[str, yaml.Mark | None]], display: str) -> SpecError:
    return SpecError([
        Diagnostic(severity="error", code="duplicate-key", file=display,
                   line=(mark.line + 1) if mark else 0, column=(mark.column + 1) if mark else 0,
                   message=f"key {key[:100]!r} is given twice in this mapping; parsers keep only the last "
                           "one, silently, so remove or merge one of them")
        for key, mark in found[:50]
    ])


def _json_duplicates(text: str) -> list[tuple[str, yaml.Mark | None]]:
    """Where the duplicate keys of a JSON text are: JSON is YAML, so its composed nodes have marks."""
    found: list[tuple[str, yaml.Mark]] = []
    try:
        root = yaml.compose(text, Loader=_BaseLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return []
    stack: list[yaml.Node] = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            _record_duplicates(node, found)
            stack.extend(value for _key, value in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return [(key, mark) for key, mark in sorted(found, key=lambda item: (item[1].line, item[1].column))]


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's object hook: the object, refused (after the whole text is read) when a key repeats."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _DuplicateKey(next(k for i, (k, _v) in enumerate(pairs) if k in dict(pairs[:i])))
    return obj


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _parse(text: str, display: str, *, is_json: bool, limits: _limits.Limits = _limits.DEFAULT) -> Any:
    max_depth = limits.max_depth
    if is_json:
        try:
            return json.loads(text, object_pairs_hook=_unique_pairs,
                              parse_int=lambda digits: _limits.bounded_int(digits, limits))
        except _DuplicateKey as exc:
            raise _duplicate_errors(_json_duplicates(text) or [(exc.key, None)], display) from None
        except json.JSONDecodeError as exc:
            raise SpecError([Diagnostic(severity="error", code="json-syntax", file=display,
                                        line=exc.lineno, column=exc.colno,
                                        message=f"invalid JSON: {exc.msg}")]) from None
        except RecursionError:
            raise _too_deep(text, display, max_depth) from None
    try:
        loader = _loader_for(limits)(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        duplicates = getattr(loader, "duplicates", None)
        if duplicates:
            raise _duplicate_errors(duplicates, display)
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SpecError([Diagnostic(severity="error", code="yaml-syntax", file=display,
                                    line=(mark.line + 1) if mark else 0,
                                    column=(mark.column + 1) if mark else 0,
                                    message=f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)  # yaml.reader.ReaderError: a character YAML forbids
        line = column = 0
        if isinstance(position, int):
            line = text.count("\n", 0, position) + 1
            column = position - (text.rfind("\n", 0, position) + 1) + 1
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SpecError([Diagnostic(severity="error", code="yaml-syntax", file=display, line=line, column=column,
                                    message=f"invalid YAML: {reason}")]) from None
    except RecursionError:
        raise _too_deep(text, display, max_depth) from None


def _too_deep(text: str, display: str, max_depth: int) -> SpecError:
    line, column = _limits.locate_depth(text, max_depth)
    return SpecError([Diagnostic(severity="error", code="limit-depth", file=display, line=line or 1,
                                 column=column or 1, message=f"nesting deeper than max_depth={max_depth}")])
