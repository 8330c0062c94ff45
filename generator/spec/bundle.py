"""Bundling: a spec whose ``$ref``s reach other files → one self-contained document.

Relative file references (``schemas/pet.yaml#/Pet``) under the spec's folder are loaded and placed
in the root document under ``/components/x-generator-files/<key>``, and every reference is
rewritten to a local pointer, so the validator and the rest of the pipeline see one document.
``Document.owner`` maps a bundled pointer back to its file for diagnostics.

Refused before anything is read: remote references (``http:``, ``https:``, ``//``), any other URI
scheme (``file:``), absolute paths, and paths that leave the spec's folder (``..`` or a symlink
pointing outside). openapi-spec-validator would otherwise fetch or read them on its own.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from urllib.parse import unquote

from generator import limits as _limits
from generator.diagnostics import Diagnostic, SpecError
from generator.spec import pointer as _pointer
from generator.spec.loader import BUNDLE_POINTER, Document, load_file
from generator.spec.pointer import escape as escape_pointer_part
from generator.spec.pointer import resolve_pointer
from generator.spec.structure import MAX_DEPTH, place, ref_holders

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_]+")


def classify(ref: str) -> str:
    """'local', 'remote', 'scheme', 'absolute' or 'relative'."""
    if ref.startswith("#"):
        return "local"
    lowered = ref.lower()
    if lowered.startswith(("http:", "https:", "//")):
        return "remote"
    if _SCHEME.match(ref):
        return "scheme"
    path = unquote(ref.partition("#")[0])
    if path.startswith(("/", "\\")) or os.path.isabs(path) or re.match(r"^[A-Za-z]:[\\/]", path):
        return "absolute"
    return "relative"


class _Bundler:
    def __init__(self, root: Document, limits: _limits.Limits) -> None:
        self.root = root
        self.limits = limits
        # Bounds over the root and every referenced file together, so that splitting a spec into
        # many files does not multiply what it may cost.
        self.total_bytes = len(root.text.encode("utf-8"))
        self.total_nodes = root.nodes
        self.base = Path(os.path.realpath(root.path.parent))
        self.root_real = Path(os.path.realpath(root.path))
        self.keys: dict[Path, str] = {}
        self.docs: dict[str, Document] = {}
        self.problems: list[Diagnostic] = []
        self.failed: set[Path] = set()

    def run(self) -> Document:
        queue: list[tuple[Document, str]] = [(self.root, "")]
        while queue:
            doc, prefix = queue.pop(0)
            queue.extend(self.rewrite(doc, prefix))
        if self.problems:
            raise SpecError(self.problems)
        if self.docs:
            components = self.root.data.setdefault("components", {})
            if not isinstance(components, dict) or BUNDLE_POINTER.rsplit("/", 1)[1] in components:
                raise SpecError([self.root.diagnostic(
                    "error", "bundle-conflict", "cannot bundle referenced files: /components is not a "
                    "mapping or already has an 'x-generator-files' key", "/components")])
            components[BUNDLE_POINTER.rsplit("/", 1)[1]] = {k: d.data for k, d in self.docs.items()}
            self.root.parts = dict(self.docs)
            _adopt_component_schemas(self.root)
        return place(self.root)

    def rewrite(self, doc: Document, prefix: str) -> list[tuple[Document, str]]:
        """Rewrite ``doc``'s references to root-local pointers; returns newly loaded files."""
        found: list[tuple[Document, str]] = []
        try:
            holders = list(ref_holders(doc.data))
        except RecursionError as exc:
            self.problems.append(doc.diagnostic("error", "limit-depth",
                                                f"document is nested deeper than {MAX_DEPTH} levels", str(exc)))
            return found
        for ptr, holder in holders:
            ref = holder["$ref"]
            if not isinstance(ref, str):
                continue  # reported by validate.check_refs
            where = ptr + "/$ref"
            kind = classify(ref)
            if kind == "local":
                if "%" in ref:  # percent-encoded pointer (RFC 6901 section 6): keep the decoded form
                    try:
                        ref = _pointer.canonical(doc.data, ref)
                    except KeyError:
                        pass  # reported later, or reachable only through a structural $ref
                if prefix:
                    ref = "#" + prefix + ref[1:]
                holder["$ref"] = ref
                continue
            shown = repr(ref[:200])
            if kind == "remote":
                self.refuse(doc, "ref-remote", f"remote $ref {shown} is not fetched: only files under the "
                            "spec's folder can be referenced (nothing was downloaded)", where)
                continue
            if kind == "scheme":
                self.refuse(doc, "ref-scheme", f"$ref {shown} uses a URI scheme; only relative file paths "
                            "under the spec's folder can be referenced (nothing was read)", where)
                continue
            if kind == "absolute":
                self.refuse(doc, "ref-escapes", f"$ref {shown} is an absolute path; only relative paths "
                            "under the spec's folder can be referenced (nothing was read)", where)
                continue
            raw_path, _, fragment = ref.partition("#")
            if fragment and not fragment.startswith("/"):
                self.refuse(doc, "ref-invalid", f"$ref {shown}: the part after '#' must be a JSON pointer "
                            "such as '#/components/schemas/Pet'", where)
                continue
            display = Path(os.path.normpath(doc.path.parent / unquote(raw_path)))
            real = Path(os.path.realpath(display))
            if not real.is_relative_to(self.base):
                self.refuse(doc, "ref-escapes", f"$ref {shown} leads outside the spec's folder "
                            "(through '..' or a symlink); it was not read", where)
                continue
            if real == self.root_real:
                try:
                    holder["$ref"] = _pointer.canonical(self.root.data, "#" + fragment)
                except KeyError:
                    holder["$ref"] = "#" + fragment
                continue
            key = self.keys.get(real)
            if real in self.failed:
                continue
            if key is None:
                loaded = self.load(doc, display, real, where, shown)
                if loaded is None:
                    continue
                key, part = loaded
                found.append((part, f"{BUNDLE_POINTER}/{escape_pointer_part(key)}"))
            target = self.docs[key]
            if fragment:
                try:
                    fragment = _pointer.canonical(target.data, "#" + fragment)[1:]
                except KeyError:
                    self.refuse(doc, "ref-missing", f"$ref target {shown} does not exist in {display}", where)
                    continue
            holder["$ref"] = f"#{BUNDLE_POINTER}/{escape_pointer_part(key)}{fragment}"
        return found

    def load(self, doc: Document, display: Path, real: Path, where: str,
             shown: str) -> tuple[str, Document] | None:
        self.failed.add(real)
        if not real.is_file():
            self.refuse(doc, "ref-file-missing", f"$ref {shown}: file {display} does not exist", where)
            return None
        if len(self.docs) >= self.limits.max_files:
            self.refuse(doc, "limit-files", f"the spec references more than max_files={self.limits.max_files} "
                        "files (raise it with --limit if the spec is genuine)", where)
            return None
        remaining = self.limits.max_bytes - self.total_bytes
        try:
            size = real.stat().st_size
        except OSError:
            size = 0
        if size > remaining:
            self.refuse(doc, "limit-size", f"$ref {shown}: the spec and the files it references total more "
                        f"than max_bytes={self.limits.max_bytes} bytes (raise it with --limit if the spec "
                        "is genuine)", where)
            return None
        try:
            part = load_file(display, dataclasses.replace(self.limits, max_bytes=max(remaining, 1)))
        except SpecError as exc:
            self.problems.extend(exc.diagnostics)
            return None
        self.total_bytes += len(part.text.encode("utf-8"))
        self.total_nodes += part.nodes
        if self.total_nodes > self.limits.max_nodes:
            self.refuse(doc, "limit-nodes", f"$ref {shown}: the spec and the files it references expand to "
                        f"more than max_nodes={self.limits.max_nodes} values (raise it with --limit if the "
                        "spec is genuine)", where)
            return None
        stem = _KEY_CHARS.sub("_", display.stem).strip("_") or "file"
        key, n = stem, 1
        while key in self.docs:
            n += 1
            key = f"{stem}_{n}"
        self.failed.discard(real)
        self.keys[real] = key
        self.docs[key] = part
        return key, part

    def refuse(self, doc: Document, code: str, message: str, where: str) -> None:
        self.problems.append(doc.diagnostic("error", code, message, where))


def _adopt_component_schemas(root: Document) -> None:
    """``components/schemas/Pet: {$ref: pet.yaml}`` makes the bundled schema *be* ``Pet``.

    Without this the model would be named twice (``Pet`` aliasing ``Pet2``); references to the
    bundled location are redirected to the component.
    """
    data = root.data
    schemas = data.get("components", {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    moved: dict[str, str] = {}
    for name, entry in list(schemas.items()):
        ref = entry.get("$ref") if isinstance(entry, dict) and len(entry) == 1 else None
        if not isinstance(ref, str) or not ref.startswith("#" + BUNDLE_POINTER + "/") or ref in moved:
            continue
        try:
            target = resolve_pointer(data, ref)
        except KeyError:
            continue
        if isinstance(target, dict) and "$ref" not in target:
            schemas[name] = target
            moved[ref] = "#/components/schemas/" + escape_pointer_part(name)
            root.origins[moved[ref][1:]] = ref[1:]
    if moved:
        for _ptr, holder in ref_holders(data):
            new = moved.get(holder["$ref"]) if isinstance(holder["$ref"], str) else None
            if new is not None:
                holder["$ref"] = new


def bundle(root: Document, limits: _limits.Limits = _limits.DEFAULT) -> Document:
    """Bundle the files ``root`` references into it (in place); raises SpecError listing refusals.

    ``limits.max_files`` bounds how many files are read, ``limits.max_bytes`` their total size.
    """
    return _Bundler(root, limits).run()


def load(path: Path, limits: _limits.Limits = _limits.DEFAULT) -> Document:
    """Read a spec and the files its relative ``$ref``s reach, bundled into one document.

    Raises SpecError with located diagnostics for unreadable files and refused references.
    """
    return bundle(load_file(path, limits), limits)
