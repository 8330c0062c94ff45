"""API diff: two public surfaces (``generator.compat.surface``) → the changes a caller of the client sees.

Each change is classified as breaking or not *for code that calls the client*, which depends on
the direction a value travels:

- what callers send (endpoint parameters, request models): a new required parameter or field, a
  removed one, optional → required, or a narrowed type breaks them; a widened type does not;
- what callers read (return values, response models): a removed field, required → may be UNSET, or
  a widened type (callers' code handles fewer cases than can now arrive) breaks them; a new field or a
  narrowed type does not;
- a model used both ways gets both sets of rules; a model no operation uses is treated as both.

Names are the contract: a removed or renamed function, model, enum, enum member, exception or
client option is breaking. Enum values added to responses are not breaking because the generated
decoders are open (unknown values arrive as plain strings/ints already).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Literal

from generator.compat.surface import SURFACE, Surface, parse_surface
from generator.emit import pyexpr

ChangeKind = Literal["added", "removed", "changed", "renamed"]
TypeRelation = Literal["same", "widened", "narrowed", "changed"]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    kind: ChangeKind
    breaking: bool
    category: str  # operation, parameter, return, model, field, enum, member, alias, exception, option, ...
    subject: str  # dotted Python name, e.g. "CreateManagementKeyBody.expires_at"
    detail: str  # one sentence saying what changed and, when breaking, why

    def as_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    package: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(c.breaking for c in self.changes)


# -- type relations ----------------------------------------------------------------------------

def split_union(annotation: str) -> list[str]:
    """Top-level members of an annotation: ``a | list[b | c]`` → [``a``, ``list[b | c]``].

    ``_t.Literal[x, y]`` counts as the members ``_t.Literal[x]`` and ``_t.Literal[y]``.
    """
    out: list[str] = []
    for part in pyexpr.split_union(annotation):
        members = _literal_members(part) if part.startswith("_t.Literal[") and part.endswith("]") else [part]
        out.extend(m for m in members if m not in out)
    return out


def _literal_members(part: str) -> list[str]:
    inner = part[len("_t.Literal["):-1]
    pieces: list[str] = []
    depth, start, quote = 0, 0, ""
    i = 0
    while i < len(inner):
        ch = inner[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append(inner[start:i].strip())
            start = i + 1
        i += 1
    pieces.append(inner[start:].strip())
    return [f"_t.Literal[{p}]" for p in pieces if p]


def relate(old: str, new: str) -> TypeRelation:
    """How the set of values ``new`` admits compares with ``old``'s, judged on union members.

    ``_t.Any`` admits everything. Members that differ inside brackets (``list[int]`` vs
    ``list[str]``) are simply different: that counts as ``changed``.
    """
    if old == new:
        return "same"
    a, b = set(split_union(old)), set(split_union(new))
    if a == b:
        return "same"
    if "_t.Any" in b and "_t.Any" not in a:
        return "widened"
    if "_t.Any" in a and "_t.Any" not in b:
        return "narrowed"
    if a < b:
        return "widened"
    if b < a:
        return "narrowed"
    return "changed"


def _type_breaks(relation: TypeRelation, usage: list[str]) -> bool:
    if relation == "same":
        return False
    if relation == "changed":
        return True
    sends, reads = "request" in usage, "response" in usage
    return (relation == "narrowed" and sends) or (relation == "widened" and reads)


def _type_detail(relation: TypeRelation, old: str, new: str, usage: list[str]) -> str:
    text = f"type {relation}: {old} → {new}"
    if relation == "changed":
        return text + " (incompatible)"
    if _type_breaks(relation, usage):
        why = "callers may now receive values their code does not handle" if relation == "widened" \
            else "values callers pass today may no longer be accepted"
        return f"{text} ({why})"
    return text


# -- comparison --------------------------------------------------------------------------------

class _Differ:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, kind: ChangeKind, breaking: bool, category: str, subject: str, detail: str) -> None:
        self.changes.append(Change(kind=kind, breaking=breaking, category=category, subject=subject,
                                   detail=detail))

    # operations ---------------------------------------------------------------------------
    def operations(self, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        old_by, new_by = _by_name(old), _by_name(new)
        removed = [o for n, o in old_by.items() if n not in new_by]
        added = [o for n, o in new_by.items() if n not in old_by]
        # The same HTTP endpoint under another Python name is a rename (breaking for every caller).
        added_by_route = {(o["method"], o["path"]): o for o in added}
        for o in removed:
            twin = added_by_route.pop((o["method"], o["path"]), None)
            if twin is not None:
                added.remove(twin)
                self.add("renamed", True, "operation", _qual(o),
                         f"renamed to {_qual(twin)} ({o['method']} {o['path']}); "
                         f"callers of {', '.join(o['functions'])} must be updated")
                self.operation(o, twin, renamed=True)
            else:
                self.add("removed", True, "operation", _qual(o),
                         f"removed ({o['method']} {o['path']}): {', '.join(o['functions'])} no longer exist")
        for o in added:
            self.add("added", False, "operation", _qual(o),
                     f"new endpoint {o['method']} {o['path']}: {', '.join(o['functions'])}")
        for name in sorted(set(old_by) & set(new_by)):
            self.operation(old_by[name], new_by[name], renamed=False)

    def operation(self, old: dict[str, Any], new: dict[str, Any], *, renamed: bool) -> None:
        subject = _qual(new)
        if old["module"] != new["module"] and not renamed:
            self.add("changed", True, "operation", subject,
                     f"moved from module {old['module']} to {new['module']}: imports must change")
        if (old["method"], old["path"]) != (new["method"], new["path"]) and not renamed:
            self.add("changed", False, "operation", subject,
                     f"now sends {new['method']} {new['path']} (was {old['method']} {old['path']})")
        if old["deprecated"] != new["deprecated"]:
            self.add("changed", False, "operation", subject,
                     "now deprecated" if new["deprecated"] else "no longer deprecated")
        self.parameters(new["name"], old["parameters"], new["parameters"])
        self.forms(subject, old, new)
        relation = relate(old["returns"], new["returns"])
        if relation != "same":
            self.add("changed", _type_breaks(relation, ["response"]), "return", subject,
                     "return " + _type_detail(relation, old["returns"], new["returns"], ["response"]))

    def forms(self, subject: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if "forms" not in old:  # recorded before derived forms were part of the surface
            return
        for form in old["forms"]:
            if form not in new["forms"]:
                self.add("removed", True, "operation", subject, f"form {form} removed: calls to it fail")
        for form in new["forms"]:
            if form not in old["forms"]:
                self.add("added", False, "operation", subject, f"new form {form}")

    def parameters(self, op: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        old_by, new_by = _by_name(old), _by_name(new)
        for name, p in old_by.items():
            if name not in new_by:
                self.add("removed", True, "parameter", f"{op}({name})",
                         f"parameter removed: calls passing {name}= fail")
        for name, p in new_by.items():
            if name not in old_by:
                if p["required"]:
                    self.add("added", True, "parameter", f"{op}({name})",
                             f"new required parameter {name}: {p['type']}: every call must pass it")
                else:
                    self.add("added", False, "parameter", f"{op}({name})",
                             f"new optional parameter {name}: {p['type']} = {p['default']}")
        for name in sorted(set(old_by) & set(new_by)):
            o, n = old_by[name], new_by[name]
            subject = f"{op}({name})"
            if o["required"] != n["required"]:
                if n["required"]:
                    self.add("changed", True, "parameter", subject,
                             "optional → required: calls that omit it fail")
                else:
                    self.add("changed", False, "parameter", subject, f"required → optional (= {n['default']})")
            elif o["default"] != n["default"]:
                self.add("changed", False, "parameter", subject, f"default {o['default']} → {n['default']}")
            relation = relate(o["type"], n["type"])
            if relation != "same":
                self.add("changed", _type_breaks(relation, ["request"]), "parameter", subject,
                         _type_detail(relation, o["type"], n["type"], ["request"]))
            if (o["location"], o["wire_name"]) != (n["location"], n["wire_name"]):
                self.add("changed", False, "parameter", subject,
                         f"now sent as {n['location']} {n['wire_name']!r} "
                         f"(was {o['location']} {o['wire_name']!r})")

    # declarations -------------------------------------------------------------------------
    def declarations(self, category: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        old_by, new_by = _by_name(old), _by_name(new)
        for name in old_by:
            if name not in new_by:
                self.add("removed", True, category, name, f"{category} removed: code that imports it fails")
        for name in new_by:
            if name not in old_by:
                self.add("added", False, category, name, f"new {category}")
        for name in sorted(set(old_by) & set(new_by)):
            o, n = old_by[name], new_by[name]
            usage = sorted(set(o["usage"]) | set(n["usage"]))
            if category == "model":
                self.model(name, o, n, usage)
            elif category == "enum":
                self.enum(name, o, n, usage)
            else:
                relation = relate(o["type"], n["type"])
                if relation != "same":
                    self.add("changed", _type_breaks(relation, usage), "alias", name,
                             _type_detail(relation, o["type"], n["type"], usage) + _used(usage))

    def model(self, name: str, old: dict[str, Any], new: dict[str, Any], usage: list[str]) -> None:
        sends, reads = "request" in usage, "response" in usage
        if old["deprecated"] != new["deprecated"]:
            self.add("changed", False, "model", name, "now deprecated" if new["deprecated"] else "no longer deprecated")
        old_by, new_by = _by_name(old["fields"]), _by_name(new["fields"])
        for fname, f in old_by.items():
            if fname not in new_by:
                self.add("removed", True, "field", f"{name}.{fname}",
                         f"field removed (wire name {f['wire_name']!r}): code that reads or sets it fails"
                         + _used(usage))
        for fname, f in new_by.items():
            if fname in old_by:
                continue
            if f["default"] is None and sends:
                self.add("added", True, "field", f"{name}.{fname}",
                         f"new required field {fname}: {f['type']}: every {name}(...) must now pass it"
                         + _used(usage))
            else:
                kind = "required" if f["required"] else "optional"
                self.add("added", False, "field", f"{name}.{fname}", f"new {kind} field {fname}: {f['type']}"
                         + _used(usage))
        for fname in sorted(set(old_by) & set(new_by)):
            self.field(f"{name}.{fname}", old_by[fname], new_by[fname], usage, sends=sends, reads=reads)
        oa, na = old["additional_properties"], new["additional_properties"]
        if oa is not None and na is None:
            self.add("changed", True, "model", name,
                     "no longer accepts additional properties: additional_properties was removed")
        elif oa is None and na is not None:
            self.add("changed", False, "model", name, f"now keeps additional properties ({na})")
        elif oa is not None and na is not None and relate(oa, na) != "same":
            relation = relate(oa, na)
            self.add("changed", _type_breaks(relation, usage), "model", name,
                     "additional properties " + _type_detail(relation, oa, na, usage))

    def field(self, subject: str, o: dict[str, Any], n: dict[str, Any], usage: list[str], *,
              sends: bool, reads: bool) -> None:
        was_needed, needed = o["default"] is None, n["default"] is None  # the constructor requires it
        was_unset, unset = o["default"] == "_rt.UNSET", n["default"] == "_rt.UNSET"  # may read as UNSET
        if needed and not was_needed:
            self.add("changed", sends, "field", subject,
                     "optional → required" + (": constructing the model without it fails" if sends else "")
                     + _used(usage))
        elif unset and not was_unset:
            self.add("changed", reads, "field", subject,
                     "required → optional" + (": reading it may now give UNSET" if reads else "") + _used(usage))
        elif o["default"] != n["default"]:
            self.add("changed", False, "field", subject, f"default {o['default']} → {n['default']}")
        relation = relate(o["type"], n["type"])
        if relation != "same":
            self.add("changed", _type_breaks(relation, usage), "field", subject,
                     _type_detail(relation, o["type"], n["type"], usage) + _used(usage))
        if o["wire_name"] != n["wire_name"]:
            self.add("changed", False, "field", subject, f"wire name {o['wire_name']!r} → {n['wire_name']!r}")
        for flag in ("read_only", "write_only"):
            if o[flag] != n[flag]:
                self.add("changed", False, "field", subject, f"{flag} {o[flag]} → {n[flag]}")

    def enum(self, name: str, old: dict[str, Any], new: dict[str, Any], usage: list[str]) -> None:
        if old["base"] != new["base"]:
            self.add("changed", True, "enum", name, f"values changed from {old['base']} to {new['base']}")
        old_by, new_by = _by_name(old["members"]), _by_name(new["members"])
        old_values = {repr(m["value"]): m for m in old["members"]}
        new_values = {repr(m["value"]): m for m in new["members"]}
        for mname, m in old_by.items():
            if mname in new_by:
                continue
            twin = new_values.get(repr(m["value"]))
            if twin is not None and twin["name"] not in old_by:
                self.add("renamed", True, "enum member", f"{name}.{mname}",
                         f"renamed to {name}.{twin['name']} (value {m['value']!r})")
            else:
                self.add("removed", True, "enum member", f"{name}.{mname}",
                         f"enum value {m['value']!r} removed: code that names {name}.{mname} fails"
                         + (" and the server no longer accepts it" if "request" in usage else ""))
        for mname, m in new_by.items():
            if mname in old_by:
                continue
            old_twin = old_values.get(repr(m["value"]))
            if old_twin is not None and old_twin["name"] not in new_by:
                continue  # reported as a rename above
            note = "; responses may now carry it (decoders already accept unknown values)" if "response" in usage else ""
            self.add("added", False, "enum member", f"{name}.{mname}", f"new enum value {m['value']!r}{note}")
        for mname in sorted(set(old_by) & set(new_by)):
            if old_by[mname]["value"] != new_by[mname]["value"]:
                self.add("changed", True, "enum member", f"{name}.{mname}",
                         f"value {old_by[mname]['value']!r} → {new_by[mname]['value']!r}: "
                         "code comparing with the old wire value fails")

    # everything else ----------------------------------------------------------------------
    def names(self, category: str, old: list[str], new: list[str]) -> None:
        for name in sorted(set(old) - set(new)):
            self.add("removed", True, category, name, f"{category} removed: code that imports or catches it fails")
        for name in sorted(set(new) - set(old)):
            self.add("added", False, category, name, f"new {category}")

    def client(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.names("client class", old["classes"], new["classes"])
        if old["default_base_url"] != new["default_base_url"]:
            self.add("changed", False, "client", "DEFAULT_BASE_URL",
                     f"default base URL {old['default_base_url']!r} → {new['default_base_url']!r}")
        self.options(old["options"], new["options"])

    def options(self, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        old_by, new_by = _by_name(old), _by_name(new)
        for name in old_by:
            if name not in new_by:
                self.add("removed", True, "option", f"Client({name})",
                         f"client option removed: Client({name}=...) fails")
        for name, o in new_by.items():
            if name not in old_by:
                self.add("added", bool(o["required"]), "option", f"Client({name})",
                         f"new {'required' if o['required'] else 'optional'} client option {name}: {o['type']}"
                         + (f" (read from {o['env_var']} when not given)" if o["env_var"] else ""))
        for name in sorted(set(old_by) & set(new_by)):
            o, n = old_by[name], new_by[name]
            relation = relate(o["type"], n["type"])
            if relation != "same":
                self.add("changed", _type_breaks(relation, ["request"]), "option", f"Client({name})",
                         _type_detail(relation, o["type"], n["type"], ["request"]))
            if o["env_var"] != n["env_var"]:
                self.add("changed", bool(o["env_var"]), "option", f"Client({name})",
                         f"environment variable {o['env_var'] or '(none)'} → {n['env_var'] or '(none)'}")


def _by_name(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for item in items}


def _qual(op: dict[str, Any]) -> str:
    module = str(op["module"])
    return module.split(".", 1)[1] + "." + op["name"] if "." in module else str(op["name"])


def _used(usage: list[str]) -> str:
    if usage == ["request"]:
        return " [request]"
    if usage == ["response"]:
        return " [response]"
    return " [request+response]"


def compare(old: Surface, new: Surface) -> Report:
    """Every change from ``old`` to ``new``, breaking ones first, then in a stable order."""
    d = _Differ()
    if old["package"] != new["package"]:
        d.add("changed", True, "package", new["package"],
              f"import package renamed from {old['package']} to {new['package']}: every import changes")
    d.client(old["client"], new["client"])
    d.names("exception", old["exceptions"], new["exceptions"])
    old_calls, new_calls = _by_name(old["call_options"]), _by_name(new["call_options"])
    for name in sorted(set(old_calls) - set(new_calls)):
        d.add("removed", True, "call option", name, f"per-call option {name}= removed from every endpoint")
    d.operations(old["operations"], new["operations"])
    d.declarations("model", old["models"], new["models"])
    d.declarations("enum", old["enums"], new["enums"])
    d.declarations("alias", old["aliases"], new["aliases"])
    order = {"removed": 0, "renamed": 1, "changed": 2, "added": 3}
    changes = sorted(d.changes, key=lambda c: (not c.breaking, order[c.kind], c.category, c.subject, c.detail))
    return Report(package=str(new["package"]), changes=tuple(changes))


def against_recorded(output: Path, new_surface_bytes: bytes, package: str) -> Report | None:
    """Compare a freshly built surface with the one recorded in ``output``; None on a first run.

    Raises ``SurfaceError`` when a recorded surface exists but cannot be read. The same bytes are
    the same surface (``surface_bytes`` is canonical) of ``package``: no changes, without parsing
    either copy (most regenerations change text the surface does not record: 2.9 MB on Stripe's).
    """
    path = output / SURFACE
    if path.is_symlink() or not path.is_file():
        return None
    recorded = path.read_bytes()
    if recorded == new_surface_bytes:
        return Report(package=package, changes=())
    return compare(parse_surface(recorded, str(path)), parse_surface(new_surface_bytes, SURFACE))
