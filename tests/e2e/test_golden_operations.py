"""Behaviour of the ``operations`` golden client against a real local HTTP server."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy

import pytest

from tests.golden_import import use
from tests.server import LocalServer, Reply

use("operations")

from operations_client import (
    APIStatusError,
    AsyncClient,
    Client,
)
from operations_client.api import blobs, items, login, reports, upload
from operations_client.models import (
    GetReportResponse,
    Item,
    LoginBody,
    Pending,
    Problem,
    UploadBody,
    UploadBodyMeta,
)


def test_parameters_in_every_location(server: LocalServer) -> None:
    server.reply(Reply(status=200, body={"id": 7, "name": "n"}))
    with Client(base_url=server.url) as client:
        result = items.get_item(
            client, item_id=7, class_="a", class_2="b", tags=["x", "y"], ids=[1, 2], pipes=["p", "q"],
            filter={"color": "red"}, x_trace="t-1", session="s-1",
        )
    (request,) = server.requests
    assert request.path == "/items/7"
    assert request.query == [("class", "a"), ("Class", "b"), ("tags", "x"), ("tags", "y"), ("ids", "1,2"),
                             ("pipes", "p|q"), ("filter[color]", "red"), ("limit", "10")]
    assert request.headers["x-trace"] == "t-1"
    assert request.headers["cookie"] == "session=s-1"
    assert result == Item(id=7, name="n")


def test_several_success_responses_decode_by_status(server: LocalServer) -> None:
    server.reply(Reply(status=202, body={"eta": 5}))
    with Client(base_url=server.url) as client:
        assert items.get_item(client, item_id=1) == Pending(eta=5)


@pytest.mark.parametrize("status", [404, 503])
def test_error_ranges_and_default_decode_the_problem(server: LocalServer, status: int) -> None:
    server.reply(Reply(status=status, body={"title": "nope", "status": status}))
    with Client(base_url=server.url, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        items.get_item(client, item_id=1)
    assert caught.value.status_code == status
    assert caught.value.body == Problem(title="nope", status=status)


def test_no_operation_id_deprecated_and_204(server: LocalServer) -> None:
    server.reply(Reply(status=204))
    with Client(base_url=server.url) as client, pytest.warns(DeprecationWarning, match="delete_items_by_item_id"):
        assert items.delete_items_by_item_id(client, item_id=3) is None
    assert server.requests[0].method == "DELETE"
    assert "deprecated" in (items.delete_items_by_item_id.__doc__ or "")


def test_json_body_leaves_read_only_out(server: LocalServer) -> None:
    server.reply(Reply(status=201, body={"id": 1, "name": "n", "from": "x"}))
    with Client(base_url=server.url) as client:
        created = items.create_item(client, body=Item(id=99, name="n", from_="x"))
    assert server.requests[0].json() == {"name": "n", "from": "x"}
    assert created.id == 1


def test_form_body_and_text_response(server: LocalServer) -> None:
    server.reply(Reply(status=200, body="token-123"))
    with Client(base_url=server.url) as client:
        token = login.login(client, body=LoginBody(user="ann", remember=True, scopes=["a", "b"]))
    (request,) = server.requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body == b"user=ann&remember=true&scopes=a&scopes=b"
    assert token == "token-123"
    assert request.headers["accept"] == "text/plain"  # what the operation answers with, not JSON


def test_accept_names_the_operations_media_types_unless_the_user_chose(server: LocalServer) -> None:
    server.reply(Reply(status=200, body=b"raw"), Reply(status=200, body=b"raw"))
    with Client(base_url=server.url) as client:
        blobs.get_blob(client, name="x")
    with Client(base_url=server.url, headers={"Accept": "*/*"}) as client:
        blobs.get_blob(client, name="x")
    assert [r.headers["accept"] for r in server.requests] == ["application/octet-stream", "*/*"]


def test_multipart_with_files_and_arrays_of_files(server: LocalServer) -> None:
    server.reply(Reply(status=200, body={"stored": 3}))
    with Client(base_url=server.url) as client:
        result = upload.upload(client, body=UploadBody(
            file=b"\x00\x01", attachments=[b"one", b"two"], note="hi", meta=UploadBodyMeta(size=2)))
    (request,) = server.requests
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.body)
    assert message.get_content_type() == "multipart/form-data"
    parts = [(p.get_param("name", header="content-disposition"), p.get_filename(), p.get_payload(decode=True))
             for p in message.iter_parts()]
    assert parts == [("file", "file", b"\x00\x01"), ("attachments", "attachments", b"one"),
                     ("attachments", "attachments", b"two"), ("note", None, b"hi"),
                     ("meta", None, b'{"size":2}')]
    assert result.stored == 3


def test_octet_stream_upload_and_download(server: LocalServer) -> None:
    server.reply(Reply(status=204))
    server.reply(Reply(status=200, body=b"\xff\x00raw"))
    with Client(base_url=server.url) as client:
        blobs.put_blob(client, name="a b", x_request_id2="r-1", x_request_id="q", body=b"\x00\xffdata")
        data = blobs.get_blob(client, name="a b")
    upload, download = server.requests
    assert upload.path == "/blobs/a%20b" and upload.body == b"\x00\xffdata"
    assert upload.headers["content-type"] == "application/octet-stream"
    assert upload.headers["x-request-id"] == "r-1" and upload.query == [("x_request_id", "q")]
    assert download.method == "GET" and data == b"\xff\x00raw"


def test_each_media_type_an_answer_comes_in_has_its_own_form(server: LocalServer) -> None:
    # getReport answers JSON, CSV or PDF: the main form asks for JSON only (the one it decodes),
    # get_report_as_csv / _as_pdf ask for their type and return str / bytes.
    server.reply(Reply(status=200, body={"rows": 2}),
                 Reply(status=200, body="a,b\n1,2\n", headers={"content-type": "text/csv"}),
                 Reply(status=200, body=b"%PDF-1.7", headers={"content-type": "application/pdf"}))
    with Client(base_url=server.url) as client:
        assert reports.get_report(client, id=1) == GetReportResponse(rows=2)
        csv: str = reports.get_report_as_csv(client, id=1)
        pdf: bytes = reports.get_report_as_pdf(client, id=1)
    assert (csv, pdf) == ("a,b\n1,2\n", b"%PDF-1.7")
    assert [r.headers["accept"] for r in server.requests] == ["application/json", "text/csv", "application/pdf"]
    assert all(r.path == "/reports/1" for r in server.requests)


def test_the_media_forms_have_async_forms(server: LocalServer) -> None:
    server.reply(Reply(status=200, body="x", headers={"content-type": "text/csv"}))

    async def call() -> str:
        async with AsyncClient(base_url=server.url) as client:
            return await reports.get_report_as_csv_async(client, id=3)

    assert asyncio.run(call()) == "x"
    assert server.requests[0].headers["accept"] == "text/csv"
