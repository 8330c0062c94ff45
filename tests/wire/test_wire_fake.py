"""The offline FakeTransport reads requests as a validating server does: every correct encoding is
accepted, and each wrong one (the mistakes issue 20 found on real APIs) is rejected with a reason."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture()
def fake_client(wire: ModuleType) -> Any:
    from wire_client.testing import FakeTransport

    return wire.Client(base_url="http://fake/v1", transport=FakeTransport(), max_retries=0)


def _operations() -> list[str]:
    from wire_client.testing import OPERATIONS

    return sorted(OPERATIONS)


@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])
def test_the_generated_client_passes_the_fake_for_every_operation(
    wire: ModuleType, fake_client: Any, full: bool
) -> None:
    import importlib

    from wire_client.testing import OPERATIONS, example_arguments

    for name in _operations():
        module = importlib.import_module(f"wire_client.api.{OPERATIONS[name]['group']}")
        getattr(module, name)(fake_client, **example_arguments(name, full=full))
        call = fake_client._http._transport.last_call
        assert call.violations == (), (name, call.violations)


def _colors_path(**override: Any) -> dict[str, Any]:
    from wire_client import _runtime as rt

    path = {"simple": ["a"], "label": rt.Styled(["x", "y"], "label", True),
            "matrix": rt.Styled({"R": 1, "G": 2, "B": 3}, "matrix", False)}
    path.update(override)
    return path


def _violations(wire: ModuleType, client: Any, op: Any, **parts: Any) -> list[str]:
    from wire_client import _runtime as rt

    with pytest.raises(wire.UnprocessableEntityError) as info:
        client._send(op, rt.RequestParts(**parts), rt.RequestOptions())
    return json.loads(info.value.response.headers["x-fake-violations"])


def _rejects(violations: list[str], *fragments: str) -> None:
    assert any(all(f in v for f in fragments) for v in violations), violations


def test_wrong_parameter_styles_are_rejected(wire: ModuleType, fake_client: Any) -> None:
    from wire_client import _runtime as rt
    from wire_client.api import params

    op = params._GET_COLORS

    def check(*fragments: str, **parts: Any) -> None:
        parts.setdefault("path", _colors_path())
        _rejects(_violations(wire, fake_client, op, **parts), *fragments)

    # An object sent as its repr, where deepObject is declared (Stripe's created[gt]).
    check("deepObject", "created[key]=value", query=(("created", "RangeQuery(gt=1, lte=UNSET)"),))
    check("'created'.gt", "not a valid integer",
          query=(("created", rt.Styled({"gt": "soon"}, "deepObject", True)),))
    # An explode=false array sent as repeated keys, and a pipe-delimited one joined with commas.
    check("sent 2 times", "explode=false", query=(("tags", rt.Styled(["a", "b"], "form", True)),))
    check("'repeated'[0]", "not a valid integer", query=(("repeated", "1,2"),))
    # An exploded object (form) sent under its own name.
    check("exploded object", query=(("point", rt.Styled({"x_coord": 1, "y_coord": 2}, "form", False)),))
    check("required property 'y_coord'", query=(("point", {"x_coord": 1}),))
    # label and matrix sent as simple.
    check("label style", path=_colors_path(label=["x", "y"]))
    check("matrix style", path=_colors_path(matrix={"R": 1, "G": 2, "B": 3}))
    check("required property 'B'", path=_colors_path(matrix=rt.Styled({"R": 1, "G": 2}, "matrix", False)))
    # A header object declared explode=true sent without the key=value form.
    check("X-Rgb", "key=value", headers=(("X-Rgb", {"R": 1, "G": 2, "B": 3}),))
    check("'X-Ids'", "not a valid integer", headers=(("X-Ids", "3;4"),))


def test_wrong_body_encodings_are_rejected(wire: ModuleType, fake_client: Any) -> None:
    from wire_client import File
    from wire_client import _runtime as rt
    from wire_client.api import bodies

    def check(op: Any, *fragments: str, **parts: Any) -> None:
        _rejects(_violations(wire, fake_client, op, **parts), *fragments)

    customers = bodies._CREATE_CUSTOMER
    check(customers, "must be application/x-www-form-urlencoded", json={"email": "a@b.c"})
    # A nested object sent as JSON text (what the client did before), where brackets are expected.
    check(customers, "bracket form",
          content=b"email=a&address=%7B%22city%22%3A%22X%22%7D",
          content_type="application/x-www-form-urlencoded")
    check(customers, "'media_url' is an array", "not JSON",
          content=b"email=a&media_url=%5B%22x%22%5D", content_type="application/x-www-form-urlencoded")
    check(customers, "required property 'email'", **rt.form_fields({"active": True}))
    check(customers, "body.active", "not a boolean", **rt.form_fields({"email": "e", "active": "yes"}))

    uploads = bodies._UPLOAD
    check(uploads, "multipart/form-data with a boundary", **rt.form_fields({"title": "t"}))
    # A file object sent as its repr (a text part), and a string array sent as one JSON part.
    check(uploads, "'avatar' is a file", "file part",
          **rt.multipart_fields({"title": "t", "avatar": "<_io.BytesIO object at 0x7f>"}))
    check(uploads, "'tags' is an array", "one part per item",
          **rt.multipart_fields({"title": "t", "avatar": File(b"x", content_type="image/png"),
                                 "tags": '["a","b"]'}))
    check(uploads, "'avatar'", "is not 'image/png'",
          **rt.multipart_fields({"title": "t", "avatar": File(b"x", content_type="image/gif")}))
    check(uploads, "required property 'title'",
          **rt.multipart_fields({"avatar": File(b"x", content_type="image/png")}))

    check(bodies._PUT_BLOB, "must be application/octet-stream", path={"name": "a"},
          content=b"x", content_type="text/plain")
    check(bodies._POST_IMAGE, "must be image/*", content=b"x", content_type="application/pdf")
    check(bodies._POST_NOTE, "must be text/plain", content=b"x", content_type="application/json")
    check(bodies._POST_EVENT, "must be JSON", content=b"x=1", content_type="text/plain")


def test_required_header_parameters_are_checked(wire: ModuleType, fake_client: Any) -> None:
    from wire_client.api import params

    violations = _violations(wire, fake_client, params._LIST_INCIDENTS)
    _rejects(violations, "header parameter 'Content-Type' is required")
    params.list_incidents(fake_client)  # the defaults the spec gives are sent
    assert fake_client._http._transport.last_call.violations == ()
