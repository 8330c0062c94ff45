"""Client policy (generator/lowering/policy.py, oauth.py): what is detected from the spec, what the
configuration overrides, and how bad configuration values are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.config import client_from_mapping
from generator.diagnostics import SpecError
from generator.lowering.policy import idempotency_header, request_id_headers


def _param(name: str) -> ir.Parameter:
    return ir.Parameter(wire_name=name, py_name=name.lower().replace("-", "_"), location="header",
                        type=ir.Primitive(kind="str"), required=False, description="", style="simple",
                        explode=False)


def _op(params: tuple[ir.Parameter, ...] = (), headers: tuple[str, ...] = ()) -> ir.Operation:
    response = ir.Response(status="200", description="", media_type="", kind="empty", type=None,
                           headers=tuple(ir.ResponseHeader(wire_name=h, py_name="h", type=ir.Primitive(kind="str"),
                                                           required=False, description="") for h in headers))
    return ir.Operation(py_name="op", operation_id="op", method="POST", path="/", pointer="", group="g",
                        summary="", description="", parameters=params, body=None, responses=(response,),
                        security=(), idempotent=False)


def test_idempotency_header_is_the_most_used_spelling() -> None:
    ops = (_op((_param("Idempotency-Key"),)), _op((_param("Idempotency-Key"),)), _op((_param("X-Idempotency-Key"),)),
           _op((_param("X-Idempotent-Replayed"),)))
    assert idempotency_header(ops) == "Idempotency-Key"
    assert idempotency_header((_op((_param("X-Trace"),)),)) == ""


def test_request_id_headers_are_detected_in_order_or_defaulted() -> None:
    ops = (_op(headers=("X-Request-Id", "X-Rate-Limit")), _op(headers=("x-amzn-RequestId", "X-Request-ID")))
    assert request_id_headers(ops) == ("x-request-id", "x-amzn-requestid")
    assert request_id_headers((_op(headers=("ETag",)),)) == ("x-request-id", "request-id")


@pytest.mark.parametrize("raw", [{"idempotency_header": "Bad Header"}, {"idempotency_header": 3},
                                 {"request_id_headers": "x-request-id"}, {"request_id_headers": ["a b"]}])
def test_bad_policy_configuration_is_a_located_error(raw: dict[str, object]) -> None:
    base = {"spec": "s.yaml", "output": "o", "package": "p"}
    with pytest.raises(SpecError) as info:
        client_from_mapping({**base, **raw}, root=Path("."), where="pyproject.toml")
    assert [d.code for d in info.value.diagnostics] == ["config-type"]


def test_policy_configuration_is_read() -> None:
    config = client_from_mapping({"spec": "s.yaml", "output": "o", "package": "p", "idempotency_header": "",
                                  "request_id_headers": ["X-Trace"]}, root=Path("."), where="pyproject.toml")
    assert (config.idempotency_header, config.request_id_headers) == ("", ("X-Trace",))
