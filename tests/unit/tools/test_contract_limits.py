"""The rules that move a rejection to "no client can pass" (tools/contract_limits.py): each needs
the spec to say what Prism misreads, not only Prism's message; anything else stays rejected."""

from __future__ import annotations

import json
from typing import Any

from tools import contract_limits as limits
from tools import contract_outcomes as o

FORM = {"type": "object", "required": ["grant_type"], "properties": {
    "Sources": {"type": "array", "items": {"type": "string"}},
    "Styled": {"type": "array", "items": {"type": "string"}},
    "Name": {"type": "string"}}}
DATA: dict[str, Any] = {"paths": {
    "/rooms": {"post": {
        "parameters": [{"name": "header param", "in": "header", "schema": {"type": "string"}},
                       {"name": "required query", "in": "query", "required": True, "schema": {"type": "string"}},
                       {"name": "only_null", "in": "query", "required": True,
                        "schema": {"type": "array", "items": {"enum": [None]}}},
                       {"name": "filters", "in": "query", "schema": {"type": "array", "items": {"type": "object"}}}],
        "requestBody": {"content": {
            "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Form"},
                                                  "encoding": {"Styled": {"style": "form"}}},
            "application/json": {"schema": {"type": "object", "additionalProperties": False,
                                            "required": ["thread_id"], "properties": {"a": {"type": "string"}}}}}},
        "responses": {"200": {"description": "ok", "content": {"*/*": {"schema": {"type": "number"}}}}}},
        "get": {"responses": {"200": {"description": "ok", "content": {"openapi/python/client": {}}}}}}},
    "components": {"schemas": {"Form": {"allOf": [FORM]}}}}
POINTER = "/paths/~1rooms/post"


def _explain(*violations: dict[str, Any], media: str = "application/x-www-form-urlencoded", **facts: Any) -> str:
    record = {"sent": True, "status": 422, "request": {"content_type": media}, **facts}
    return limits.explain(DATA, POINTER, record, list(violations))


def _v(location: list[str], message: str) -> dict[str, Any]:
    return {"location": location, "message": message, "severity": "Error"}


def test_an_array_form_field_without_an_encoding_style_cannot_pass() -> None:
    # Twilio's AudioSources, sent as repeated fields (the OpenAPI default); Prism keeps the last one.
    assert "cannot pass" in _explain(_v(["body", "Sources"], "Request body property Sources must be array"))
    # With a style in `encoding` Prism does split it: then the rejection is the client's.
    assert _explain(_v(["body", "Styled"], "Request body property Styled must be array")) == ""
    # A string field, or a JSON body, is never excused.
    assert _explain(_v(["body", "Name"], "Request body property Name must be array")) == ""
    assert _explain(_v(["body", "Sources"], "must be array"), media="application/json") == ""


def test_every_error_must_be_explained() -> None:
    assert _explain(_v(["body", "Sources"], "Request body property Sources must be array"),
                    _v(["body", "Name"], "Request body property Name must be string")) == ""


def test_a_required_name_the_closed_schema_forbids_cannot_pass() -> None:
    # OpenAI's CreateRunRequest: required thread_id, additionalProperties false, no such property.
    assert "no body can pass" in _explain(_v(["body"], "Request body must have required property 'thread_id'"),
                                          media="application/json")
    assert _explain(_v(["body"], "Request body must have required property 'a'"), media="application/json") == ""


def test_parameter_names_prism_looks_up_percent_encoded_and_null_only_values() -> None:
    assert "percent-encoded" in _explain(_v(["query"], "Request query must have required property 'required%20query'"))
    assert "only valid value" in _explain(_v(["query"], "Request query must have required property 'only_null'"))
    assert _explain(_v(["query"], "Request query must have required property 'other'")) == ""
    assert "array of objects" in _explain(_v(["query", "filters", "0"], "Request query parameter filters.0 must be object"))


def test_a_star_star_answer_prism_cannot_write() -> None:
    body = json.dumps({"type": "https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT", "status": 500})
    assert "`*/*`" in limits.explain(DATA, POINTER, {"sent": True, "status": 500, "response_body": body}, [])
    assert limits.explain(DATA, POINTER, {"sent": True, "status": 500, "response_body": "{}"}, []) == ""


def test_an_unpassable_call_is_its_own_outcome() -> None:
    record = {"op": "x", "shape": "full", "sent": True, "status": 422, "violations": None, "error": "422",
              "parsed_none": None, "unpassable": "why"}
    assert o.judge(record, {"200": True}) == o.Verdict(o.UNPASSABLE, "why")


def test_a_required_form_field_the_schema_does_not_declare_cannot_pass_once_sent() -> None:
    # Box's token revocation requires grant_type and declares only other fields; Prism's form reader
    # keeps declared properties only.
    missing = _v(["body"], "Request body must have required property 'grant_type'")
    sent = {"body": "grant_type=x&Name=y", "content_type": "application/x-www-form-urlencoded"}
    assert "cannot pass although it was sent" in _explain(missing, request=sent)
    assert _explain(missing, request={**sent, "body": "Name=y"}) == ""  # not sent: the client's fault


def test_an_operation_whose_only_media_type_is_malformed_cannot_pass() -> None:
    record = {"sent": True, "status": 406, "response_body": "{}"}
    assert "not a media type" in limits.explain(DATA, "/paths/~1rooms/get", record, [])
    assert limits.explain(DATA, POINTER, record, []) == ""  # */* is a media range, not malformed


def test_a_header_name_that_is_no_http_token_cannot_be_sent() -> None:
    ours = {"sent": False, "status": None, "error": "InvalidRequestError: op (GET /) was not sent: header name "
            "'header param' is not a valid HTTP token"}
    peer = {"sent": True, "status": None, "error": "LocalProtocolError: Illegal header name b'header param'"}
    for record in (ours, peer):
        assert "not an HTTP token" in limits.explain(DATA, POINTER, record, [])
    assert limits.explain(DATA, POINTER, {"sent": False, "status": None, "error": "KeyError: 'x'"}, []) == ""


SIBLINGS: dict[str, Any] = {"openapi": "3.0.3", "paths": {"/up": {"post": {"requestBody": {"content": {
    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Up", "properties": {}}}}}}}},
    "components": {"schemas": {"Up": {"type": "object", "properties": {"file": {"type": "string"}},
                                      "additionalProperties": {"type": "object"}}}}}
TUPLES: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/t": {"post": {"requestBody": {"content": {
    "application/json": {"schema": {"type": "object", "properties": {"pair": {
        "type": "array", "prefixItems": [{"const": "prefix"}, {"type": "string"}], "items": {"type": "number"}}}}}}}}}}}


def test_prism_reading_of_ref_siblings_and_prefix_items() -> None:
    # openapi-python-client's 3.0 baseline: {$ref: Body, properties: {}}; Prism checks every field
    # against Body's additionalProperties ({type: object}).
    record = {"sent": True, "status": 422, "request": {"content_type": "multipart/form-data; boundary=x"}}
    found = limits.explain(SIBLINGS, "/paths/~1up/post", record, [_v(["body", "file"], "property file must be object")])
    assert "sibling" in found
    assert limits.explain({**SIBLINGS, "openapi": "3.1.0"}, "/paths/~1up/post", record,
                          [_v(["body", "file"], "property file must be object")]) == ""
    record = {"sent": True, "status": 422, "request": {"content_type": "application/json"}}
    assert "prefixItems" in limits.explain(TUPLES, "/paths/~1t/post", record,
                                           [_v(["body", "pair", "0"], "property pair.0 must be number")])
    assert limits.explain(TUPLES, "/paths/~1t/post", record,
                          [_v(["body", "pair", "2"], "property pair.2 must be number")]) == ""


def test_a_json_value_valid_for_two_overlapping_one_of_branches_cannot_pass() -> None:
    # oag-composed-oneof: ObjA and ObjB have no required property and allow anything else.
    data = {"openapi": "3.0.1", "paths": {"/state": {"post": {"requestBody": {"content": {"application/json": {
        "schema": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}}}}}}},
        "components": {"schemas": {
            "A": {"type": "object", "properties": {"kind": {"type": "string"}, "message": {"type": "string"}}},
            "B": {"type": "object", "required": ["code"], "properties": {"code": {"type": "integer"}}}}}}
    violation = _v(["body"], "Request body must match exactly one schema in oneOf")

    def explain(body: object) -> str:
        record = {"sent": True, "status": 422,
                  "request": {"content_type": "application/json", "body": json.dumps(body)}}
        return limits.explain(data, "/paths/~1state/post", record, [violation])

    assert "valid for 2 of them (A, B)" in explain({"kind": "a", "code": 1})
    assert explain({"kind": "a"}) == ""  # valid for A only: Prism's refusal is not explained
    assert explain({"code": "x"}) == ""  # valid for A only (B wants an integer)


def test_a_declared_framing_header_the_mock_fills_in_is_the_mocks_fault() -> None:
    # OpenAI's createSpeech declares `Transfer-Encoding: {schema: string}`; Prism sends a mocked value.
    data = {"paths": {"/audio/speech": {"post": {"responses": {"200": {
        "description": "ok", "headers": {"Transfer-Encoding": {"schema": {"type": "string"}}}}}}}}}
    error = "APIConnectionError: could not reach 127.0.0.1: RemoteProtocolError: Only Transfer-Encoding: chunked is supported"
    record = {"sent": True, "status": None, "error": error}
    reason = limits.broken_framing(data, "/paths/~1audio~1speech/post", record)
    assert "`transfer-encoding`" in reason
    record["mock_framing"] = reason
    assert o.judge(record, {"200": False}).outcome == o.MOCK_ANSWER
    # Without the declared header, or with another error, the call stays without an answer.
    assert limits.broken_framing({"paths": {"/audio/speech": {"post": {"responses": {}}}}},
                                 "/paths/~1audio~1speech/post", record) == ""
    assert limits.broken_framing(data, "/paths/~1audio~1speech/post",
                                 {**record, "error": "ConnectError: refused"}) == ""
