"""Lowering: validated OpenAPI document → IR (``ir.Api``) plus diagnostics, as named passes.

1. ``SchemaPass`` (schemas.py): component then inline schemas → types and declarations.
2. ``SecurityPass`` (security.py): security schemes → credentials; servers → the base URL.
3. ``OperationPass`` (operations.py): paths → operations (their types through pass 1), with
   their event streams (streams.py).
4. ``client_policy`` (policy.py): API-wide call policy (idempotency header, request-ID headers).
5. ``paginate`` (pagination.py): on the finished IR, which list operations page and how.
6. ``derive`` (derive.py): the facts that follow from the rest (optionality, successes, names...).

Every naming and ordering decision is made in these passes, once, for the whole API. Nothing
here raises for a bad spec: problems become diagnostics.
"""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic
from generator.lowering.context import Context, text
from generator.lowering.derive import derive
from generator.lowering.operations import OperationPass
from generator.lowering.pagination import paginate
from generator.lowering.policy import client_policy, default_security
from generator.lowering.schemas import SchemaPass
from generator.lowering.security import SecurityPass
from generator.lowering.servers import ServerPass
from generator.naming import upper_snake
from generator.spec.loader import Document


def lower(doc: Document, config: ClientConfig) -> tuple[ir.Api, list[Diagnostic]]:
    ctx = Context(doc, config)
    raw_info = ctx.data.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    if ctx.data.get("webhooks"):
        ctx.warn("webhooks-skipped", "webhooks are not generated (a client does not receive them)", "/webhooks")
    schemas = SchemaPass(ctx)
    schemas.run()
    security = SecurityPass(ctx)
    schemes = security.security_schemes()
    servers = ServerPass(ctx)
    api_servers = servers.servers(ctx.data.get("servers"), "/servers")
    operations = OperationPass(ctx, schemas, security, servers).operations(schemes)
    schemas.tag_fields()
    decls = sorted(schemas.decls.values(), key=lambda d: d.name)
    policy = client_policy(
        operations, default_security(ctx.data.get("security"), {s.key for s in schemes}),
        configured_idempotency=config.idempotency_header, configured_request_ids=config.request_id_headers,
        log_env=f"{upper_snake(config.package)}_LOG")
    api = ir.Api(
        title=text(info.get("title")) or "API",
        version=str(info.get("version", "")),
        description=text(info.get("description")),
        base_url=config.base_url or (api_servers[0].default_url if api_servers else ""),
        spec_name=doc.path.name,
        models=tuple(d for d in decls if isinstance(d, ir.Model)),
        enums=tuple(d for d in decls if isinstance(d, ir.Enum)),
        aliases=tuple(d for d in decls if isinstance(d, ir.Alias)),
        operations=operations,
        security_schemes=schemes,
        policy=policy,
        servers=api_servers,
        base_url_env=servers.base_url_env(),
        unsupported_security=security.unsupported,
    )
    api, problems = paginate(api, config.paginate, {k: dict(v) for k, v in config.pagination})
    for key, problem in problems:
        ctx.warn("config-pagination", f"pagination for {key}: {problem}", "")
    api = derive(api)
    for pointer, form in api.dropped_forms:
        ctx.warn("form-name-clash", f"no function {form}: another function of its module already has that name, "
                 "so that media type is only reachable through the plain form's Accept", pointer)
    return api, ctx.diagnostics
