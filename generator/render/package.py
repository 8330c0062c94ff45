"""The package around the modules: the client class, package and api/ __init__ files, pyproject,
the runtime copy, README.md and api.md."""

from __future__ import annotations

import dataclasses
import re
import shlex
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from generator import ir, resources
from generator.config import ClientConfig
from generator.emit.pyexpr import (
    Call,
    Needs,
    annotation,
    event_annotation,
    field_annotation,
    result_annotation,
    tuple_source,
)
from generator.emit.pysource import literal, markdown_text, one_line, toml_string
from generator.examples.docs import Examples
from generator.render.anchors import Slugger
from generator.render.base import OutputFile, Renderer, doc, module_doc, public
from generator.render.layout import call_line, import_line, laid_out
from generator.render.operations import operation_context, response_classes


def client_file(renderer: Renderer) -> OutputFile:
    creds = []
    params = []
    env_vars = []
    for s in renderer.api.security_schemes:
        ann = "tuple[str, str] | None" if s.kind == "basic" else "str | None"
        params.append({"name": s.py_name, "annotation": ann,
                       "doc": doc(one_line(s.description, 200) or f"Credential for {s.key}.")})
        env_vars.append({"name": s.py_name, "env": s.env_var})
        if s.kind == "bearer":
            params.append({"name": s.provider_name, "annotation": "_rt.TokenProvider | _rt.TokenSource | None",
                           "doc": "A function returning tokens (or a ``TokenSource``), called before each request."})
            creds.append(call_line(f"{literal(s.key)}: ", bearer_credential_call(s, params, env_vars), "", 8))
            continue
        creds.append(call_line(f"{literal(s.key)}: ", Call("_rt.Credential.resolve", (
            literal(s.kind), s.py_name, f"env_var={literal(s.env_var)}", f"location={literal(s.location)}",
            f"param_name={literal(s.param_name)}")), "", 8))
    policy = renderer.api.policy
    security = tuple_source(tuple_source(literal(k) for k in alt) if alt else "()"
                            for alt in policy.default_security) if policy.default_security else "()"
    api_info = laid_out(call_line("_API: _t.Final = ", Call("_rt.ApiInfo", (
        f"security={security}", f"idempotency_header={literal(policy.idempotency_header)}",
        f"request_id_headers={tuple_source(literal(h) for h in policy.request_id_headers)}",
        f"log_env={literal(policy.log_env)}")), "", 0))
    text = renderer.template(
        "client.py.jinja",
        api_info=api_info,
        log_env=policy.log_env,
        title_doc=doc(renderer.api.title),
        base_url=literal(renderer.api.base_url),
        base_url_env=literal(renderer.api.base_url_env),
        base_url_env_doc=doc(renderer.api.base_url_env),
        servers=servers_block("SERVERS", renderer.api.servers),
        operation_servers=servers_block("OPERATION_SERVERS", renderer.api.operation_servers),
        user_agent=literal(f"{renderer.config.distribution}/{renderer.version()} (python)"),
        cred_params=params,
        cred_call=call_line("credentials=", Call("_credentials", tuple(f"{p['name']}={p['name']}" for p in params)),
                            ",", 12),
        credentials=creds,
        env_vars=env_vars,
    )
    return OutputFile(f"{renderer.package}/_client.py", text, True)


def credential_rows(api: ir.Api) -> list[dict[str, str]]:
    """api.md's rows for the credential keywords: each scheme's own, its token provider, and its
    OAuth2 client ID, secret and refresh token."""
    rows = []
    for s in api.security_schemes:
        rows.append({"name": s.py_name, "env": s.env_var, "kind": s.kind,
                     "annotation": "tuple[str, str] | None" if s.kind == "basic" else "str | None"})
        if s.provider_name:
            rows.append({"name": s.provider_name, "env": "", "kind": "provider",
                         "annotation": "TokenProvider | TokenSource | None"})
        if s.oauth is not None:
            rows += [{"name": a.py_name, "env": a.env_var, "kind": "oauth", "annotation": "str | None"}
                     for a in (s.oauth.client_id, s.oauth.client_secret, s.oauth.refresh_token) if a]
    return rows


def bearer_credential_call(s: ir.SecurityScheme, params: list[dict[str, str]],
                           env_vars: list[dict[str, str]]) -> Call:
    """The ``_rt.bearer_credential(...)`` call of a bearer-kind scheme; its OAuth2 keywords are
    appended to ``params`` and ``env_vars``."""
    args = [s.py_name, s.provider_name, f"env_var={literal(s.env_var)}"]
    o = s.oauth
    if o is not None and o.client_id is not None:
        args.append(f"flow=_rt.OAuth2Flow(token_url={literal(o.token_url)}, refresh_url={literal(o.refresh_url)}, "
                    f"scopes={tuple_source(literal(x) for x in o.scopes)})")
        for role, arg, what in (("client_id", o.client_id, "OAuth2 client ID"),
                                ("client_secret", o.client_secret, "OAuth2 client secret"),
                                ("refresh_token", o.refresh_token, "OAuth2 refresh token")):
            if arg is None:
                continue
            params.append({"name": arg.py_name, "annotation": "str | None",
                           "doc": f"{what} ({s.key}): tokens are fetched, cached and renewed."})
            env_vars.append({"name": arg.py_name, "env": arg.env_var})
            args += [f"{role}={arg.py_name}", f"{role}_env={literal(arg.env_var)}"]
    return Call("_rt.bearer_credential", tuple(args))



def server_call(server: ir.Server) -> Call:
    """``_rt.Server(...)`` for one server (spec text only ever as string literals)."""
    variables = ", ".join(
        f"{literal(v.name)}: _rt.ServerVariable(default={literal(v.default)}"
        + (f", enum={tuple_source(literal(e) for e in v.enum)}" if v.enum else "") + ")"
        for v in server.variables)
    return Call("_rt.Server", (f"name={literal(server.name)}", f"url={literal(server.url)}",
                               *([f"variables={{{variables}}}"] if variables else []),
                               *([f"description={literal(one_line(server.description, 200))}"]
                                 if server.description else [])))


def servers_block(name: str, servers: tuple[ir.Server, ...]) -> str:
    """``NAME: _t.Final[tuple[_rt.Server, ...]] = (...)``, one server a line, as black lays it out."""
    head = f"{name}: _t.Final[tuple[_rt.Server, ...]] = ("
    if not servers:
        return head + ")"
    lines = [head, *("    " + call_line("", server_call(s), ",", 4) for s in servers), ")"]
    return laid_out("\n".join(lines))


def package_files(renderer: Renderer) -> list[OutputFile]:
    groups = list(renderer.api.groups)
    files = [
        OutputFile(f"{renderer.package}/__init__.py",
                   renderer.template("package_init.py.jinja", title_doc=module_doc(renderer.api.title + " client."),
                                 version=literal(renderer.version())), True),
        OutputFile(f"{renderer.package}/py.typed", "", False),
        OutputFile(f"{renderer.package}/api/__init__.py",
                   renderer.template("api_init.py.jinja", groups=[
                       {"name": g, "import_line": import_line(".", f"{g} as {g}", 4)} for g in groups]), True),
        OutputFile("pyproject.toml", renderer.template(
            "pyproject.toml.jinja", name=toml_string(renderer.config.distribution),
            version=toml_string(renderer.version()),
            description=toml_string(one_line(renderer.api.title, 200)), package=renderer.package), False),
        OutputFile("README.md", readme(renderer), False),
        # Listed in the manifest like every output file, so it is updated and removed as they are;
        # a .gitignore the person wrote there is refused (or kept) by the writer's ownership rules.
        OutputFile(".gitignore", renderer.template("gitignore.jinja"), False),
        OutputFile("api.md", api_doc(renderer), False),
    ]
    # Copied as they are: they are written in black's layout (tests/e2e/test_runtime_layout.py
    # checks it), so formatting them on every run would only cost time.
    for name, text in resources.runtime_files():
        files.append(OutputFile(f"{renderer.package}/_runtime/{name}", text, False))
    return files



def _example_call(group: str, form: str, arguments: str, client: str = "client") -> str:
    """The README's call of one endpoint form (``arguments``: ``", name=value..."``, Python source)."""
    return f"{group}.{form}({client}{arguments})"


def _example_imports(package: str, examples: Examples, group: str, names: tuple[str, ...] = ("Client",)) -> list[str]:
    """The import lines a README example of an operation of ``group`` needs (``names`` from the package)."""
    imports = [f"import {m}" for m in sorted(examples.modules)]
    imports.append(f"from {package} import {', '.join(sorted(names))}")
    imports.append(f"from {package}.api import {group}")
    if examples.models:
        imports.append(f"from {package}.models import {', '.join(sorted(examples.models))}")
    return imports


def readme(renderer: Renderer) -> str:
    api = renderer.api
    anchors = Slugger()
    for heading in readme_headings_before_operations(api):
        anchors.slug(heading)
    ops: list[dict[str, Any]] = []
    request_id_imports: list[str] = []  # the first operation's example, catching APIStatusError
    for op in api.operations:
        examples = Examples(api, renderer.sampler)
        arguments = examples.arguments(op)
        call = _example_call(op.group, op.py_name, arguments)
        imports = _example_imports(renderer.package, examples, op.group)
        if not ops:
            request_id_imports = _example_imports(renderer.package, examples, op.group, ("APIStatusError", "Client"))
        ops.append({
            "name": op.py_name, "group": op.group, "method": op.method,
            "path": markdown_text(op.path).replace("`", "'"),
            "summary": markdown_text(one_line(op.summary or op.description, 200)),
            "needs_body": op.body is not None and op.body.init_default is None,
            "example_imports": imports, "example_call": call,
            "stream_call": _example_call(op.group, f"{op.py_name}_stream", arguments) if op.events else call,
            "streaming_call": _example_call(op.group, f"{op.py_name}_streaming", arguments),
            "pages_call": _example_call(op.group, f"{op.py_name}_pages", arguments),
            "patient_call": _example_call(op.group, op.py_name, arguments, client="patient"),
            "returns_none": result_annotation(op, renderer.needs()) == "None",
            "anchor": anchors.slug(operation_heading(op)),
        })
    streamed = [o for o, op in zip(ops, api.operations) if op.events is not None or op.streamed]
    downloads = [o for o, op in zip(ops, api.operations) if op.streaming_form]
    paged = [o for o, op in zip(ops, api.operations) if op.pagination is not None]
    return renderer.template(
        "README.md.jinja", title=markdown_text(api.title), description=markdown_text(api.description),
        package=renderer.package, distribution=renderer.config.distribution, operations=ops,
        install_path=install_path(renderer.config),
        stream_example=streamed[0] if streamed else None, paged_example=paged[0] if paged else None, download_example=downloads[0] if downloads else None,
        flagged=any(op.events is not None and op.events.flag for op in api.operations),
        credentials=[credential_text(s) for s in api.security_schemes],
        unsupported=", ".join(f"{_code(key)} ({_code(kind)})" for key, kind in api.unsupported_security),
        kw=client_keywords(api),
        request_id_imports=request_id_imports,
        base_url=markdown_text(api.base_url),
        oauth=_readme_oauth(api),
        bearer=next(({"provider": s.provider_name} for s in api.security_schemes if s.provider_name), None),
        request_id_headers=[markdown_text(h) for h in api.policy.request_id_headers],
        idempotency_header=markdown_text(api.policy.idempotency_header),
        log_env=api.policy.log_env,
        first_model=api.models[0].name if api.models else "",
        base_url_env=api.base_url_env,
        servers=[{"name": s.name, "url": _cell(s.url),
                  "variables": _cell(", ".join(
                      f"{v.name} ({' or '.join(v.enum)})" if v.enum else f"{v.name} (default {v.default})"
                      for v in s.variables) or "none")} for s in api.servers],
        operation_servers=[op.py_name for op in api.operations if op.servers],
    )


def operation_heading(op: ir.Operation) -> str:
    """The text of an operation's README heading (``### group.name``)."""
    return f"{op.group}.{op.py_name}"


def readme_headings_before_operations(api: ir.Api) -> list[str]:
    """The text of every README heading above the operations' own, in order (GitHub numbers a
    repeated anchor by what came before): the title, the API description's headings, and the
    template's sections. Must follow README.md.jinja (tests/client/test_docs.py checks each link)."""
    headings = [f"{markdown_text(api.title)} — Python client", *markdown_headings(markdown_text(api.description)),
                "Install", "Use", "Authentication"]
    if _readme_oauth(api) is not None:
        headings.append("OAuth2")
    if any(s.provider_name for s in api.security_schemes):
        headings.append("Token providers")
    headings.append("Operations")
    return headings


_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def markdown_headings(text: str) -> list[str]:
    """The ATX (``## x``) and setext (underlined) headings of Markdown prose, outside code fences."""
    found: list[str] = []
    fence = ""
    previous = ""
    for line in text.split("\n"):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1) == fence:
                fence = ""
            previous = ""
            continue
        if opened:
            fence, previous = opened.group(1), ""
            continue
        atx = _ATX.match(line)
        if atx:
            found.append(atx.group(1) or "")
            previous = ""
            continue
        if _SETEXT.match(line) and previous.strip() and not previous.startswith(("    ", "\t")):
            found.append(previous.strip())
            previous = ""
            continue
        previous = line
    return found


def install_path(config: ClientConfig) -> str:
    """The output folder for ``pip install``, as it was given (relative paths as they are, an
    absolute one by its name), quoted for the shell."""
    label = (config.output_label or config.output.name or ".").replace("\\", "/")
    path = PurePosixPath(label)
    if path.is_absolute():
        path = PurePosixPath(path.name or ".")
    text = str(path)
    if not text.isprintable():
        text = "."
    if text != "." and not text.startswith(("./", "../")) and text != "..":
        text = "./" + text
    return shlex.quote(text)


def _code(text: str) -> str:
    """Spec text as one Markdown code span (no backtick or line break can end it)."""
    return "`" + one_line(markdown_text(text)).replace("`", "'").replace("|", "%7C") + "`"


_WHERE = {"header": "header", "query": "query parameter", "cookie": "cookie"}


def credential_text(s: ir.SecurityScheme) -> str:
    """The README's line for one scheme: its keyword, environment variable and what it carries."""
    key, env = _code(s.key), f"`{s.env_var}`"
    if s.kind == "basic":
        return (f"`{s.py_name}=(\"user\", \"password\")`, a (user, password) tuple, or {env} set to "
                f"`user:password`: HTTP Basic credentials ({key}), sent as `Authorization: Basic ...`.")
    if s.kind == "bearer":
        what = {"oauth2": "an OAuth2 access token", "openIdConnect": "an OpenID Connect access token"}.get(
            s.source, "a bearer token")
        flows = f"; flows: {', '.join(_code(f) for f in s.oauth.flows)}" if s.oauth is not None and s.oauth.flows \
            else ""
        text = f"`{s.py_name}=` or {env}: {what} ({key}{flows}), sent as `Authorization: Bearer <token>`"
        if s.oauth is not None and s.oauth.client_id is not None:
            text += "; or let the client fetch tokens itself (OAuth2, below)"
        return text + f"; `{s.provider_name}=` takes a function that returns tokens (Token providers, below)."
    if s.source == "http":  # Digest, Negotiate...: the caller writes the whole header
        return (f"`{s.py_name}=` or {env}: the whole `Authorization` header value ({key}): this client does "
                "not compute that HTTP authentication scheme.")
    return f"`{s.py_name}=` or {env}: an API key ({key}), sent in the {_code(s.param_name)} {_WHERE[s.location]}."


def client_arguments(api: ir.Api) -> str:
    """The credential keywords of the README's first examples: those the first operation needs
    (its first alternative), else the first scheme's; values of the right type."""
    by_key = {s.key: s for s in api.security_schemes}
    needed = next((alt for op in api.operations[:1] for alt in op.security if alt), ())
    chosen = [by_key[k] for k in needed if k in by_key] or list(api.security_schemes[:1])
    return ", ".join(f"{s.py_name}=" + (tuple_source([literal("user"), literal("password")]) if s.kind == "basic"
                                        else literal("..."))
                     for s in chosen)


EXAMPLE_BASE_URL = "https://api.example.com"


def client_keywords(api: ir.Api) -> dict[str, str]:
    """The keywords of each ``Client(...)`` in the README, as Python source: ``base_url=`` first
    when the API description names no absolute URL (the client refuses to guess one)."""
    base = "" if api.base_url else f"base_url={literal(EXAMPLE_BASE_URL)}"
    oauth = _readme_oauth(api)
    bearer = next((s.provider_name for s in api.security_schemes if s.provider_name), "")
    own = {
        "first": client_arguments(api),
        "plain": "",
        "oauth": f"{oauth['client_id']}={literal('my-app')}, {oauth['client_secret']}={literal('...')}" if oauth else "",
        "oauth_provider": f"{oauth['provider']}=tokens" if oauth else "",
        "token_provider": f"{bearer}=fetch_token" if bearer else "",
        "deadline": "deadline=10.0",
        "default_query": "default_query={" + f"{literal('tenant')}: {literal('acme')}" + "}",
        "hooks": "hooks=Hooks(before_request=[before], after_response=[after], on_error=[failed])",
    }
    own["fake"] = ", ".join(p for p in ("transport=fake", own["first"]) if p)
    own["first_default_query"] = ", ".join(p for p in (own["first"], own["default_query"]) if p)
    return {name: ", ".join(p for p in (base, args) if p) for name, args in own.items()}


def _readme_oauth(api: ir.Api) -> dict[str, str] | None:
    """The README's OAuth2 section context: the first scheme whose tokens the client fetches itself."""
    for s in api.security_schemes:
        o = s.oauth
        if o is None or o.client_id is None or o.client_secret is None or not o.token_url:
            continue
        return {
            "token": s.py_name, "provider": s.provider_name,
            "client_id": o.client_id.py_name, "client_secret": o.client_secret.py_name,
            "client_id_env": o.client_id.env_var, "client_secret_env": o.client_secret.env_var,
            "token_url": markdown_text(o.token_url).replace("`", "'"), "token_url_literal": literal(o.token_url),
            "refresh_url": markdown_text(o.refresh_url).replace("`", "'"),
            "refresh_token": o.refresh_token.py_name if o.refresh_token else "",
            "refresh_token_env": o.refresh_token.env_var if o.refresh_token else "",
            "scopes": ", ".join(f"`{markdown_text(x).replace('`', '')}`" for x in o.scopes) or "none",
        }
    return None



def _cell(text: str) -> str:
    """Spec text for a Markdown table cell: no ``|`` or backtick can end the cell or a code span."""
    return markdown_text(text).replace("|", "%7C").replace("`", "%60").replace("\n", " ")


def stream_return(op: ir.Operation, needs: Needs) -> str:
    """The return type of an operation's ``_stream`` form ("" when it has none)."""
    return "" if op.events is None else f"EventStream[{event_annotation(op.events.type, needs)}]"


def api_doc(renderer: Renderer) -> str:
    """api.md: the whole public surface, from the same contexts the modules are rendered from.

    Each group's and declaration's entry, and the section of api.md it renders to, follow from its
    IR node alone, so both are reused when it is unchanged (``Renderer.reused``): a one-line change
    renders one section, not the 2,000 of a Stripe-sized API.
    """
    groups = [{"name": group, "operations": renderer.reused(("api.md group", group, tuple(ops)),
                                                            partial(_group_entries, renderer, ops))}
              for group, ops in renderer.api.groups.items()]
    models = [renderer.reused(("api.md model", m), partial(_model_entry, renderer, m)) for m in renderer.api.models]
    group_sections = [
        renderer.reused(("api.md group section", group["name"], tuple(ops)), partial(
            renderer.template, "api_md_group.jinja", package=renderer.package, **group))
        for group, ops in zip(groups, renderer.api.groups.values(), strict=True)]
    model_sections = [renderer.reused(("api.md model section", m), partial(
        renderer.template, "api_md_model.jinja", model=entry)) for m, entry in zip(renderer.api.models, models, strict=True)]
    enums = [{"name": e.name, "doc": markdown_text(one_line(e.description, 300)),
              "members": [{"name": x.py_name, "value": markdown_text(x.value_source).replace("`", "'")}
                          for x in e.members]} for e in renderer.api.enums]
    aliases = [{"name": a.name, "annotation": public(annotation(a.type, renderer.needs()))}
               for a in renderer.api.aliases]
    return renderer.template(
        "api.md.jinja", title=markdown_text(renderer.api.title), package=renderer.package, groups=groups,
        models=models, any_additional=any(m["additional"] for m in models), group_sections=group_sections,
        model_sections=model_sections, enums=enums, aliases=aliases, cred_params=credential_rows(renderer.api),
    )


def _group_entries(renderer: Renderer, ops: list[ir.Operation]) -> list[dict[str, Any]]:
    """api.md's entries of one group's operations."""
    needs = renderer.needs()
    contexts = [operation_context(renderer, op, needs) for op in ops]
    entries = []
    for op, c in zip(ops, contexts):
        classes = response_classes(op, needs, c["return_type"])
        entries.append({
            "name": op.py_name, "method": op.method, "path": markdown_text(op.path).replace("`", "'"),
            "summary": markdown_text(one_line(op.summary or op.description, 300)),
            "params": [public(p) for p in c["params"]],
            "returns": public(c["return_type"]),
            "raw": public(classes[0]["name"] if classes else f"APIResponse[{c['return_type']}]"),
            "headers": [{"class": rc["name"], "statuses": ", ".join(rc["statuses"]) or "every success",
                         "name": a["name"], "annotation": public(a["annotation"]),
                         "wire": markdown_text(a["wire"])} for rc in classes for a in rc["attrs"]],
            "stream": public(stream_return(op, renderer.needs())),
            "streaming": c["streaming_form"],
            "pages": public(annotation(op.pagination.item, renderer.needs())) if op.pagination else "",
            "choices": [{"name": f"{op.py_name}_as_{ch.suffix}", "media": markdown_text(ch.media_type),
                         "returns": public(result_annotation(dataclasses.replace(op, successes=ch.responses),
                                                             renderer.needs()))}
                        for ch in op.media_choices],
        })
    return entries


def _model_entry(renderer: Renderer, m: ir.Model) -> dict[str, Any]:
    """api.md's entry of one model."""
    needs = renderer.needs()
    fields = [{"name": f.py_name, "wire": markdown_text(f.wire_name).replace("`", "'"),
               "annotation": public(field_annotation(f, needs)),
               "doc": markdown_text(one_line(f.description, 200)), "secret": f.secret}
              for f in m.fields]
    return {"name": m.name, "doc": markdown_text(one_line(m.description, 300)), "fields": fields,
            "additional": m.additional is not None}
