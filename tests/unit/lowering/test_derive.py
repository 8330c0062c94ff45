"""The derive pass: the facts every consumer reads (optionality, successes, names, Accept)."""

from __future__ import annotations

from generator import ir
from generator.lowering.derive import derive


def _response(status: str, media: str = "application/json", kind: ir.ResponseKind = "json",
              headers: tuple[ir.ResponseHeader, ...] = ()) -> ir.Response:
    return ir.Response(status=status, description="", media_type=media, kind=kind,
                       type=None if kind == "empty" else ir.AnyType(), headers=headers)


def _op(name: str, *responses: ir.Response, group: str = "g") -> ir.Operation:
    return ir.Operation(
        py_name=name, operation_id=name, method="GET", path="/", pointer="", group=group, summary="",
        description="", parameters=(), body=None, security=(), idempotent=True, responses=responses)


def _api(*ops: ir.Operation, models: tuple[ir.Model, ...] = ()) -> ir.Api:
    return ir.Api(title="T", version="1", description="", base_url="", spec_name="s.yaml", models=models,
                  enums=(), aliases=(), operations=ops, security_schemes=())


def _field(name: str, *, required: bool, read_only: bool = False, write_only: bool = False,
           t: ir.TypeExpr | None = None, default: str | None = None) -> ir.Field:
    return ir.Field(wire_name=name, py_name=name, type=t or ir.Primitive(kind="str"), required=required,
                    description="", default_source=default, read_only=read_only, write_only=write_only)


def _header(name: str, required: bool) -> ir.ResponseHeader:
    return ir.ResponseHeader(wire_name=name, py_name=name.lower().replace("-", "_"),
                             type=ir.Primitive(kind="str"), required=required, description="")


def test_accept_header_keeps_only_well_formed_media_types_successes_first() -> None:
    api = derive(_api(_op("op", _response("default", "application/problem+json"),
                          _response("200", "text/csv; charset=utf-8"),
                          _response("201", "evil/x\r\nX-Injected: 1"), _response("202", ""))))
    assert api.operations[0].accept == "text/csv, application/problem+json"


def test_accept_keeps_the_ranges_an_operation_produces() -> None:
    # Petstore's fakeOuterNumberSerialize answers */*: Accept: application/json alone is refused
    # (406) by a server that negotiates strictly; a malformed range is still dropped.
    api = derive(_api(_op("a", _response("200", "*/*")), _op("b", _response("200", "image/*"),
                                                             _response("400", "*/json"))))
    assert [op.accept for op in api.operations] == ["*/*", "image/*"]
    # ... and decodes what the server chose (a text answer to */* is its string: runtime json_body).
    assert [r.any_media for r in api.operations[0].responses] == [True]


def test_read_only_and_write_only_required_fields_are_optional_in_the_constructor() -> None:
    model = ir.Model(name="M", module="m", pointer="", description="", additional=None, fields=(
        _field("a", required=True), _field("b", required=True, read_only=True),
        _field("c", required=True, write_only=True), _field("d", required=False, default='"x"'),
        _field("e", required=True, t=ir.LiteralOf(values=("k",)), default='"k"')))
    fields = {f.py_name: (f.optional, f.init_default) for f in derive(_api(models=(model,))).models[0].fields}
    assert fields == {"a": (False, None), "b": (True, "UNSET"), "c": (True, "UNSET"), "d": (True, "UNSET"),
                      "e": (False, '"k"')}


def test_default_is_a_success_only_without_2xx_and_no_success_means_an_empty_2xx() -> None:
    api = derive(_api(_op("a", _response("200"), _response("default")), _op("b", _response("default")),
                      _op("c", _response("404"))))
    a, b, c = api.operations
    assert ([r.status for r in a.successes], [r.status for r in a.errors]) == (["200"], ["default"])
    assert ([r.status for r in b.successes], b.errors) == (["default"], ())
    assert [(r.status, r.result) for r in c.successes] == [("2XX", "none")]
    assert [r.status for r in c.errors] == ["404"]


def test_result_kind_follows_the_body() -> None:
    op = derive(_api(_op("a", _response("200", "text/plain", "text"), _response("201", "", "empty"),
                         _response("202", "image/png", "binary"), _response("203")))).operations[0]
    assert [r.result for r in op.successes] == ["text", "none", "bytes", "json"]


def test_response_classes_per_status_with_the_shared_headers_on_the_base() -> None:
    op = derive(_api(_op("a", _response("200", headers=(_header("X-Id", True), _header("X-Rate", True))),
                         _response("201", headers=(_header("x-rate", True), _header("X-Id", False))),
                         _response("202", headers=(_header("X-Rate", True),))))).operations[0]
    base, ok, created = op.response_classes
    assert (base.name, base.base, base.statuses) == ("AResponse", None, ())
    assert [h.wire_name for h in base.headers] == ["X-Rate"]  # required alike by every success
    assert (ok.name, ok.base, ok.statuses) == ("A200Response", "AResponse", ("200",))
    assert [(h.wire_name, h.required) for h in ok.headers] == [("X-Id", True)]
    assert [(h.wire_name, h.required) for h in created.headers] == [("X-Id", False)]
    assert op.response_class == "AResponse"  # 202 declares nothing more: it gets the base


def test_response_class_names_avoid_the_module_s_other_names() -> None:
    """Claimed once for api/<group>.py and api.md alike, after the module's function names."""
    hdr = (_header("X-Id", True),)
    model = ir.Model(name="GetResponse", module="get_response", pointer="", description="", fields=(),
                     additional=None)
    api = derive(_api(_op("get", _response("200", headers=hdr)), _op("get_response", _response("200")),
                      _op("other", _response("200", headers=hdr), group="h"), models=(model,)))
    assert [op.response_class for op in api.operations] == ["GetResponse2", None, "OtherResponse"]
    assert api.index["GetResponse"] is api.models[0]
    assert api.operations[0].constant == "_GET"
