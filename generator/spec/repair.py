"""Repairs of small spec breakages whose meaning is clear, made in place before validation.

Kept apart from validation: validating reads the document, repairing changes it (and the
validation cache replays the repairs' warnings without re-validating).
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostic
from generator.spec.loader import Document
from generator.spec.pointer import escape as escape_pointer_part


def repair(doc: Document, *, report: bool = True) -> list[Diagnostic]:
    """Repair, in place, small breakages whose meaning is clear; each gets a located warning.

    Integer response codes (YAML ``200:``, Asana) become strings, since the validator crashes on
    them; repeated or empty ``required`` lists (OpenAI) are deduplicated or dropped. With
    ``report=False`` only the repairs are made (locating the warnings is most of the cost).
    """
    problems: list[Diagnostic] = []
    empty_required_invalid = str(doc.data.get("openapi", "")).startswith("3.0")
    stack: list[tuple[str, Any, str]] = [("", doc.data, "")]
    seen: set[int] = set()
    while stack:
        ptr, node, key = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            if key == "responses" and any(not isinstance(k, str) for k in node):
                for code in [k for k in node if not isinstance(k, str)] if report else []:
                    problems.append(doc.diagnostic(
                        "warning", "response-code-not-string",
                        f"response code {code!r} is not a string (quote it in YAML); read as {str(code)!r}",
                        f"{ptr}/{code}"))
                fixed = {str(k): v for k, v in node.items()}
                node.clear()
                node.update(fixed)
            required = node.get("required")
            if isinstance(required, list) and key != "properties":
                unique = list(dict.fromkeys(r for r in required if isinstance(r, str)))
                if len(unique) != len(required) or (not required and empty_required_invalid):
                    message = ("'required' is empty; ignored" if not required else
                               "'required' lists a name more than once; duplicates ignored")
                    if report:
                        problems.append(doc.diagnostic("warning", "required-duplicate", message,
                                                       ptr + "/required"))
                    if unique:
                        node["required"] = unique
                    else:
                        del node["required"]
            stack.extend((f"{ptr}/{escape_pointer_part(k)}", v, str(k)) for k, v in node.items()
                         if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((f"{ptr}/{i}", v, "") for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return problems
