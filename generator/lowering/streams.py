"""The streams pass: which operations answer with server-sent events, and the type of each event.

An API says so in one of two ways. Properly, a success response lists ``text/event-stream``
(with ``itemSchema`` in 3.2-style documents, else ``schema``), alone or beside JSON. Or, as
OpenAI's 2024 description does, only in prose: the JSON request body has a boolean property whose
description says it switches to server-sent events; the events then have the schema named like the
JSON response with ``StreamResponse`` for ``Response`` when there is one, else the response's own.
"""

from __future__ import annotations

import re
from typing import Any

from generator import ir
from generator.diagnostics import escape_pointer_part
from generator.lowering.context import Pass, text
from generator.lowering.schemas import SchemaPass

EVENT_STREAM = "text/event-stream"
_SSE_PROSE = re.compile(r"(?i)server[- ]sent[- ]events?|text/event-stream")
_TERMINATOR = re.compile(r"`data: (\[[A-Z]+\])`")
_REF_NAME = re.compile(r"^#/components/schemas/([^/]+)$")


def is_event_stream(media: str) -> bool:
    return media.split(";")[0].strip().lower() == EVENT_STREAM


class StreamPass(Pass):
    def __init__(self, ctx: Any, schemas: SchemaPass) -> None:
        super().__init__(ctx)
        self.schemas = schemas

    def event_type(self, entry: Any, name: str, ptr: str) -> ir.TypeExpr:
        """The type of one event's data: ``itemSchema``, else ``schema``; text when neither says."""
        schema_ptr = self.event_schema(entry, ptr)
        if not schema_ptr:
            return ir.Primitive(kind="str")
        return self.schemas.schema_type(entry[schema_ptr.rsplit("/", 1)[1]], name + "Event", schema_ptr)

    @staticmethod
    def event_schema(entry: Any, ptr: str) -> str:
        """The pointer of the events' schema in a media type entry ("" when it gives none)."""
        if isinstance(entry, dict):
            for key in ("itemSchema", "schema"):
                schema = entry.get(key)
                if isinstance(schema, dict) and schema:
                    return f"{ptr}/{key}"
        return ""

    @staticmethod
    def terminator(*texts: str) -> str | None:
        """The data of the closing event when the description names one (``data: [DONE]``)."""
        for value in texts:
            match = _TERMINATOR.search(value)
            if match:
                return match.group(1)
        return None

    def variant(self, op: dict[str, Any], ptr: str, hint: str,
                responses: tuple[ir.Response, ...]) -> ir.EventVariant | None:
        """The ``_stream`` form of an operation that answers JSON unless asked for events."""
        flag, flag_text = self._body_flag(op, ptr)
        for response in responses:
            if not response.status.startswith("2") or response.kind != "json":
                continue
            content, cptr = self._content(op.get("responses"), response.status, f"{ptr}/responses")
            events = next((m for m in content if is_event_stream(str(m))), None)
            if events is not None:
                eptr = f"{cptr}/{escape_pointer_part(str(events))}"
                return ir.EventVariant(
                    status=response.status, type=self.event_type(content[events], hint, eptr), flag=flag,
                    terminator=self.terminator(flag_text, response.description),
                    reason=f"{response.status} offers {EVENT_STREAM} beside JSON"
                    + (f"; body flag {flag!r}" if flag else ""),
                    schema_pointer=self.event_schema(content[events], eptr))
            if flag and _SSE_PROSE.search(flag_text):
                own, own_ptr = self._stream_schema(content)
                return ir.EventVariant(
                    status=response.status, type=own or response.type or ir.Primitive(kind="str"), flag=flag,
                    terminator=self.terminator(flag_text), schema_pointer=own_ptr,
                    reason=f"body flag {flag!r} is described as switching to server-sent events")
        return None

    def _content(self, raw: Any, status: str, ptr: str) -> tuple[dict[str, Any], str]:
        """A response's ``content`` map and its pointer ({} when it has none)."""
        if isinstance(raw, dict):
            for key, value in raw.items():
                if str(key).upper() == status:
                    response, rptr = self.resolve(value, f"{ptr}/{escape_pointer_part(str(key))}")
                    content = response.get("content") if isinstance(response, dict) else None
                    if isinstance(content, dict):
                        return content, rptr + "/content"
        return {}, ptr

    def _body_flag(self, op: dict[str, Any], ptr: str) -> tuple[str, str]:
        """(wire name, description) of a boolean ``stream`` property of the JSON body."""
        body, bptr = self.resolve(op.get("requestBody"), ptr + "/requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            return "", ""
        for media, entry in content.items():
            if "json" not in str(media).lower() or not isinstance(entry, dict):
                continue
            schema, sptr = self.resolve(entry.get("schema"), bptr)
            props = schema.get("properties") if isinstance(schema, dict) else None
            prop, _ = self.resolve(props.get("stream"), sptr) if isinstance(props, dict) else (None, "")
            if isinstance(prop, dict) and _is_boolean(prop):
                return "stream", text(prop.get("description"))
        return "", ""

    def _stream_schema(self, content: dict[str, Any]) -> tuple[ir.TypeExpr | None, str]:
        """``CreateChatCompletionResponse`` → the ``CreateChatCompletionStreamResponse`` schema, if any.

        Else the JSON response's own schema (its pointer; the type is the response's already).
        """
        own = ""
        for media, entry in content.items():
            schema = entry.get("schema") if isinstance(entry, dict) else None
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            match = _REF_NAME.match(ref) if isinstance(ref, str) and "json" in str(media).lower() else None
            if match:
                own = own or match.group(0)[1:]
            if match and match.group(1).endswith("Response"):
                key = match.group(1).removesuffix("Response") + "StreamResponse"
                schemas = (self.data.get("components") or {}).get("schemas")
                if isinstance(schemas, dict) and key in schemas:
                    ptr = f"/components/schemas/{escape_pointer_part(key)}"
                    return self.schemas.schema_type({"$ref": f"#{ptr}"}, key, ptr), ptr
        return None, own


def _is_boolean(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "boolean" or (isinstance(kind, list) and "boolean" in kind)
