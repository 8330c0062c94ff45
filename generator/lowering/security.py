"""The security and servers pass: security schemes become client credentials (keyword, environment
variable, where each is sent); an operation's requirements become alternatives of scheme keys;
servers are read by ``servers.ServerPass``."""

from __future__ import annotations

from typing import Any, Literal

from generator import ir
from generator.lowering.context import RESERVED_PARAMS, Pass, text
from generator.lowering.oauth import oauth_of
from generator.naming import NameTable, snake, upper_snake
from generator.spec.pointer import escape as escape_pointer_part


class SecurityPass(Pass):
    # (key, type) of the schemes ``security_schemes`` leaves out as unsupported
    unsupported: tuple[tuple[str, str], ...] = ()

    def security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        raw = self.data.get("components", {}).get("securitySchemes", {})
        if not isinstance(raw, dict):
            return ()
        schemes: list[ir.SecurityScheme] = []
        py_names = NameTable(RESERVED_PARAMS | {"base_url", "server", "server_variables", "headers", "transport",
                                                "http_client", "follow_redirects", "strict_decoding"})
        prefix = upper_snake(self.config.package)
        first_token = True
        unsupported: list[tuple[str, str]] = []
        for key, scheme in raw.items():
            scheme, sptr = self.resolve(scheme, "/components/securitySchemes/" + escape_pointer_part(key))
            if not isinstance(scheme, dict):
                continue
            kind_raw = scheme.get("type")
            http_scheme = str(scheme.get("scheme", "")).lower()
            location: Literal["header", "query", "cookie"] = "header"
            param = "Authorization"
            if kind_raw == "http" and http_scheme == "basic":
                kind: Literal["bearer", "basic", "apiKey"] = "basic"
                wanted = "basic_auth"
            elif kind_raw == "http" and http_scheme not in ("bearer", ""):
                # Digest, HOBA, Negotiate...: this client does not compute them, and sending the
                # credential as a bearer token would be wrong. The caller supplies the whole
                # Authorization header value; operations that need the scheme still require it.
                kind, param = "apiKey", "Authorization"
                wanted = snake(str(key), fallback="auth") + "_authorization"
                self.warn("security-scheme-unsupported", f"http scheme {http_scheme[:40]!r} of security scheme "
                          f"{str(key)!r} is not computed by the client: pass the whole Authorization header "
                          f"value as `{wanted}=` (or its environment variable); operations that need it "
                          "say so", sptr + "/scheme")
            elif kind_raw in ("http", "oauth2", "openIdConnect"):
                kind = "bearer"
                wanted = "token" if first_token else snake(str(key)) + "_token"
            elif kind_raw == "apiKey" and scheme.get("in") in ("header", "query", "cookie") \
                    and isinstance(scheme.get("name"), str):
                kind = "apiKey"
                location = scheme["in"]
                param = scheme["name"]
                wanted = snake(str(key), fallback="api_key")
            else:
                self.warn("security-unsupported", f"security scheme {str(key)!r} of type {kind_raw!r} is not "
                          "supported; operations that need only it are sent without credentials", sptr)
                unsupported.append((str(key), str(kind_raw)))
                continue
            stem = "" if kind == "bearer" and first_token else snake(str(key)) + "_"
            if kind == "bearer" and first_token:
                env = self.config.token_env or f"{prefix}_TOKEN"
                first_token = False
            else:
                env = f"{prefix}_{upper_snake(str(key))}"
            py_name = py_names.claim(wanted)
            provider = py_names.claim(f"{stem}token_provider") if kind == "bearer" else ""
            oauth = oauth_of(scheme, py_names, stem=stem,
                             env_prefix=prefix + ("_" + upper_snake(str(key)) if stem else "")) \
                if kind_raw == "oauth2" else None
            schemes.append(ir.SecurityScheme(
                key=str(key), kind=kind, location=location, param_name=param,
                py_name=py_name, env_var=env, description=text(scheme.get("description")),
                source=str(kind_raw), provider_name=provider, oauth=oauth))
        self.unsupported = tuple(unsupported)
        return tuple(schemes)

    def security_of(self, requirements: Any, known: set[str], ptr: str) -> tuple[tuple[str, ...], ...]:
        if not isinstance(requirements, list):
            return ()
        alternatives: list[tuple[str, ...]] = []
        for req in requirements:
            if not isinstance(req, dict):
                continue
            names = tuple(str(k) for k in req)
            unknown = [n for n in names if n not in known]
            if unknown:
                self.warn("security-unknown", f"security requirement names unknown scheme(s) {unknown}", ptr)
                continue
            alternatives.append(names)
        # An empty requirement makes authentication optional; it stays in the IR (as ``()``) so the
        # client still sends credentials it has. Only an empty list means no authentication at all.
        return tuple(alternatives)
