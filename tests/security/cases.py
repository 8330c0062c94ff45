"""The attack catalogue: payloads, the places spec text lands, hostile names, and the specs built from them.

Cases whose expected outcome is "generates" are merged into a few specs (one generator run each,
because black dominates the cost); every case still gets its own test item and its own check.
"""

from __future__ import annotations

import re
from typing import Any

from tests.security.harness import CANARY

# Breakouts; each one would run the canary if it ever became code.
PAYLOADS: dict[str, str] = {
    "single-quote": f"x'+{CANARY}+'",
    "double-quote": f'x"+{CANARY}+"',
    "triple-double": f'ends here """ ; {CANARY} ; """ rest',
    "triple-single": f"ends here ''' ; {CANARY} ; ''' rest",
    "backslash-quote": f'\\"; MARK = {CANARY} #',
    "trailing-backslash": "ends with a backslash \\",
    "backslash-escapes": "C:\\users\\ and \\N{x} and \\u12 and \\x and \\s and \\0",
    "carriage-return": f"harmless\r{CANARY}",
    "crlf-newline": f"first\r\n{CANARY}\n# comment \\",
    "nul": f"nul\x00byte{CANARY}",
    "lone-surrogate": "lone \ud800 and \udfff surrogates",
    "f-string": "{" + CANARY + "}",
    "dollar-template": "${" + CANARY + "}",
    "line-separators": f"ls\u2028{CANARY}\u2029ps\x85nel\x0bvt\x0cff",
    "format-percent": "%(x)s %s {0} {{}} }{",
    "bidi-and-bom": "rtl \u202e gnp.exe \ufeff bom \u200b zwsp",
    "emoji-astral": "🚀 𝕤𝕖𝕝𝕗 \U0010ffff",
    "html-markdown": "<script>alert(1)</script> `code` [x](javascript:alert(1))",
}


def path_for(index: int, payload: str) -> str:
    """The payload as a path; unbalanced braces are a separate (rejected) case."""
    if not re.fullmatch(r"(?:[^{}]|\{[^{}]+\})*", payload):
        payload = payload.replace("{", "(").replace("}", ")")
    return f"/t{index}/{payload}"


def template_names(path: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"\{([^{}]*)\}", path)))


def text_spec() -> dict[str, Any]:
    """One spec that puts every payload in every place spec text can land."""
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    security: dict[str, Any] = {}
    for i, (name, p) in enumerate(PAYLOADS.items()):
        schemas[f"Text{i}"] = {
            "type": "object",
            "title": p,
            "description": p,
            "properties": {
                "d": {"type": "string", "description": p, "default": p, "example": p},
                "e": {"type": "string", "enum": [p, "plain"], "description": f"enum {name}"},
                p: {"type": "string", "title": p},
                "c": {"type": "string", "const": p},
            },
        }
        path = path_for(i, p)
        params: list[dict[str, Any]] = [
            {"name": v, "in": "path", "required": True, "schema": {"type": "string"}}
            for v in template_names(path)
        ]
        params += [
            {"name": p, "in": "query", "description": p, "schema": {"type": "string", "default": p}},
            {"name": "X-" + p, "in": "header", "schema": {"type": "string"}},
            {"name": "c-" + p, "in": "cookie", "schema": {"type": "string"}},
        ]
        paths[path] = {
            "get": {
                "operationId": f"get{i} {p}",
                "summary": p,
                "description": p,
                "tags": [p],
                "parameters": params,
                "responses": {
                    "200": {"description": p,
                            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Text{i}"}}}},
                    "default": {"description": p},
                },
            },
            "post": {
                "operationId": f"post{i} {p}",
                "tags": [p],
                "parameters": [
                    {"name": v, "in": "path", "required": True, "schema": {"type": "string"}}
                    for v in template_names(path)
                ],
                "requestBody": {"description": p, "required": True,
                                "content": {"application/x-" + p: {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"204": {"description": p}},
                "security": [{f"key{i}": []}],
            },
        }
        security[f"key{i}"] = {"type": "apiKey", "in": "header", "name": p, "description": p}
    values = list(PAYLOADS.values())
    return {
        "openapi": "3.1.0",
        "info": {"title": "\n".join(values), "version": "".join(values), "description": "\n\n".join(values)},
        "servers": [{"url": "https://api.example.com/" + "".join(values)}],
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": security},
    }


# Names that must become valid, distinct, non-shadowing identifiers and file names.
HOSTILE_NAMES: dict[str, list[str]] = {
    "keywords": ["class", "def", "None", "True", "False", "import", "lambda", "async", "await", "return",
                 "from", "global", "nonlocal", "yield", "pass", "del", "not"],
    "soft-keywords": ["match", "case", "type", "_"],
    "builtins": ["print", "list", "dict", "id", "str", "int", "object", "bool", "float", "bytes", "exec",
                 "eval", "open", "__import__", "super", "property", "classmethod", "staticmethod"],
    "runtime-names": ["to_dict", "from_dict", "additional_properties", "Client", "AsyncClient", "datetime",
                      "_rt", "_t", "_dc", "_dt", "_uuid", "_decimal", "_enum", "_httpx", "_FIELDS", "data",
                      "cls", "self", "UNSET", "Unset", "NOT_GIVEN", "client", "body", "timeout",
                      "extra_headers", "extra_query", "max_retries", "_Client", "_Mapping", "response",
                      "dataclasses", "typing", "__init__", "__class__", "__slots__", "__dict__", "__all__"],
    "nfkc-lookalikes": ["𝕤𝕖𝕝𝕗", "𝕕𝕖𝕗", "ｃｌａｓｓ", "ﬁeld", "𝐍𝐨𝐧𝐞", "ｉｍｐｏｒｔ", "ℌ", "Ⅸ"],
    "sanitize-collisions": ["a-b", "a_b", "a b", "A_B", "aB", "a.b", "a__b", "-a-b-", "ab", "Ab", "AB"],
    "empty-and-symbols": ["", " ", "!!!", "-", "123", "0abc", "@type", "🚀", "日本語", "ä"],
    "windows-devices": ["con", "CON", "aux", "nul", "prn", "com1", "LPT9", "con.txt"],
    "traversal": ["../../../../tmp/evil", "/abs/path", "C:\\Windows\\evil", "..", ".", "a/../../b",
                  "~root", "%2e%2e%2f"],
}

# Component keys must match ^[a-zA-Z0-9.\-_]+$ (the OpenAPI schema enforces it); these do.
SCHEMA_NAMES = ["class", "None", "True", "match", "type", "print", "list", "id", "to_dict", "from_dict",
                "Client", "AsyncClient", "datetime", "_rt", "_t", "data", "cls", "self", "Any", "Literal",
                "Unset", "UNSET", "Response", "Order", "order", "ORDER", "con", "CON", "aux", "nul", "com1",
                "LPT1", "..", "...", "a.b", "a-b", "a_b", "A_B", "__init__", "models", "api", "_runtime",
                "typing", "json", "0abc", "123", "_", "-", "init", "main", "py.typed", "additional_properties"]


def file_tags() -> list[str]:
    return [n for group in ("windows-devices", "traversal", "sanitize-collisions", "empty-and-symbols")
            for n in HOSTILE_NAMES[group]] + ["class", "match", "__init__", "typing", "Client", "ｃｌａｓｓ"]


def all_hostile() -> list[str]:
    return [n for names in HOSTILE_NAMES.values() for n in names]


def names_spec() -> dict[str, Any]:
    """Hostile names as property, parameter, operation, tag, schema and security-scheme names."""
    everything = list(dict.fromkeys(all_hostile()))
    schemas: dict[str, Any] = {
        # One model per group, so a round trip shows no property was lost to a collision.
        f"Names{k}": {"type": "object",
                      "properties": {**{n: {"type": "string"} for n in names}, f"marker_{k}": {"type": "string"}}}
        for k, names in enumerate(HOSTILE_NAMES.values())
    }
    for name in SCHEMA_NAMES:
        schemas[name] = {"type": "object", "properties": {"value": {"type": "string"},
                                                           "marker_schema": {"type": "string"}}}
    paths: dict[str, Any] = {}
    # Tags become module files: the file-name attacks, a few of each other kind.
    tags = file_tags()
    for i, name in enumerate(everything):
        paths[f"/n{i}"] = {"get": {
            "operationId": name,
            "tags": [tags[i % len(tags)]],
            "parameters": [{"name": n, "in": "query", "schema": {"type": "string"}} for n in everything]
            if i == 0 else [{"name": name, "in": "header", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Names0"}}}}},
        }}
    security = {f"s{j}" if not re.fullmatch(r"[A-Za-z0-9._-]+", n) else n:
                {"type": "apiKey", "in": "query", "name": n or "empty"}
                for j, n in enumerate(everything[:40])}
    return {
        "openapi": "3.0.3",
        "info": {"title": "names", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": security},
    }


def tricky_yaml_spec() -> str:
    """YAML 1.1 look-alikes (must stay strings), cycles (must generate), a small alias bomb (bounded)."""
    return """openapi: 3.0.3
info: {title: yaml, version: '1'}
paths:
  /x:
    get:
      operationId: getX
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
x-small-bomb:
  a: &a [x, x, x, x, x, x, x, x, x]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
components:
  schemas:
    Bools:
      type: string
      enum: [yes, no, on, off, y, n, NO, Off, 012, 0o17, 1_000, '1:30', =, ~x]
    Node:
      type: object
      properties:
        name: {type: string, default: yes}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        parent: {$ref: '#/components/schemas/Node'}
        partner: {$ref: '#/components/schemas/A'}
        kind: {$ref: '#/components/schemas/Bools'}
        extra: {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}
    A:
      type: object
      properties:
        b: {$ref: '#/components/schemas/B'}
    B:
      type: object
      properties:
        a: {$ref: '#/components/schemas/A'}
        any: {$ref: '#/components/schemas/JsonValue'}
    JsonValue:
      nullable: true
      anyOf:
        - type: string
        - type: number
        - type: boolean
        - type: array
          items: {$ref: '#/components/schemas/JsonValue'}
        - type: object
          additionalProperties: {$ref: '#/components/schemas/JsonValue'}
    Composed:
      allOf:
        - $ref: '#/components/schemas/A'
        - oneOf:
            - $ref: '#/components/schemas/Node'
            - anyOf: [{$ref: '#/components/schemas/B'}, {type: string}]
        - properties:
            self: {$ref: '#/components/schemas/Composed'}
"""


YAML_STRINGS = ["yes", "no", "on", "off", "y", "n", "NO", "Off", "012", "0o17", "1_000", "1:30", "=", "~x"]
