"""Validation: document → diagnostics (version, references, OpenAPI schema).

References are checked before openapi-spec-validator runs, because the validator would otherwise
fetch remote ``$ref``s and read ``file:`` ones on its own. Only local (``#/...``) references are
accepted here; anything else is refused and never read.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from generator.diagnostics import Diagnostic
from generator.spec import osvsettings
from generator.spec.loader import Document
from generator.spec.pointer import escape as escape_pointer_part
from generator.spec.pointer import follow_refs, mappings, resolve_pointer
from generator.spec.repair import repair

MAX_DEPTH = 200
MAX_NODES = 5_000_000
_MAX_MESSAGE = 300


def walk_refs(data: Any) -> Iterator[tuple[str, Any]]:
    """Yield (pointer, $ref value) for every reference; shared nodes are visited once."""
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    seen: set[int] = set()
    nodes = 0
    while stack:
        ptr, node, depth = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            ref = node.get("$ref")
            if ref is not None:
                yield ptr + "/$ref", ref
            items: Any = node.items()
        elif isinstance(node, list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = enumerate(node)
        else:
            continue
        nodes += 1
        if depth > MAX_DEPTH or nodes > MAX_NODES:
            raise RecursionError(ptr)
        for key, value in items:
            if isinstance(value, (dict, list)):
                stack.append((f"{ptr}/{escape_pointer_part(key)}", value, depth + 1))


def check_version(doc: Document) -> list[Diagnostic]:
    data = doc.data
    if "swagger" in data:
        return [doc.diagnostic(
            "error", "swagger-2",
            f"this is a Swagger {data.get('swagger')} document; only OpenAPI 3.0 and 3.1 are supported. "
            "Convert it first (for example with swagger2openapi or the Swagger Editor's "
            "'Convert to OpenAPI 3' command)", "/swagger")]
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        return [doc.diagnostic("error", "openapi-version",
                               f"unsupported or missing 'openapi' version {version!r}; expected 3.0.x or 3.1.x",
                               "/openapi" if "openapi" in data else "")]
    return []


def check_references(doc: Document) -> list[Diagnostic]:
    """The cheap checks lowering relies on, first failing one wins: every ``$ref`` well-formed, local
    and resolvable; no chain of ``$ref``s only; path templates well-formed. One walk finds the refs."""
    refs: list[tuple[str, Any]] = []
    return check_refs(doc, refs) or check_ref_cycles(doc, refs) or check_path_templates(doc)


def check_refs(doc: Document, found: list[tuple[str, Any]] | None = None) -> list[Diagnostic]:
    """Problems with ``$ref`` values; ``found``, when given, receives every (pointer, $ref) seen."""
    problems: list[Diagnostic] = []
    try:
        for ptr, ref in walk_refs(doc.data):
            if found is not None:
                found.append((ptr, ref))
            if not isinstance(ref, str):
                problems.append(doc.diagnostic("error", "ref-invalid", "$ref must be a string", ptr))
            elif not ref.startswith("#"):
                kind = "remote" if ref.lower().startswith(("http:", "https:", "//")) else "external"
                problems.append(doc.diagnostic(
                    "error", f"ref-{kind}",
                    f"{kind} $ref {ref[:200]!r} is not followed: only references inside this document "
                    "are allowed (nothing was fetched or read)", ptr))
            else:
                try:
                    resolve_pointer(doc.data, ref)
                except KeyError:
                    problems.append(doc.diagnostic("error", "ref-missing",
                                                   f"$ref target {ref[:200]!r} does not exist", ptr))
    except RecursionError as exc:
        problems.append(doc.diagnostic("error", "limit-depth",
                                       f"document is nested deeper than {MAX_DEPTH} levels", str(exc)))
    return problems


# openapi-spec-validator picks its JSON Schema backend from the environment ("auto" uses
# jsonschema-rs when it happens to be installed), and the two word their messages differently. So the
# backend is chosen here, explicitly: the compiled one (a pinned dependency, for speed), and the
# pure-Python one for text the compiled one cannot take.
VALIDATOR_BACKEND = "jsonschema-rs"


@dataclasses.dataclass(frozen=True)
class Finding:
    """A validator finding before it is located in the document's text: where it is (a pointer
    into ``validation_view``) and what it says. Kept by the validation cache, so that an edit that
    moves lines but not the finding (valcache.py) is located again without validating again."""

    severity: str
    code: str
    message: str
    ptr: str

    def locate(self, doc: Document) -> Diagnostic:
        found = doc.diagnostic(self.severity, self.code, self.message, self.ptr)
        if not self.ptr and self.code == "openapi-invalid":  # the document itself: its first line
            found = dataclasses.replace(found, line=1, column=1)
        return found


MAX_FINDINGS = 50


def locate_all(doc: Document, findings: Sequence[Finding]) -> list[Diagnostic]:
    """The findings as diagnostics, one per place and message (a value validated at two positions,
    because it is referenced twice, is reported once), at most ``MAX_FINDINGS``."""
    problems: list[Diagnostic] = []
    reported: set[tuple[str, int, int, str]] = set()
    for finding in findings:
        found = finding.locate(doc)
        seen = (found.file, found.line, found.column, found.message)
        if seen not in reported:
            reported.add(seen)
            problems.append(found)
            if len(problems) >= MAX_FINDINGS:
                break
    return problems


def check_schema(doc: Document) -> list[Diagnostic]:
    return locate_all(doc, check_schema_findings(doc))


def check_schema_findings(doc: Document) -> list[Finding]:
    try:
        return _schema_findings(doc, compiled=True)
    except UnicodeError:
        # A lone surrogate (valid JSON, not valid UTF-8) cannot cross into the compiled backend;
        # the pure-Python one reads it. The choice depends only on the document, so it is stable.
        return _schema_findings(doc, compiled=False)


class _MembershipList(list[Any]):
    """A list whose ``in`` is a set lookup.

    openapi-spec-validator keeps its "seen" registries (visited schema ids, meta-checked schema
    ids, operationIds) in plain lists and asks ``x in registry`` for each schema and operation, so
    validating n operations cost O(n²): most of the 16 minutes a 50,000-operation spec took.
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()
        self._unhashable: list[Any] = []  # an invalid operationId such as a mapping (reported)

    def append(self, item: Any) -> None:
        super().append(item)
        try:
            self._members.add(item)
        except TypeError:
            self._unhashable.append(item)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members or item in self._unhashable
        except TypeError:
            return list.__contains__(self, item)


_REGISTRIES = ("visited_schema_ids", "meta_checked_schema_ids", "operation_ids_registry")


def _linear(cls: type[Any]) -> type[Any]:
    """``cls`` (a keyword validator) with its list registries replaced by ``_MembershipList``s."""
    def __init__(self: Any, registry: Any) -> None:
        cls.__init__(self, registry)
        for name in _REGISTRIES:
            if isinstance(getattr(self, name, None), list):
                setattr(self, name, _MembershipList())

    return type(cls.__name__, (cls,), {"__init__": __init__})


@functools.cache
def _validator_class(version: str, compiled: bool) -> Any:
    """openapi-spec-validator's validator for ``version`` with its meta-schema pass on one backend."""
    osvsettings.install()  # its settings without pydantic-settings: see osvsettings.py
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator as python_validator
    from openapi_spec_validator.schemas.backend.jsonschema_rs import create_validator as compiled_validator

    base, meta = (OpenAPIV31SpecValidator, schema_v31) if version.startswith("3.1") else \
        (OpenAPIV30SpecValidator, schema_v30)
    meta_validator = compiled_validator(dict(meta)) if compiled else python_validator(meta)
    keyword_validators = {name: _linear(cls) for name, cls in base.keyword_validators.items()}
    return type(base.__name__, (base,), {"schema_validator": meta_validator,
                                         "keyword_validators": keyword_validators})


def validation_view(doc: Document) -> Any:
    """``doc.data`` as the validator sees it: with every referenced value no validated position holds
    (a schema, response, ... in a bundled file, see generator/spec/structure.py) added to its
    Components section under a reserved name. Shallow: the values are the document's own objects,
    and ``Document.origins`` maps the reserved names back to the files the values came from."""
    if not doc.unplaced:
        return doc.data
    view = dict(doc.data)
    components = view.get("components")
    view["components"] = components = dict(components) if isinstance(components, dict) else {}
    for section, entries in doc.unplaced.items():
        existing = components.get(section)
        merged = dict(existing) if isinstance(existing, dict) else {}
        for name, ptr in entries.items():
            try:
                value = resolve_pointer(doc.data, "#" + ptr)
            except KeyError:
                continue
            if section == "schemas" and isinstance(value, dict) and "definitions" in value:
                # A schema file that also holds the schemas it references (json-schema-ref-parser's
                # habit; not a 3.0 keyword): those are validated as the schemas they are.
                value = {k: v for k, v in value.items() if k != "definitions"}
            merged[name] = value
        components[section] = merged
    return view


def _check_schema(doc: Document, *, compiled: bool) -> list[Diagnostic]:
    return locate_all(doc, _schema_findings(doc, compiled=compiled))


def _schema_findings(doc: Document, *, compiled: bool) -> list[Finding]:
    validator_cls = _validator_class("3.1" if str(doc.data.get("openapi")).startswith("3.1") else "3.0", compiled)
    problems: list[Finding] = []
    where: dict[int, str] | None = None
    reported: set[tuple[str, int, int, str]] = set()
    view = validation_view(doc)
    dicts: list[tuple[str, dict[str, Any]]] | None = None
    nodes: list[tuple[str, dict[str, Any]]] | None = None
    try:
        for error in validator_cls(view).iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or ())
            ptr = "".join("/" + escape_pointer_part(p) for p in path)
            if ptr and not _holds(view, path, getattr(error, "instance", None)):
                # A schema checked against JSON Schema's meta-schema reports a path inside that
                # schema: find the schema it is relative to.
                dicts = dicts if dicts is not None else mappings(view)
                ptr = next((base + ptr for base, node in dicts
                            if _holds(node, path, getattr(error, "instance", None))), ptr)
            if not ptr:  # a schema's default or example failed its own schema: find that schema
                nodes = nodes if nodes is not None else mappings(doc.data)
                where = where if where is not None else {id(node): at for at, node in nodes}
                ptr = _default_owner(doc.data, nodes, error) or where.get(id(getattr(error, "schema", None)), "")
                if ptr and getattr(error, "validator", "") != "" and not ptr.endswith("/default"):
                    ptr += "/default" if "default" in (getattr(error, "schema", None) or {}) else ""
            if ptr.endswith("/type") and getattr(error, "instance", None) not in _JSON_TYPES:
                continue  # lowering says it better: the bad name, the types there are, a likely fix
            message = _readable(error)
            if len(message) > _MAX_MESSAGE:
                message = message[:_MAX_MESSAGE] + "…"
            # The validator's findings leave the meaning clear enough to generate (lowering skips
            # what it cannot use), so they warn; --strict turns them into errors. What cannot be
            # interpreted (version, missing or cyclic $refs) is an error before this point.
            finding = Finding("warning", "openapi-invalid", message, ptr)
            found = finding.locate(doc)
            seen = (found.file, found.line, found.column, found.message)
            if seen in reported:  # one value validated at two positions (it is referenced twice)
                continue
            reported.add(seen)
            problems.append(finding)
            if len(problems) >= MAX_FINDINGS:
                break
    except RecursionError:
        # Nesting is already bounded by the loader's limits, so this is openapi-spec-validator
        # following a legal $ref cycle (e.g. through allOf) without end. Cycles are valid OpenAPI:
        # report that validation stopped, and let lowering (which handles cycles) go on.
        problems.append(Finding("warning", "validator-recursion", "openapi-spec-validator could not "
                                "finish on this document's $ref cycles; it was validated only in part",
                                "/components" if "components" in doc.data else ""))
    except UnicodeError:
        if compiled:
            raise
        problems.append(Finding("error", "validator-failed", "openapi-spec-validator could not read the "
                                "document's text", ""))
    except Exception as exc:  # noqa: BLE001 - third-party code fed untrusted input
        problems.append(Finding("error", "validator-failed",
                                f"openapi-spec-validator failed: {type(exc).__name__}: {str(exc)[:200]}", ""))
    return problems


def _readable(error: Any) -> str:
    """The validator's message, without quoting a large object or array back: for an ``anyOf`` /
    ``oneOf`` whose options only require keys (3.1's "paths, components or webhooks"), which keys;
    for other large objects, where they are rather than what they hold (a small one is quoted, as
    it shows the mistake)."""
    validator = getattr(error, "validator", "")
    instance = getattr(error, "instance", None)
    schema = getattr(error, "schema", None)
    # The validator's schemas are read-only mappings (referencing's proxies), not dicts.
    options = getattr(error, "validator_value", None)
    if not isinstance(options, Sequence) and isinstance(schema, Mapping):
        options = schema.get(validator)
    if validator in ("anyOf", "oneOf") and isinstance(options, Sequence) and options:
        required: list[Sequence[Any]] = [o["required"] for o in options if isinstance(o, Mapping)
                                         and isinstance(o.get("required"), Sequence) and o["required"]]
        if len(required) == len(options):
            names = sorted({str(name) for names in required for name in names})
            return _NEEDS_ONE if set(names) == _DESCRIBES else f"needs at least one of {', '.join(names)}"
        if isinstance(instance, (dict, list)) and len(str(getattr(error, "message", ""))) > _QUOTED:
            kind = "object" if isinstance(instance, dict) else "array"
            return f"this {kind} matches none of the {len(options)} schemas its {validator} allows"
    message = str(getattr(error, "message", error)).splitlines()[0]
    # The compiled backend keeps only the message: read the keyword from it.
    found = _NONE_VALID.search(message)
    if found and isinstance(instance, (dict, list)):
        if isinstance(instance, dict) and "openapi" in instance and not _DESCRIBES & instance.keys():
            return _NEEDS_ONE
        if len(message) <= _QUOTED:  # a small object quoted back shows the mistake (`"in": "body"`)
            return message
        kind = "object" if isinstance(instance, dict) else "array"
        return f"this {kind} matches none of the schemas its {found.group(1)} allows"
    return message


_NONE_VALID = re.compile(r"is not valid under any of the schemas listed in the '(anyOf|oneOf)' keyword")
_QUOTED = 200  # longer messages quote too much of the object to read
_DESCRIBES = frozenset({"paths", "components", "webhooks"})
_NEEDS_ONE = ("needs at least one of components, paths, webhooks (an OpenAPI 3.1 document with none of them "
              "describes nothing)")


def _default_owner(data: Any, nodes: list[tuple[str, dict[str, Any]]], error: Any) -> str:
    """The pointer of the ``default`` that failed, when the schema that refused it is one its own
    schema reaches (``allOf: [{$ref: GoodEnum}]`` beside ``default: x``: the error names GoodEnum,
    which holds no default); "" when the failing schema is the default's own."""
    steps = list(getattr(error, "absolute_schema_path", None) or ())[:-1]
    target = getattr(error, "schema", None)
    if not steps or target is None:
        return ""
    for at, node in nodes:
        if "default" not in node or not _holds(node, ["default"], getattr(error, "instance", None)):
            continue
        here: Any = node
        for step in steps:
            here = follow_refs(data, here)
            if not ((isinstance(here, dict) and step in here)
                    or (isinstance(here, list) and isinstance(step, int) and 0 <= step < len(here))):
                break
            here = here[step]
        else:
            if follow_refs(data, here) is target:
                return at + "/default"
    return ""


def _holds(data: Any, path: list[Any], instance: Any) -> bool:
    """Whether ``path`` leads from ``data`` to a value equal to ``instance``."""
    node = data
    for part in path:
        found = (isinstance(node, dict) and part in node) or \
            (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node))
        if not found:
            return False
        node = node[part]
    return node is instance or (type(node) is type(instance) and node == instance)


_JSON_TYPES = ("string", "number", "integer", "boolean", "array", "object", "null")


def validate(doc: Document) -> list[Diagnostic]:
    problems = check_version(doc)
    if problems:
        return problems
    problems = check_references(doc)
    if problems:
        return problems
    return repair(doc) + check_schema(doc)


def check_ref_cycles(doc: Document, refs: Iterable[tuple[str, Any]] | None = None) -> list[Diagnostic]:
    """Refuse ``$ref`` chains that loop without a schema in between (``A: {$ref: B}, B: {$ref: A}``).

    Such a document describes nothing, and openapi-spec-validator recurses on it until it crashes.
    Cycles that pass through a real schema (a property, items, ...) are legal and not affected.
    ``refs``: the document's (pointer, $ref) pairs, when ``check_refs`` has walked it already.
    """
    problems: list[Diagnostic] = []
    for ptr, ref in walk_refs(doc.data) if refs is None else refs:
        seen = {ptr[: -len("/$ref")]}
        current = ref
        while isinstance(current, str) and current.startswith("#"):
            if current[1:] in seen:
                problems.append(doc.diagnostic("error", "ref-cycle", f"$ref {ref[:200]!r} leads back to itself "
                                               "through references only, so it describes no value", ptr))
                break
            seen.add(current[1:])
            try:
                target = resolve_pointer(doc.data, current)
            except KeyError:
                break
            current = target.get("$ref") if isinstance(target, dict) else None
        if len(problems) >= 50:
            break
    return problems



_PATH_TEMPLATE = re.compile(r"^(?:[^{}]|\{[^{}]+\})*$")


def check_path_templates(doc: Document) -> list[Diagnostic]:
    """Path keys whose braces do not form ``{name}`` templates (openapi-spec-validator crashes on them)."""
    paths = doc.data.get("paths")
    if not isinstance(paths, dict):
        return []
    return [doc.diagnostic("error", "path-template", f"path {str(key)[:200]!r} has unbalanced or empty "
                           "'{}' braces; templates look like /items/{id}", "/paths/" + escape_pointer_part(key))
            for key in paths if not isinstance(key, str) or not _PATH_TEMPLATE.match(key)][:50]
