"""Names a spec suggests for its client, for ``generate SPEC`` without ``--package`` / ``--output``.

The title says what the API is (``Stripe API`` → ``stripe_client`` in ``stripe-client/``); a file
name rarely does (``openapi.yaml``), so it is only the fallback. The title is untrusted: only ASCII
letters and digits survive, so the package is an identifier and the folder a plain name in the
working directory, never a path.
"""

from __future__ import annotations

import re
import unicodedata

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


def title_words(title: str) -> bool:
    """Whether the title has a word the names can come from."""
    return bool(_words(title))
