"""Names a spec suggests for its client, for ``generate SPEC`` without ``--package`` / ``--output``.

The title says what the API is (``Stripe API`` → ``stripe_client`` in ``stripe-client/``); a file
name rarely does (``openapi.yaml``), so it is only the fallback. The title is untrusted: only ASCII
letters and digits survive, so the package is an identifier and the folder a plain name in the
working directory, never a path.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
import unicodedata
from pathlib import Path

from generator.config import ClientConfig
from generator.spec.loader import Document

# A title's words from the first of these on describe the document, not the API ("Petstore API v2").
_STOP_WORDS = frozenset({"api", "apis", "openapi", "swagger", "rest", "restful", "http", "spec", "specification",
                         "service", "reference"})
_MAX_WORDS = 4


def base_name(title: str, file_stem: str) -> str:
    """``stripe`` for "Stripe API"; the file stem when the title has no usable word; else ``api``."""
    for source in (title, file_stem):
        found = _words(source)
        if found:
            return "_".join(found)
    return "api"


def _words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", ascii_text)]
    kept: list[str] = []
    for word in words:
        if word in _STOP_WORDS and kept:
            break
        if word not in _STOP_WORDS:
            kept.append(word)
    kept = kept[:_MAX_WORDS]
    if kept and kept[0][0].isdigit():
        kept.insert(0, "api")
    return kept


def names_from_spec(config: ClientConfig, doc: Document) -> tuple[ClientConfig, str]:
    """``config`` with the package and/or output folder it left open filled in, and a note saying so."""
    info = doc.data.get("info") if isinstance(doc.data, dict) else None
    title = info.get("title") if isinstance(info, dict) else None
    title = title if isinstance(title, str) else ""
    base = base_name(title, Path(doc.display).stem)
    package = config.package if not config.derive_package else f"{base}_client"
    if keyword.iskeyword(package) or not package.isidentifier():  # cannot happen: ASCII words + "_client"
        package = "api_client"
    output = config.output if not config.derive_output else Path(package.replace("_", "-"))
    chosen = []
    if config.derive_package:
        chosen.append(f"package {package}")
    if config.derive_output:
        chosen.append(f"folder {output}/")
    source = f"the spec's title {title!r}" if title and _words(title) else "the spec's file name"
    flags = " / ".join(f for f, derived in (("--package", config.derive_package), ("--output", config.derive_output))
                       if derived)
    note = f"{doc.display}: {' in '.join(chosen)} (from {source}; pass {flags} to choose)"
    return dataclasses.replace(config, package=package, output=output, derive_package=False,
                               derive_output=False), note
