"""The one escaping path from spec text to Python source.

Everything the spec says that ends up in generated code passes through here: values become
``repr()``-built literals, prose becomes docstring bodies that spec text cannot close. Comments
never carry spec text (a newline would end them).
"""

from __future__ import annotations

import ast
import math
import re
import textwrap
import unicodedata
from typing import Any

from generator.style import LINE_LENGTH

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
MAX_LITERAL_DEPTH = 256  # above limits.DEFAULT.max_depth, so any value a loaded spec holds fits


class NotALiteral(ValueError):
    """The value has no faithful Python literal (NaN, infinity, unknown types, too deep)."""


def literal(value: Any, _depth: int = 0) -> str:
    """Python source for a JSON value; ``ast.literal_eval`` of the result gives the value back."""
    if _depth > MAX_LITERAL_DEPTH:
        raise NotALiteral("nested too deeply")
    if isinstance(value, (str, bytes)):
        return black_quoted(repr(value))  # bytes: sample bodies for octet-stream uploads
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotALiteral(f"{value!r} has no JSON representation")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v, _depth + 1) for v in value) + "]"
    if isinstance(value, dict):
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotALiteral("object keys must be strings")
            items.append(f"{literal(key)}: {literal(item, _depth + 1)}")
        return "{" + ", ".join(items) + "}"
    raise NotALiteral(f"unsupported value of type {type(value).__name__}")


_UNESCAPED_DQ = re.compile(r'(([^\\]|^)(\\\\)*)"')
_ESCAPED_SQ = re.compile(r"([^\\]|^)\\((?:\\\\)*)'")


def _sub_twice(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    return pattern.sub(replacement, pattern.sub(replacement, text))


def black_quoted(source: str) -> str:
    """A ``repr()`` of a str/bytes with black's quote choice, so black leaves it as it is.

    The same rule black applies (``normalize_string_quotes``): double quotes unless they need more
    backslashes than single quotes. Only quote escapes change, so the value is the same.
    """
    prefix = "b" if source[0] == "b" else ""
    body = source[len(prefix) + 1:-1]
    if source[len(prefix)] == '"':
        return source  # repr chose double quotes: the string holds ' and no ", black keeps it
    if "'" not in body and '"' not in body:
        return f'{prefix}"{body}"'  # no quote to re-escape (the common case): the rewrite below is a no-op
    new_body = _sub_twice(_ESCAPED_SQ, r"\1\2'", body)
    new_body = _sub_twice(_UNESCAPED_DQ, r'\1\\"', new_body)
    if new_body.count("\\") > body.count("\\"):
        return source
    return f'{prefix}"{new_body}"'


_TRIPLE_UNSAFE = re.compile(r'[\x00-\x1f\x7f]|[^\x00-\x7f]|"(?="|\Z)')


def _triple_escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch == '"':
        return '\\"'  # a quote that would start a run of three, or end the literal
    if ch.isascii() or 0xD800 <= ord(ch) <= 0xDFFF or unicodedata.category(ch) in _UNSAFE_CATEGORIES:
        return _escape_char(ch)
    return ch


def triple_quoted(text: str) -> str:
    """A ``\"\"\"...\"\"\"`` literal for a str (``ast.literal_eval`` gives it back), on one line.

    For large data strings (JSON): black's quote normalisation skips triple-quoted strings, where
    it rewrites every quote of a single-quoted one, twice a pass. Backslashes are doubled, control,
    format and separator characters escaped, and a quote escaped wherever an unescaped one could
    close the literal (followed by another quote, or last), so the text stays data.
    """
    return '"""' + _TRIPLE_UNSAFE.sub(_triple_escape, text.replace("\\", "\\\\")) + '"""'


def triple_quoted_lines(lines: list[str]) -> str:
    """A ``\"\"\"...\"\"\"`` literal holding ``lines`` one a line (data a reviewer can diff line by line).

    Each line is escaped as ``triple_quoted`` escapes its text (so no line holds a raw newline or
    can close the literal); only the separators between them are real newlines.
    """
    return '"""' + "\n".join(_TRIPLE_UNSAFE.sub(_triple_escape, line.replace("\\", "\\\\")) for line in lines) + '"""'


def doc_source(source: str) -> str:
    """A literal for showing inside a docstring: single-quoted (as ``repr``), so no quote escapes."""
    if source[:1] == '"' or source[:2] == 'b"':
        return repr(ast.literal_eval(source))
    return source


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def docstring_body(text: str) -> str:
    """Prose made safe to sit between triple double quotes; empty when there is nothing to say.

    Backslashes and quotes are escaped, and control, format and line-separator characters are
    written as escapes, so the text is kept as data and cannot end the string. Lone surrogates
    become U+FFFD.
    Trailing whitespace is dropped (black would drop it anyway).
    """
    if not isinstance(text, str):
        return ""
    lines = textwrap.dedent(text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)).split("\n")
    out: list[str] = []
    for line in lines:
        if line.isprintable() and "\\" not in line and '"' not in line:
            # Nothing to escape (the unsafe categories and surrogates are all non-printable): the
            # loop below would copy it unchanged.
            out.append(line.rstrip())
            continue
        escaped = []
        for ch in line.rstrip():
            if ch == "\\":
                escaped.append("\\\\")
            elif ch == '"':
                escaped.append('\\"')
            elif 0xD800 <= ord(ch) <= 0xDFFF:
                # A lone surrogate cannot be UTF-8 encoded, and CPython encodes class docstrings
                # when it creates the class: the module would fail to import.
                escaped.append("\ufffd")
            elif unicodedata.category(ch) in _UNSAFE_CATEGORIES and ch != "\t":
                escaped.append(_escape_char(ch))
            else:
                escaped.append(ch)
        out.append("".join(escaped))
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out)


DOC_WIDTH = 88  # columns of a docstring line's text: with its indentation, inside black's line length
_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,3}[.)]) ")
_ARG_ENTRY = re.compile(r" +[A-Za-z_][A-Za-z0-9_]*: ")  # "    name: text" of an Args section


def _wrap(lines: list[str]) -> list[str]:
    """Prose lines longer than ``DOC_WIDTH`` broken at spaces: a list item's continuation under its
    text, an ``Args`` entry's four columns in. Other indented lines (code), code fences and tables
    stay as they are. The lines are already escaped (``docstring_body``), and no escape holds a
    space, so breaking at spaces keeps every escape whole."""
    out: list[str] = []
    fenced = False
    for line in lines:
        if line.lstrip().startswith("```"):
            fenced = not fenced
        indent = len(line) - len(line.lstrip(" "))
        arg = _ARG_ENTRY.match(line) if indent else None
        if fenced or len(line) <= DOC_WIDTH or line[indent:indent + 1] == "|" or (indent and arg is None):
            out.append(line)
            continue
        item = _LIST_ITEM.match(line)
        hang = indent + 4 if arg else (item.end() if item else 0)
        out.extend(textwrap.wrap(line[indent:], DOC_WIDTH, initial_indent=" " * indent,
                                 subsequent_indent=" " * hang, break_long_words=False,
                                 break_on_hyphens=False) or [line])
    return out


def one_line(text: str, limit: int = 0) -> str:
    """The first sentence-ish line of prose, for summaries; still passed through docstring_body."""
    if not isinstance(text, str):
        return ""
    first = text.strip().split("\n", 1)[0].strip()
    if limit and len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first


def docstring_block(body: str, spaces: int) -> str:
    """A whole docstring (quotes included) from a ``docstring_body``, laid out as black lays it out.

    black re-indents the lines after the first by their common indentation and joins a one-line
    docstring with its closing quotes; doing the same here lets black format the file in one pass.
    The text only moves between lines and columns, so the escaping done by docstring_body holds.
    """
    lines = _wrap([line.rstrip() for line in body.split("\n")]) if body else [""]
    rest = [line for line in lines[1:] if line]
    common = min((len(line) - len(line.lstrip(" ")) for line in rest), default=0)
    pad = " " * spaces
    out = [lines[0].strip()] + [pad + line[common:] if line else "" for line in lines[1:]]
    while len(out) > 1 and not out[-1]:
        out.pop()
    if len(out) == 1:
        return '"""' + out[0] + '"""'
    return '"""' + "\n".join(out) + "\n" + pad + '"""'


def module_docstring(body: str) -> str:
    """A module docstring's text between its quotes (a ``docstring_body``) as black leaves it: a
    multi-line one whose last line has no room left for the closing quotes gets them on a line of
    their own (black's rule; doing it here spares black a second pass over the file)."""
    lines = body.split("\n")
    if len(lines) > 1 and len(lines[-1]) + 3 > LINE_LENGTH:
        return body + "\n"
    return body


def toml_string(text: str) -> str:
    """A TOML basic string; lone surrogates (not representable in TOML) become U+FFFD."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")
        elif code < 0x20 or code == 0x7F or unicodedata.category(ch) in _UNSAFE_CATEGORIES:
            out.append(f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def markdown_text(text: str) -> str:
    """Prose for a Markdown file: control characters and lone surrogates replaced.

    Markdown is data, never executed; renderers sanitise HTML, and escaping ``<`` would show up
    literally inside code spans (``rmk_<id>``), so it is left alone.
    """
    if not isinstance(text, str):
        return ""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text.strip()  # nothing to replace (the unsafe categories are all non-printable)
    cleaned = "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in _UNSAFE_CATEGORIES else "\ufffd" for ch in text
    )
    return cleaned.strip()
