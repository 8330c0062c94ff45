"""The pagination pass: which list operations page, by which scheme, and where its pieces are.

It runs on the finished IR (it needs the response models). The schemes are the ones real APIs
use, tried in this order, each only when every piece it needs is in the description:

1. ``has_more``: a boolean ``has_more`` and a ``starting_after``/``after`` parameter (Stripe, OpenAI);
2. ``cursor``: a cursor parameter and a next-cursor field, possibly nested (Box, Asana, Slack);
3. ``next_url``: a next-page URL field whose query names the operation's parameters (Twilio);
4. ``offset``: an integer offset parameter, with a total when there is one (SCIM, Asana's older);
5. ``page``: an integer page-number parameter, with a page count when there is one;
6. ``link``: a declared RFC 8288 ``Link`` response header (GitHub).

Configuration (``pagination`` in ``[tool.generator]``) overrides a detection or turns it off.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping

from generator import ir

ITEM_FIELDS = ("data", "items", "results", "entries", "records", "values", "resources", "elements", "list",
               "content", "nodes")
CURSOR_PARAMS = ("cursor", "page_token", "pagetoken", "next_token", "nexttoken", "marker", "continuation_token",
                 "continuationtoken", "page_cursor", "start_cursor", "offset", "after")
NEXT_CURSOR_FIELDS = ("next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "next_token", "nexttoken",
                      "next_marker", "nextmarker", "continuation_token", "continuationtoken", "end_cursor",
                      "endcursor", "next_page_cursor", "cursor", "next")
NEXT_URL_FIELDS = ("next_page_url", "nextpageurl", "next_url", "nexturl", "next_link", "nextlink",
                   "@odata.nextlink", "next_href", "next", "href")
CONTAINERS = ("meta", "pagination", "paging", "page_info", "pageinfo", "response_metadata", "links", "_links",
              "next_page", "nextpage", "next", "cursor", "page")
HAS_MORE_PARAMS = ("starting_after", "after", "startingafter")
OFFSET_PARAMS = ("offset", "skip", "startindex", "start_index", "start", "from")
PAGE_PARAMS = ("page", "page_number", "pagenumber", "pageno", "page_no")
TOTAL_ITEMS = ("total", "total_count", "totalcount", "totalresults", "total_results", "total_items",
               "totalitems", "count")
TOTAL_PAGES = ("total_pages", "totalpages", "page_count", "pagecount", "pages", "last_page", "lastpage")


class _Index:
    def __init__(self, api: ir.Api) -> None:
        self.models = {m.name: m for m in api.models}
        self.aliases = {a.name: a for a in api.aliases}

    def resolve(self, t: ir.TypeExpr | None) -> ir.TypeExpr | None:
        for _ in range(20):  # alias chains are short; a cycle is not followed for ever
            if isinstance(t, ir.Nullable):
                t = t.inner
            elif isinstance(t, ir.AliasRef) and t.name in self.aliases:
                t = self.aliases[t.name].type
            else:
                return t
        return t

    def model(self, t: ir.TypeExpr | None) -> ir.Model | None:
        t = self.resolve(t)
        return self.models.get(t.name) if isinstance(t, ir.ModelRef) else None


def _key(wire: str) -> str:
    return wire.lower().replace("-", "_")


def _kind(index: _Index, t: ir.TypeExpr | None) -> str:
    t = index.resolve(t)
    if isinstance(t, ir.Primitive):
        return t.kind
    if isinstance(t, ir.EnumRef):
        return "str"
    return type(t).__name__


class _Fields:
    """The response model's fields, top level and one level into a pagination container."""

    def __init__(self, index: _Index, model: ir.Model) -> None:
        self.index = index
        self.model = model

    def find(self, names: tuple[str, ...], kinds: tuple[str, ...], *,
             nested: bool = True) -> tuple[tuple[str, ...], str] | None:
        """(attribute path, wire name) of the first field named one of ``names`` with a kind in ``kinds``."""
        for name in names:
            for path, wire, t in self._all(nested):
                if _key(wire.rsplit(".", 1)[-1]) == name and _kind(self.index, t) in kinds:
                    return path, wire
        return None

    def _all(self, nested: bool) -> Iterator[tuple[tuple[str, ...], str, ir.TypeExpr]]:
        for f in self.model.fields:
            yield (f.py_name,), f.wire_name, f.type
        if not nested:
            return
        for f in self.model.fields:
            inner = self.index.model(f.type)
            if inner is not None and _key(f.wire_name) in CONTAINERS:
                for g in inner.fields:
                    yield (f.py_name, g.py_name), f"{f.wire_name}.{g.wire_name}", g.type


def _query(op: ir.Operation) -> dict[str, ir.Parameter]:
    return {_key(p.wire_name): p for p in op.parameters if p.location == "query"}


def _param(query: Mapping[str, ir.Parameter], names: tuple[str, ...], index: _Index,
           kinds: tuple[str, ...]) -> ir.Parameter | None:
    for name in names:
        p = query.get(name)
        if p is not None and _kind(index, p.type) in kinds:
            return p
    return None


def _success(op: ir.Operation) -> ir.Response | None:
    return next((r for r in op.responses if r.status.startswith("2") and r.kind == "json"), None)


def _items(index: _Index, body: ir.TypeExpr | None) -> tuple[tuple[str, ...], ir.TypeExpr] | None:
    """Where the items are: the body itself when it is a list, else its (one, or best-named) list field."""
    t = index.resolve(body)
    if isinstance(t, ir.ListOf):
        return (), t.item
    model = index.model(body)
    if model is None:
        return None
    lists = [(f, lt) for f in model.fields if isinstance(lt := index.resolve(f.type), ir.ListOf)]
    for name in ITEM_FIELDS:
        for f, lt in lists:
            if _key(f.wire_name) == name:
                return (f.py_name,), lt.item
    if len(lists) == 1:
        f, lt = lists[0]
        return (f.py_name,), lt.item
    return None


def detect(api: ir.Api, op: ir.Operation, index: _Index | None = None) -> ir.Pagination | None:
    """The pagination of one operation, or ``None`` when it does not page (or the spec does not say how).

    ``index`` is ``api``'s, when the caller already has it (``paginate`` builds it once, not per operation)."""
    if op.method != "GET":
        return None
    success = _success(op)
    if index is None:
        index = _Index(api)
    found = _items(index, success.type if success else None)
    if success is None or found is None:
        return None
    items, item = found
    query = _query(op)
    mapping = tuple((p.wire_name, p.py_name) for p in query.values())
    base = ir.Pagination(scheme="link", item=item, items=items, query=mapping)
    model = index.model(success.type)
    fields = _Fields(index, model) if model is not None else None
    strings = ("str",)
    integers = ("int",)
    if fields is not None:
        has_more = fields.find(("has_more", "hasmore"), ("bool",), nested=False)
        after = _param(query, HAS_MORE_PARAMS, index, strings)
        if has_more and after:
            last = fields.find(("last_id", "lastid"), strings, nested=False)
            item_id = _id_field(index, item)
            if last or item_id:
                return dataclasses.replace(
                    base, scheme="has_more", param=after.py_name, next=has_more[0], cursor_field=last[0] if last else (),
                    item_id=item_id or "id", reason=f"'{has_more[1]}' and the '{after.wire_name}' parameter")
        cursor = _param(query, CURSOR_PARAMS, index, strings)
        if cursor is not None:
            own = _key(cursor.wire_name)
            nxt = fields.find(("next_" + own, "next" + own.replace("_", ""), *NEXT_CURSOR_FIELDS, own), strings)
            if nxt and not _is_url_field(nxt[1]):
                return dataclasses.replace(base, scheme="cursor", param=cursor.py_name, next=nxt[0],
                                           reason=f"the '{cursor.wire_name}' parameter and '{nxt[1]}'")
        url = fields.find(NEXT_URL_FIELDS, strings)
        if url and (_is_url_field(url[1]) or cursor is None):
            return dataclasses.replace(base, scheme="next_url", next=url[0],
                                       reason=f"'{url[1]}' gives the next page's URL")
        offset = _param(query, OFFSET_PARAMS, index, integers)
        if offset is not None:
            total = fields.find(TOTAL_ITEMS, integers)
            start = 1 if _key(offset.wire_name) in ("startindex", "start_index") else 0
            return dataclasses.replace(base, scheme="offset", param=offset.py_name, total=total[0] if total else (),
                                       start=start, reason=f"the '{offset.wire_name}' parameter"
                                       + (f" and '{total[1]}'" if total else ""))
        page = _param(query, PAGE_PARAMS, index, integers)
        if page is not None:
            total = fields.find(TOTAL_PAGES, integers)
            return dataclasses.replace(base, scheme="page", param=page.py_name, total=total[0] if total else (),
                                       start=1, reason=f"the '{page.wire_name}' parameter"
                                       + (f" and '{total[1]}'" if total else ""))
    if any(h.wire_name.lower() == "link" for h in success.headers) and query:
        return dataclasses.replace(base, reason="a declared 'Link' response header")
    if fields is None and (page := _param(query, PAGE_PARAMS, index, integers)) is not None:
        return dataclasses.replace(base, scheme="page", param=page.py_name, start=1,
                                   reason=f"a list body and the '{page.wire_name}' parameter")
    return None


def _id_field(index: _Index, item: ir.TypeExpr) -> str:
    """The Python name of the items' ``id`` field (every variant's, for a union), or ""."""
    t = index.resolve(item)
    variants = t.variants if isinstance(t, ir.UnionOf) else (item,)
    names = set()
    for v in variants:
        model = index.model(v)
        name = next((f.py_name for f in model.fields if f.wire_name == "id"), "") if model else ""
        if not name:
            return ""
        names.add(name)
    return names.pop() if len(names) == 1 else ""


def configured(api: ir.Api, op: ir.Operation, spec: Mapping[str, str]) -> ir.Pagination:
    """A pagination from configuration (wire names, dotted for nested fields) → Python paths.

    Raises ``ValueError`` naming what the operation does not have.
    """
    index = _Index(api)
    success = _success(op)
    body = success.type if success else None

    def path(wire: str) -> tuple[tuple[str, ...], ir.TypeExpr | None]:
        names: list[str] = []
        t = body
        for part in wire.split(".") if wire else ():
            model = index.model(t)
            f = next((f for f in model.fields if f.wire_name == part), None) if model else None
            if f is None:
                raise ValueError(f"{op.method} {op.path}: the response has no field {wire!r}")
            names.append(f.py_name)
            t = f.type
        return tuple(names), t

    items, items_type = path(spec.get("items", ""))
    listed = index.resolve(items_type)
    query = _query(op)
    param = spec.get("param", "")
    if param and _key(param) not in query:
        raise ValueError(f"{op.method} {op.path}: no query parameter {param!r}")
    return ir.Pagination(
        scheme=spec["scheme"], item=listed.item if isinstance(listed, ir.ListOf) else ir.AnyType(),  # type: ignore[arg-type]
        items=items, param=query[_key(param)].py_name if param else "", next=path(spec.get("next", ""))[0],
        total=path(spec.get("total", ""))[0], start=int(spec.get("start", "0")),
        item_id=spec.get("item_id", "id"), cursor_field=path(spec.get("cursor_field", ""))[0],
        query=tuple((p.wire_name, p.py_name) for p in query.values()), reason="configured")


def _is_url_field(wire: str) -> bool:
    last = wire.rsplit(".", 1)[-1].lower()
    return any(word in last for word in ("url", "link", "href")) or last == "next" and "." not in wire


def paginate(api: ir.Api, enabled: bool,
             overrides: Mapping[str, Mapping[str, str]]) -> tuple[ir.Api, list[tuple[str, str]]]:
    """``api`` with each operation's pagination recorded, and (operation key, problem) pairs.

    ``overrides`` is keyed by 'METHOD /path'; an empty mapping turns pagination off for that one.
    """
    ops = []
    problems: list[tuple[str, str]] = []
    index = _Index(api)  # the models and aliases do not change here, only the operations
    for op in api.operations:
        key = f"{op.method} {op.path}"
        pagination = None
        if key in overrides:
            try:
                pagination = configured(api, op, overrides[key]) if overrides[key] else None
            except ValueError as exc:
                problems.append((key, str(exc)))
        elif enabled:
            pagination = detect(api, op, index)
        ops.append(dataclasses.replace(op, pagination=pagination) if pagination is not None else op)
    known = {f"{op.method} {op.path}" for op in api.operations}
    problems += [(key, f"pagination entry {key!r} matches no operation") for key in overrides if key not in known]
    return dataclasses.replace(api, operations=tuple(ops)), problems
