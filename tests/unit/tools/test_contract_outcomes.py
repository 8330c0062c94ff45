"""The wire harness's judging rules (tools/contract_outcomes.py): one call, one operation, one spec."""

from __future__ import annotations

import json
from typing import Any

from tools import contract_outcomes as o


def call(**facts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"op": "list_pets", "shape": "minimal", "sent": True, "status": 200,
                            "violations": None, "error": None, "parsed_none": False}
    return {**base, **facts}


BODY = {"200": True, "204": False, "default": True}


def test_a_2xx_decoded_answer_is_accepted() -> None:
    assert o.judge(call(), BODY) == o.Verdict(o.ACCEPTED)


def test_an_empty_answer_where_the_spec_gives_none_is_accepted() -> None:
    assert o.judge(call(status=204, parsed_none=True), BODY).outcome == o.ACCEPTED


def test_nothing_returned_for_a_declared_body_is_a_decode_failure() -> None:
    verdict = o.judge(call(parsed_none=True), BODY)
    assert verdict.outcome == o.DECODE
    assert "200" in verdict.cause


def test_a_2xx_answer_the_client_raised_on_is_a_decode_failure() -> None:
    verdict = o.judge(call(error="APIResponseValidationError: bad date"), BODY)
    assert verdict == o.Verdict(o.DECODE, "APIResponseValidationError: bad date")


def test_an_error_before_any_request_is_before_sending() -> None:
    verdict = o.judge(call(sent=False, status=None, error="TypeError: unexpected keyword"), BODY)
    assert verdict == o.Verdict(o.BEFORE_SENDING, "TypeError: unexpected keyword")


def test_prism_violations_are_rejections_with_their_messages() -> None:
    header = json.dumps([{"location": ["request", "query", "created"], "severity": "Error",
                          "message": "must be object"},
                         {"location": ["request", "body"], "message": "must have required property 'name'"}])
    verdict = o.judge(call(status=422, violations=header, error="UnprocessableEntityError: ..."), BODY)
    assert verdict.outcome == o.REJECTED
    assert verdict.cause == ("request.body: must have required property 'name'; "
                             "request.query.created: must be object")


def test_an_error_status_without_violations_is_a_rejection_naming_the_status() -> None:
    assert o.judge(call(status=401, error="AuthenticationError"), BODY) == \
        o.Verdict(o.REJECTED, "HTTP 401 without a violation")


def test_a_violation_on_a_2xx_answer_still_counts_as_rejected() -> None:
    header = json.dumps([{"location": ["request", "header"], "message": "x"}])
    assert o.judge(call(violations=header), BODY).outcome == o.REJECTED


def test_sent_without_an_answer_is_no_answer() -> None:
    verdict = o.judge(call(status=None, error="APIConnectionError: refused"), BODY)
    assert verdict == o.Verdict(o.NO_ANSWER, "APIConnectionError: refused")


def test_an_unparsable_violation_header_is_kept_as_its_text() -> None:
    assert o.violations("not json") == [{"location": [], "message": "not json"}]
    assert o.violations(None) == []
    assert o.violations('{"a": 1}') == []


def test_body_expectation_falls_back_to_the_range_then_default() -> None:
    assert o.expects_body({"2XX": True}, 201) is True
    assert o.expects_body({"201": False, "2XX": True}, 201) is False
    assert o.expects_body({"default": True}, 200) is True
    assert o.expects_body({}, 200) is False


def test_an_operation_is_accepted_only_when_every_shape_is() -> None:
    good, bad = call(), call(shape="full", status=422, violations='[{"location":["request"],"message":"m"}]')
    assert o.operation_result("op", [good, good], BODY).verdict.outcome == o.ACCEPTED
    result = o.operation_result("op", [good, bad], BODY)
    assert result.verdict.outcome == o.REJECTED
    assert result.record is bad


def test_an_operation_keeps_its_first_failure() -> None:
    first = call(sent=False, status=None, error="KeyError: x")
    second = call(error="ValueError: y")
    assert o.operation_result("op", [first, second], BODY).verdict.outcome == o.BEFORE_SENDING


def test_missing_calls_are_not_run() -> None:
    assert o.operation_result("op", [call()], BODY).verdict.outcome == o.NOT_RUN
    assert o.operation_result("op", [], BODY).verdict.outcome == o.NOT_RUN


def test_tally_counts_every_expected_operation_once() -> None:
    records = [call(op="a"), call(op="a", shape="full"),
               call(op="b"), call(op="b", shape="full", error="ValueError: no")]
    spec = o.tally(records, {"a": BODY, "b": BODY, "c": BODY})
    assert spec.operations == 3
    assert spec.counts == {o.ACCEPTED: 1, o.DECODE: 1, o.NOT_RUN: 1}
    assert spec.accepted == 1
    assert [f.op for f in spec.failures] == ["b", "c"]
    assert round(spec.share(), 3) == 0.333


def test_failure_classes_group_one_mistake_across_operations() -> None:
    records = []
    for op in ("a", "b", "c"):
        header = json.dumps([{"location": ["request", "query", f"p_{op}"], "message": f"'{op}' must be object"}])
        records += [call(op=op, status=422, violations=header), call(op=op, shape="full")]
    records += [call(op="d", status=401), call(op="d", shape="full")]
    groups = o.failure_classes(o.tally(records, {k: BODY for k in "abcd"}))
    # biggest class first: the same mistake on three parameters of three operations
    assert list(groups) == [(o.REJECTED, "request.query.*: '…' must be object"),
                            (o.REJECTED, "HTTP 401 without a violation")]
    assert [r.op for r in groups[(o.REJECTED, "request.query.*: '…' must be object")]] == ["a", "b", "c"]


def test_generalise_keeps_statuses_and_the_kind_of_location() -> None:
    assert o.generalise("request.body.address.city: 'abc' must be >= 5") == "request.body.*: '…' must be >= N"
    assert o.generalise("HTTP 404 without a violation") == "HTTP 404 without a violation"
    assert o.generalise("request.query.b: x; request.query.a: x") == "request.query.*: x"


def test_the_call_prism_crashed_on_is_the_first_sent_without_an_answer() -> None:
    records = [call(), call(status=None, error="RemoteProtocolError"), call(status=None, error="ConnectError"),
               call(sent=False, status=None)]
    assert o.crash_index(records) == 1
    assert o.crash_index([call(), call(sent=False, status=None)]) is None
    assert o.crash_index([]) is None


def test_a_call_marked_as_crashing_prism_is_its_own_outcome() -> None:
    verdict = o.judge(call(status=None, mock_crashed="Error: Could not parse MIME type"), BODY)
    assert verdict == o.Verdict(o.MOCK_CRASHED, "Prism crashed on this request: Error: Could not parse MIME type")


def test_violations_in_prisms_problem_json_body_count_when_the_header_is_absent() -> None:
    body = json.dumps({"type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", "status": 422,
                       "validation": [{"location": ["request", "path", "Sid"], "code": "pattern",
                                       "message": "Request path parameter Sid must match pattern \"^CJ\""}]})
    verdict = o.judge(call(status=422, response_body=body, error="UnprocessableEntityError"), BODY)
    assert verdict == o.Verdict(o.REJECTED, 'request.path.Sid: Request path parameter Sid must match pattern "^CJ"')
    assert o.body_violations("<html>") == []
    assert o.body_violations('{"validation": "x"}') == []


def test_prism_warnings_do_not_reject() -> None:
    header = json.dumps([{"location": ["request", "query", "team"], "severity": "Warning", "code": "deprecated",
                          "message": "Query param team is deprecated"}])
    assert o.judge(call(violations=header), BODY).outcome == o.ACCEPTED


def test_violations_only_of_the_answer_are_the_mocks_not_the_clients() -> None:
    header = json.dumps([{"location": ["response", "body", "url"], "severity": "Error",
                          "message": 'must match format "uri"'}])
    verdict = o.judge(call(status=500, violations=header, error="InternalServerError"), BODY)
    assert verdict == o.Verdict(o.MOCK_ANSWER, 'response.body.url: must match format "uri"')
    mixed = json.dumps([{"location": ["response", "body"], "message": "x"},
                        {"location": ["request", "body"], "message": "y"}])
    assert o.judge(call(status=422, violations=mixed), BODY).outcome == o.REJECTED


def test_a_declared_error_status_is_the_answer_when_no_success_is_declared() -> None:
    only_errors = {"400": True, "404": False}
    assert o.judge(call(status=400, error="BadRequestError"), only_errors).outcome == o.ACCEPTED
    assert o.judge(call(status=405, error="APIStatusError"), only_errors).outcome == o.REJECTED
    assert o.judge(call(status=400, error="BadRequestError"), BODY).outcome == o.REJECTED


def test_a_request_the_http_library_refuses_to_write_failed_before_sending() -> None:
    verdict = o.judge(call(status=None, error="APIConnectionError: LocalProtocolError: Illegal header name"), BODY)
    assert verdict.outcome == o.BEFORE_SENDING


def test_a_decode_failure_on_an_answer_that_breaks_the_spec_is_the_mocks() -> None:
    verdict = o.judge(call(error="APIResponseValidationError: ...", answer_violations=["owner: [] is not an object"]),
                      BODY)
    assert verdict.outcome == o.MOCK_ANSWER
    assert "owner: [] is not an object" in verdict.cause
    assert o.judge(call(error="ValueError", answer_violations=[]), BODY).outcome == o.DECODE
