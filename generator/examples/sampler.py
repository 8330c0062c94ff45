"""Example values: spec document + IR operation → JSON values for requests and responses.

Used by the offline fake (answers) and by the generated tests (arguments). Values come from the
spec's own ``example``/``examples``/``default``/``enum`` where it gives them, and otherwise are built
from the schema, honouring the constraints a validating server checks (formats, bounds, lengths,
``minItems``) that the IR does not keep. Everything is deterministic: no randomness, spec order.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from generator import ir
from generator.examples import conform
from generator.examples.pattern import matches, matching
from generator.spec import discriminators
from generator.spec.pointer import resolve_pointer

Direction = Literal["request", "response"]
MAX_DEPTH = 12
# "Full" values carry optional properties and non-empty arrays only this deep: below it, what the
# schema requires. Without the bound a full Stripe response ran to megabytes of generated source.
FULL_OPTIONAL_DEPTH = 1
_MISSING: Any = object()

_STRING_FORMATS = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "12:00:00",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "decimal": "12.5",  # the client decodes it as decimal.Decimal ("example" would not parse)
    "uri-reference": "https://example.com/path",
    "iri": "https://example.com",
    "iri-reference": "https://example.com/path",
    "idn-email": "user@example.com",
    "idn-hostname": "example.com",
    "duration": "P1D",
    "json-pointer": "/example",
    "regex": "^example$",
    "password": "example-password",
    "int64": "1",  # Stripe-style integers sent as strings
}


class ExampleTooLarge(Exception):
    """The smallest valid example of a schema exceeds ``max_example_bytes`` (a spec can ask for
    ``minItems: 1000`` three arrays deep, 10⁹ values, or ``minLength: 10**12``)."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer, self.message = pointer, message


def estimate_size(value: Any, limit: int) -> int:
    """Roughly the bytes of ``value`` as JSON, counting a shared object once per use (so
    ``[item] * 1000`` costs 1,000 items but one walk of ``item``); stops counting past ``limit``."""
    memo: dict[int, int] = {}

    def size(node: Any) -> int:
        if isinstance(node, str):
            return len(node) + 2
        if not isinstance(node, (dict, list)):
            return len(repr(node)) if isinstance(node, (int, float)) else 5
        known = memo.get(id(node))
        if known is not None:
            return known
        total = 2
        items = node.items() if isinstance(node, dict) else ((None, v) for v in node)
        for key, child in items:
            total += size(child) + 1 + (len(str(key)) + 3 if key is not None else 0)
            if total > limit:
                break
        memo[id(node)] = total
        return total

    try:
        return size(value)
    except RecursionError:  # pragma: no cover - sampling depth is bounded by MAX_DEPTH
        return limit + 1


class Sampler:
    """Builds example JSON values from the schemas of one document, within ``max_bytes`` each."""

    def __init__(self, data: Any, max_bytes: int = 1_000_000) -> None:
        self.data = data
        self.max_bytes = max_bytes
        self._context = ""  # the operation being sampled: where a diagnostic points without a $ref
        # $ref → discriminator property → tags: a discriminator's target carries its (first) tag,
        # which its model types as a Literal.
        self.tags = discriminators.tags(data)
        self._calls: dict[tuple[str, str, bool], dict[str, Any]] = {}
        self._samples: dict[tuple[Any, ...], Any] = {}

    def _too_large(self, seen: tuple[str, ...], what: str) -> ExampleTooLarge:
        pointer = seen[-1][1:] if seen else self._context
        return ExampleTooLarge(pointer, f"the smallest example {what} is larger than "
                               f"max_example_bytes={self.max_bytes}")

    def resolved(self, schema: Any) -> Any:
        return self.deref(schema, ())[0]

    def valid(self, value: Any, schema: Any, direction: Direction) -> bool:
        """Whether a value the spec gives (an example, a default) satisfies ``schema``; ``null``
        only counts where the schema admits it."""
        return conform.conforms(value, schema, self.resolved, direction=direction)

    def node(self, pointer: str) -> Any:
        try:
            return resolve_pointer(self.data, "#" + pointer)
        except KeyError:
            return None

    def deref(self, schema: Any, seen: tuple[str, ...]) -> tuple[Any, tuple[str, ...]]:
        for _ in range(32):
            if not isinstance(schema, dict) or not isinstance(schema.get("$ref"), str):
                return schema, seen
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#"):
                return None, seen
            seen = (*seen, ref)
            try:
                schema = resolve_pointer(self.data, ref)
            except KeyError:
                return None, seen
        return None, seen

    # -- values ---------------------------------------------------------------------------------
    def sample(self, schema: Any, *, full: bool, direction: Direction, hint: Any = _MISSING,
               seen: tuple[str, ...] = (), depth: int = 0, required: bool = False) -> Any:
        """A JSON value valid for ``schema`` (``hint``: a value an enclosing example gave it, used
        when it satisfies the schema; ``required``: the value must not be empty). A discriminator's
        target carries its tag."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        memo_key = (ref, full, direction, seen, depth, required) if isinstance(ref, str) and hint is _MISSING \
            else None
        if memo_key is not None:
            known = self._samples.get(memo_key, _MISSING)
            if known is not _MISSING:
                return known
        value = self._sample(schema, full=full, direction=direction, hint=hint, seen=seen, depth=depth,
                             required=required)
        tags = None
        if isinstance(ref, str) and isinstance(value, dict):
            # The first tagged schema along the $ref chain: an alias (PetAlias: $ref Cat) carries its target's tag.
            chain = self.deref(schema, ())[1] if ref not in self.tags else (ref,)
            tags = next((self.tags[r] for r in chain if r in self.tags), None)
        if tags:
            value = {**value, **{prop: values[0] for prop, values in tags.items()}}
        if memo_key is not None:
            self._samples[memo_key] = value
        return value

    def _sample(self, schema: Any, *, full: bool, direction: Direction, hint: Any,
                seen: tuple[str, ...], depth: int, required: bool) -> Any:
        schema, seen = self.deref(schema, seen)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return None if hint is _MISSING else hint
        if hint is not _MISSING and not self.valid(hint, schema, direction):
            hint = _MISSING
        if direction == "response" and "example" in schema and self.valid(schema["example"], schema, direction):
            return schema["example"]
        nullable = conform.nullable(schema, self.resolved)
        if nullable and hint is _MISSING and depth > FULL_OPTIONAL_DEPTH:
            return None  # deep nullable values stay null, so nested required objects do not snowball
        if isinstance(schema.get("allOf"), list):
            return self.sample_all_of(schema, full=full, direction=direction, hint=hint, seen=seen, depth=depth)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self.sample_variant(schema, key, full=full, direction=direction, hint=hint,
                                           seen=seen, depth=depth)
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"]
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or (kind is None and isinstance(schema.get("properties"), dict)):
            return self.sample_object(schema, full=full, direction=direction, hint=hint, seen=seen, depth=depth)
        if kind == "array":
            if hint is not _MISSING and isinstance(hint, list) and (hint or not required):
                return hint
            example = schema.get("example")
            if isinstance(example, list) and (example or not required) and self.valid(example, schema, direction):
                return example
            prefix = schema.get("prefixItems")
            if isinstance(prefix, list) and prefix:  # 3.1 tuples: one value per position
                return [self.sample(p, full=full, direction=direction, seen=seen, depth=depth + 1, required=True)
                        for p in prefix]
            low, high = schema.get("minItems"), schema.get("maxItems")
            count = max(low if isinstance(low, int) else 0,
                        1 if required or (full and depth <= FULL_OPTIONAL_DEPTH) else 0)
            if isinstance(high, int) and high >= 0:
                count = min(count, high)
            if count > self.max_bytes:
                raise self._too_large(seen, f"(minItems: {count})")
            item = self.sample(schema.get("items"), full=full, direction=direction, seen=seen, depth=depth + 1,
                               required=True)
            if count and count * estimate_size(item, self.max_bytes) > self.max_bytes:
                raise self._too_large(seen, f"(minItems: {count} of items that are not small themselves)")
            return self.distinct(item, count, schema)
        for key in ("const",):
            if key in schema:
                return schema[key]
        if hint is not _MISSING:
            return hint
        for key in ("example", "default"):
            if key in schema and schema[key] is not None and self.valid(schema[key], schema, direction):
                return schema[key]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if kind == "integer":
            return int(self.number(schema, 1))
        if kind == "number":
            return self.number(schema, 1)
        if kind == "boolean":
            return True
        if kind == "string":
            low = schema.get("minLength")
            if isinstance(low, int) and low > self.max_bytes:
                raise self._too_large(seen, f"(minLength: {low})")
            return self.string(schema)
        return {} if kind is None and direction == "response" else "example"

    def distinct(self, item: Any, count: int, schema: dict[str, Any]) -> list[Any]:
        """``count`` copies of ``item``; different values where ``uniqueItems`` asks (another enum
        member, a number one higher, a numbered string), while they still satisfy the items schema."""
        values = [item] * count
        if count < 2 or schema.get("uniqueItems") is not True:
            return values
        items = self.resolved(schema.get("items"))
        if isinstance(items, dict) and isinstance(items.get("enum"), list):
            options = [v for v in items["enum"] if v is not None]
            return (options + values)[:count] if len(options) >= count else values
        for index in range(1, count):
            if isinstance(item, bool):
                candidate: Any = not item if index == 1 else item
            elif isinstance(item, (int, float)):
                candidate = item + index
            elif isinstance(item, str):
                candidate = f"{item}{index}"
            else:
                break
            if self.valid(candidate, items, "request"):
                values[index] = candidate
        return values

    @staticmethod
    def number(schema: dict[str, Any], fallback: int) -> int | float:
        low, high = schema.get("minimum"), schema.get("maximum")
        value: int | float = fallback
        if isinstance(low, (int, float)) and not isinstance(low, bool):
            value = low + 1 if schema.get("exclusiveMinimum") is True else low
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
                schema.get("exclusiveMinimum"), bool):
            value = max(value, schema["exclusiveMinimum"] + 1)
        if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
            value = high - 1 if schema.get("exclusiveMaximum") is True else high
        step = schema.get("multipleOf")
        if isinstance(step, (int, float)) and not isinstance(step, bool) and step > 0 and value % step:
            rounded = (value // step + 1) * step
            # A step far smaller than the value overflows the quotient: then the value is kept (the
            # float cannot be a multiple of the step anyway).
            value = rounded if math.isfinite(rounded) else value
        return value

    @staticmethod
    def string(schema: dict[str, Any]) -> str:
        """The format's sample (or ``example``) fitted to the length bounds; where the schema has a
        ``pattern`` that value does not match, a string built from the pattern (examples/pattern.py)."""
        fmt = schema.get("format")
        text = _STRING_FORMATS.get(fmt, "example") if isinstance(fmt, str) else "example"
        low, high = schema.get("minLength"), schema.get("maxLength")
        low = low if isinstance(low, int) and not isinstance(low, bool) and low > 0 else 0
        high = high if isinstance(high, int) and not isinstance(high, bool) and high >= low else None
        if len(text) < low:
            text = text + "x" * (low - len(text))
        if high is not None and len(text) > high:
            text = text[:high]
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not matches(pattern, text):
            text = matching(pattern, low, high) or text
        return text

    def sample_object(self, schema: dict[str, Any], *, full: bool, direction: Direction, hint: Any,
                      seen: tuple[str, ...], depth: int) -> Any:
        props: dict[str, Any] = schema["properties"] if isinstance(schema.get("properties"), dict) else {}
        required = set(schema.get("required") or ()) if isinstance(schema.get("required"), list) else set()
        example = hint if isinstance(hint, dict) else schema.get("example")
        example = example if isinstance(example, dict) else {}
        out: dict[str, Any] = {}
        for name, prop in props.items():
            resolved, _ = self.deref(prop, seen)
            flags = [p for p in (prop, resolved) if isinstance(p, dict)]  # readOnly beside a $ref too
            if direction == "request" and any(p.get("readOnly") is True for p in flags):
                continue
            if direction == "response" and any(p.get("writeOnly") is True for p in flags):
                continue
            if name not in required and (not full or depth > FULL_OPTIONAL_DEPTH):
                continue
            if name not in required and prop_is_cyclic(prop, seen):
                continue
            out[str(name)] = self.sample(prop, full=full, direction=direction, hint=example.get(name, _MISSING),
                                         seen=seen, depth=depth + 1, required=name in required)
        extra = schema.get("additionalProperties")
        for name in sorted(required - set(props), key=list(schema.get("required") or ()).index):
            # Required but given no schema (Box's lock requires a "type" it never declares): any
            # value is valid, the additionalProperties schema's when there is one. The client's
            # models keep such keys in additional_properties, so they reach the wire.
            if isinstance(name, str) and name not in out and extra is not False:
                out[name] = example[name] if name in example else self.sample(
                    extra if isinstance(extra, dict) else {"type": "string"}, full=full, direction=direction,
                    seen=seen, depth=depth + 1, required=True)
        if not props and full and isinstance(extra, dict):
            out["key"] = self.sample(extra, full=full, direction=direction, seen=seen, depth=depth + 1)
        if not props and not out and example:
            return dict(example)
        return out

    def all_of_parts(self, schema: dict[str, Any], seen: tuple[str, ...]) -> list[dict[str, Any]]:
        """``schema`` and every schema its ``allOf`` reaches, nested ``allOf``s flattened (Asana's
        ``allOf[$ref AllocationRequest, {required: [start_date]}]`` where ``AllocationRequest`` is
        itself an ``allOf`` holding ``start_date``), each ``$ref`` followed once."""
        out: list[dict[str, Any]] = []
        todo: list[tuple[Any, tuple[str, ...]]] = [(schema, seen)]
        visited: set[int] = set()
        while todo and len(out) < 256:
            part, where = todo.pop(0)
            part, where = self.deref(part, where)
            if not isinstance(part, dict) or id(part) in visited:
                continue
            visited.add(id(part))
            out.append(part)
            if isinstance(part.get("allOf"), list):
                todo[:0] = [(child, where) for child in part["allOf"]]
        return out

    def sample_all_of(self, schema: dict[str, Any], *, full: bool, direction: Direction, hint: Any,
                      seen: tuple[str, ...], depth: int) -> Any:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        objects = True
        variants: list[dict[str, Any]] = []  # parts that are a choice (oneOf/anyOf) of their own
        parts = self.all_of_parts(schema, seen)
        for part in parts:
            if isinstance(part.get("properties"), dict):
                merged["properties"].update(part["properties"])
            if isinstance(part.get("required"), list):
                merged["required"].extend(part["required"])
            if part is not schema and not _object_like(part):
                objects = False
            if "example" in part and isinstance(part["example"], dict):
                merged["example"] = {**merged.get("example", {}), **part["example"]}
            if any(isinstance(part.get(k), list) and part[k] for k in ("oneOf", "anyOf")):
                variants.append(part)
        if not objects:
            # allOf of primitives (an enum wrapped to override its default): the primitive, with
            # the wrapper's own example or default where it is valid for the whole.
            first = next((p for p in parts[1:] if not _object_like(p)), schema["allOf"][0])
            if hint is _MISSING:
                hint = next((schema[k] for k in ("example", "default")
                             if k in schema and self.valid(schema[k], schema, direction)), _MISSING)
            return self.sample(first, full=full, direction=direction, hint=hint, seen=seen, depth=depth + 1)
        value = self.sample_object(merged, full=full, direction=direction, hint=hint, seen=seen, depth=depth)
        for part in variants:
            choice = {k: v for k, v in part.items() if k not in ("allOf", "properties", "required")}
            chosen = self.sample(choice, full=full, direction=direction, hint=hint, seen=seen, depth=depth)
            if isinstance(chosen, dict) and isinstance(value, dict):
                value = {**value, **chosen}
            elif not merged["properties"] and not merged["required"]:
                return chosen  # allOf[oneOf[...], {description}]: the choice is the value
        return value

    def sample_variant(self, schema: dict[str, Any], key: str, *, full: bool, direction: Direction, hint: Any,
                       seen: tuple[str, ...], depth: int) -> Any:
        """The first variant whose sample satisfies the whole schema (a ``oneOf`` whose first
        variant a sampled value cannot meet, or whose sample also meets a second, falls through to
        the next); the first variant's sample when none does."""
        variants = [v for v in schema[key] if not (isinstance(v, dict) and v.get("type") == "null")]
        first_value: Any = _MISSING
        for variant in variants or schema[key][:1]:
            value = self.sample_one_variant(schema, variant, full=full, direction=direction, hint=hint,
                                            seen=seen, depth=depth)
            if first_value is _MISSING:
                first_value = value
            # An object that meets several oneOf variants ({} meets a free-form object and a closed
            # one) is told apart by a property only the open variant admits.
            candidates = [value, {**value, "extra": "example"}] if isinstance(value, dict) and key == "oneOf" \
                else [value]
            for candidate in candidates:
                if self.valid(candidate, schema, direction) and (
                        key != "oneOf" or sum(self.valid(candidate, v, direction) for v in variants) <= 1):
                    return candidate
        return first_value

    def sample_one_variant(self, schema: dict[str, Any], variant: Any, *, full: bool, direction: Direction,
                           hint: Any, seen: tuple[str, ...], depth: int) -> Any:
        value = self.sample(variant, full=full, direction=direction, hint=hint, seen=seen, depth=depth + 1)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str) and isinstance(value, dict):
            ref = variant.get("$ref") if isinstance(variant, dict) else None
            mapping: dict[str, Any] = disc["mapping"] if isinstance(disc.get("mapping"), dict) else {}
            tag = next((k for k, v in mapping.items() if v == ref), None)
            implicit = tag is None and isinstance(ref, str)
            if implicit:  # the schema's name, unless the variant constrains the tag itself (an enum)
                tag = str(ref).rsplit("/", 1)[-1]
            if tag is not None:
                tagged = {**value, disc["propertyName"]: tag}
                if not implicit or self.valid(tagged, variant, direction) or not self.valid(value, variant, direction):
                    value = tagged
        return value

    # -- operations -----------------------------------------------------------------------------
    def parameter_schemas(self, op: ir.Operation) -> dict[tuple[str, str], Any]:
        """(location, wire name) → the raw parameter object, path-item ones first."""
        found: dict[tuple[str, str], Any] = {}
        item_ptr = op.pointer.rsplit("/", 1)[0]
        for ptr in (item_ptr, op.pointer):
            owner = self.node(ptr)
            raw = owner.get("parameters") if isinstance(owner, dict) else None
            for param in raw if isinstance(raw, list) else ():
                param, _ = self.deref(param, ())
                if isinstance(param, dict):
                    found[(str(param.get("in")), str(param.get("name")))] = param
        return found

    def call_values(self, op: ir.Operation, *, full: bool) -> dict[str, Any]:
        """keyword → sampled JSON value (bytes for a binary body, text for a text one): a call of
        ``op`` with its required (or all) arguments, before decoding. The one source of example
        calls: ``testing.example_arguments`` and the README's examples both show these (computed
        once per operation)."""
        key = (op.pointer, op.py_name, full)
        known = self._calls.get(key)
        if known is not None:
            return dict(known)
        args: dict[str, Any] = {}
        for p in op.parameters:
            if p.required or full:
                args[p.py_name] = self.parameter_value(op, p, full=full)
        if op.body is not None and (op.body.required or full):
            value = self.body_value(op, full=full)
            if op.body.kind == "binary":
                args["body"] = str(value).encode("utf-8", "replace") if value is not None else b"example"
            elif op.body.kind == "text":
                args["body"] = value if isinstance(value, str) else "example"
            else:
                args["body"] = value
        self._calls[key] = args
        return dict(args)

    def parameter_value(self, op: ir.Operation, param: ir.Parameter, *, full: bool) -> Any:
        self._context = op.pointer
        return self._bounded(self._parameter_value(op, param, full=full), f"of parameter {param.wire_name!r}")

    def _bounded(self, value: Any, what: str) -> Any:
        if estimate_size(value, self.max_bytes) > self.max_bytes:
            raise ExampleTooLarge(self._context, f"the example {what} is larger than "
                                  f"max_example_bytes={self.max_bytes}")
        return value

    def _parameter_value(self, op: ir.Operation, param: ir.Parameter, *, full: bool) -> Any:
        raw = self.parameter_schemas(op).get((param.location, param.wire_name))
        if not isinstance(raw, dict):
            return "example"
        schema = raw.get("schema")
        if schema is None and isinstance(raw.get("content"), dict) and raw["content"]:
            entry: Any = next(iter(raw["content"].values()), {})
            schema = entry.get("schema") if isinstance(entry, dict) else None
        given = media_example(raw, self, schema, "request")
        if given is not _MISSING:
            return given
        return self.sample(schema, full=full, direction="request", required=param.required)

    def media(self, pointer: str, media_type: str) -> dict[str, Any] | None:
        node, _ = self.deref(self.node(pointer), ())
        content = node.get("content") if isinstance(node, dict) else None
        entry = content.get(media_type) if isinstance(content, dict) else None
        return entry if isinstance(entry, dict) else None

    def body_value(self, op: ir.Operation, *, full: bool) -> Any:
        self._context = op.pointer + "/requestBody"
        return self._bounded(self._body_value(op, full=full), "request body")

    def _body_value(self, op: ir.Operation, *, full: bool) -> Any:
        assert op.body is not None
        entry = self.media(op.pointer + "/requestBody", op.body.media_type)
        if entry is None:
            return None
        given = media_example(entry, self, entry.get("schema"), "request")
        if full and given is not _MISSING:
            return given
        # Minimal: what the schema requires, with the spec's values where its example gives them.
        return self.sample(entry.get("schema"), full=full, direction="request", required=op.body.required,
                           hint=given)

    def response_value(self, op: ir.Operation, response: ir.Response) -> Any:
        """The answer a fake server gives: the spec's example, else a full value from the schema."""
        self._context = f"{op.pointer}/responses"
        return self._bounded(self._response_value(op, response), f"response {response.status}")

    def _response_value(self, op: ir.Operation, response: ir.Response) -> Any:
        if response.kind == "empty" or not response.media_type:
            return None
        raw = self.node(op.pointer + "/responses")
        key = next((k for k in raw if str(k).upper() == response.status or str(k) == response.status), None) \
            if isinstance(raw, dict) else None
        if key is None:
            return None
        from generator.spec.pointer import escape as escape_pointer_part

        entry = self.media(f"{op.pointer}/responses/{escape_pointer_part(str(key))}", response.media_type)
        if entry is None:
            return None
        given = media_example(entry, self, entry.get("schema"), "response")
        if given is not _MISSING:
            return given
        if response.kind == "events":  # one event's data (the fake sends it as one event)
            schema = entry.get("itemSchema") or entry.get("schema")
            return self.sample(schema, full=True, direction="response") if schema else "example"
        if response.kind != "json":
            return "example"
        return self.sample(entry.get("schema"), full=True, direction="response")


def media_example(entry: dict[str, Any], sampler: Sampler, schema: Any, direction: Direction) -> Any:
    """The first of the spec's examples for a media type or parameter (``example``, then each of
    ``examples``) that satisfies ``schema``; ``example: null`` counts only where null is valid
    (it is how YAML spells an example left empty)."""
    candidates: list[Any] = []
    if "example" in entry:
        candidates.append(entry["example"])
    if isinstance(entry.get("examples"), dict):
        for example in entry["examples"].values():
            example, _ = sampler.deref(example, ())
            if isinstance(example, dict) and "value" in example:
                candidates.append(example["value"])
    for value in candidates:
        if value is None and not conform.nullable(schema, sampler.resolved):
            continue
        if sampler.valid(value, schema, direction):
            return value
    return _MISSING


def _object_like(schema: dict[str, Any]) -> bool:
    """Whether an ``allOf`` part describes (or constrains nothing but) an object: typed ``object``
    or untyped, and not an enum or const of primitives (AnAllOfEnum has ``enum`` and no ``type``)."""
    kind = schema.get("type")
    if kind not in (None, "object") and not (isinstance(kind, list) and set(kind) <= {"object", "null"}):
        return False
    values = schema["enum"] if isinstance(schema.get("enum"), list) else [schema["const"]] if "const" in schema else []
    return not values or any(isinstance(v, dict) for v in values)


def prop_is_cyclic(prop: Any, seen: tuple[str, ...]) -> bool:
    return isinstance(prop, dict) and prop.get("$ref") in seen
