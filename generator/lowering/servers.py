"""The servers pass: the document's ``servers`` (top level, per path item, per operation) become
``ir.Server``s a client can choose by name or index, with their variables.

Server URLs are spec content that ends up in code and in every request, so each is checked
before it is kept: after its variables are replaced by their defaults it must be an absolute
``http(s)`` URL with a host and no credentials (a ``javascript:`` or ``file:`` URL, or
``https://user:secret@host``, is dropped with a located warning). A relative URL (``/api/v3``,
relative to wherever the document is served) is resolved against the configured ``base_url``
when there is one; otherwise it is dropped with a warning saying how to supply the host.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from generator import ir
from generator.lowering.context import Pass, text
from generator.naming import NameTable, snake, upper_snake
from generator.spec.pointer import escape as escape_pointer_part

_TEMPLATE_VARIABLE = "{"


class ServerPass(Pass):
    """Reads ``servers`` lists; one instance per lowering, so names are settled per list."""

    def servers(self, raw: Any, ptr: str) -> tuple[ir.Server, ...]:
        """The usable servers of the ``servers`` list at ``ptr`` (``()`` when absent or none is)."""
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.warn("server-invalid", "`servers` is not a list; ignored", ptr)
            return ()
        names = NameTable()
        out: list[ir.Server] = []
        for index, entry in enumerate(raw):
            server = self.server(entry, f"{ptr}/{index}", index, names)
            if server is not None:
                out.append(server)
        return tuple(out)

    def server(self, entry: Any, ptr: str, index: int, names: NameTable) -> ir.Server | None:
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            self.warn("server-invalid", "a server without a string `url`; ignored", ptr)
            return None
        url: str = entry["url"]
        variables = self.variables(entry.get("variables"), ptr + "/variables")
        declared = {v.name for v in variables}
        resolved = url
        for v in variables:
            resolved = resolved.replace("{" + v.name + "}", v.default)
        if _TEMPLATE_VARIABLE in resolved:
            missing = sorted({part.split("}", 1)[0] for part in resolved.split("{")[1:]} - declared)
            self.warn("server-variable-undeclared", f"server URL {_shown(url)} uses variable(s) "
                      f"{', '.join(missing) or '?'} that its `variables` do not declare; the server is "
                      "ignored", ptr + "/url")
            return None
        absolute = self.absolute(resolved, ptr + "/url")
        if absolute is None:
            return None
        if absolute != resolved:  # a relative URL resolved against the configured base_url
            url = absolute
        described = text(entry.get("description"))
        # OpenAPI 3.2's `name` (or `x-name`), else the description's first words, else the position.
        given = next((v for v in (entry.get("name"), entry.get("x-name")) if isinstance(v, str) and v), "")
        wanted = snake(" ".join((given or described).split()[:4]), fallback=f"server_{index}")
        name = names.claim(wanted)
        return ir.Server(name=name, url=url, description=described, variables=variables, pointer=ptr,
                         default_url=absolute.rstrip("/"))

    def variables(self, raw: Any, ptr: str) -> tuple[ir.ServerVariable, ...]:
        if not isinstance(raw, dict):
            return ()
        out: list[ir.ServerVariable] = []
        for name, spec in raw.items():
            vptr = f"{ptr}/{escape_pointer_part(str(name))}"
            if not isinstance(spec, dict):
                continue
            enum_raw = spec.get("enum")
            enum = tuple(str(v) for v in enum_raw if isinstance(v, (str, int, float)) and not isinstance(v, bool)) \
                if isinstance(enum_raw, list) else ()
            default = spec.get("default")
            if isinstance(default, (int, float)) and not isinstance(default, bool):
                default = str(default)
            if not isinstance(default, str):
                if not enum:
                    self.warn("server-variable-default", f"server variable {str(name)!r} has no string "
                              "`default` (required); the server is used with the variable empty", vptr)
                default = enum[0] if enum else ""
            elif enum and default not in enum:
                self.warn("server-variable-default", f"server variable {str(name)!r}: default "
                          f"{_shown(default)} is not one of its enum {list(enum)[:10]!r}; the default is "
                          "used, and a value passed to the client must be one of the enum", vptr + "/default")
            out.append(ir.ServerVariable(name=str(name), default=default, enum=enum,
                                         description=text(spec.get("description"))))
        return tuple(out)

    def absolute(self, url: str, ptr: str) -> str | None:
        """``url`` (variables replaced) when it may be a base URL; None (with a warning) when not."""
        if any(ch.isspace() or not ch.isprintable() for ch in url):
            self.warn("server-url-invalid", f"server URL {_shown(url)} contains whitespace or control "
                      "characters; ignored", ptr)
            return None
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            self.warn("server-url-invalid", f"server URL {_shown(url)} does not parse ({exc}); ignored", ptr)
            return None
        if not parts.scheme and not parts.netloc:
            if self.config.base_url:
                return self.absolute(urljoin(self.config.base_url, url), ptr)
            self.warn("server-url-relative", f"server URL {_shown(url)} is relative to wherever the API "
                      "description is served, which a client cannot know; ignored. Pass "
                      "`base_url=` to the client (e.g. https://api.example.com" + (url if url.startswith("/")
                                                                                  else "/" + url)
                      + "), or set `base_url` in the generator configuration", ptr)
            return None
        if parts.scheme.lower() not in ("http", "https"):
            self.warn("server-url-scheme", f"server URL scheme {parts.scheme[:20]!r} is not http or https; "
                      "the server is ignored", ptr)
            return None
        if "@" in parts.netloc:
            self.warn("server-url-credentials", "a server URL carries credentials (user:password@); the server "
                      "is ignored (credentials belong in the client's auth options, not in code)", ptr)
            return None
        if not parts.hostname:
            self.warn("server-url-invalid", f"server URL {_shown(url)} has no host; ignored", ptr)
            return None
        if parts.query or parts.fragment:
            self.warn("server-url-invalid", f"server URL {_shown(url)} has a query or fragment; ignored", ptr)
            return None
        try:
            port = parts.port
        except ValueError:
            port = -1
        if port is not None and not 0 < port < 65536:
            self.warn("server-url-invalid", f"server URL {_shown(url)} has an invalid port; ignored", ptr)
            return None
        return url

    def base_url_env(self) -> str:
        """The environment variable that overrides the base URL, beside the token's."""
        token_env = self.config.token_env
        if token_env and token_env.endswith("_TOKEN"):
            return token_env[: -len("_TOKEN")] + "_BASE_URL"
        return upper_snake(self.config.package) + "_BASE_URL"


def _shown(url: str) -> str:
    """A URL as messages quote it: repr, shortened, without any userinfo."""
    if "@" in url:
        head, _, tail = url.rpartition("@")
        scheme = head.split("//", 1)[0] + "//" if "//" in head else ""
        url = f"{scheme}***@{tail}"
    text_ = repr(url)
    return text_ if len(text_) <= 80 else text_[:77] + "..."
