"""The generated client on real HTTP (tests/server.py): each parameter style and body encoding,
byte for byte as the OpenAPI specification writes it."""

from __future__ import annotations

import email.parser
import email.policy
import io
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.server import LocalServer, Recorded, Reply


def _client(wire: ModuleType, server: LocalServer) -> Any:
    return wire.Client(base_url=server.url + "/v1")


def test_every_parameter_style_goes_out_as_the_specification_writes_it(
    wire: ModuleType, server: LocalServer
) -> None:
    from wire_client.api import params
    from wire_client.models import Color, Point, RangeQuery, Rgb

    server.reply(Reply(status=200, body={"ok": True}))
    with _client(wire, server) as client:
        params.get_colors(
            client,
            simple=["a b", "c"],
            label=["x", "y"],
            matrix=Rgb(r=100, g=200, b=150),
            tags=["blue", "black,brown"],
            repeated=[1, 2],
            pipes=["p", "q"],
            spaces=["s", "t"],
            created=RangeQuery(gt=1700000000, lte=1800000000),
            point=Point(x_coord=1, y_coord=2),
            redirect="https://example.com/a?b=c&d",
            color=Color.RED,
            x_ids=[3, 4],
            x_rgb=Rgb(r=1, g=2, b=3),
            prefs=["dark", "compact"],
        )
    request = server.requests[-1]
    assert request.path == "/v1/colors/a%20b,c/.x.y/;matrix=R,100,G,200,B,150"
    assert request.raw_query.split("&") == [
        "tags=blue,black%2Cbrown",
        "repeated=1", "repeated=2",
        "pipes=p|q",
        "spaces=s%20t",
        "created[gt]=1700000000", "created[lte]=1800000000",
        "x_coord=1", "y_coord=2",  # form, explode: the model's properties by wire name
        "redirect=https://example.com/a?b%3Dc%26d",  # allowReserved: all but = & # + unencoded
        "color=red",
    ]
    assert request.headers["x-ids"] == "3,4"
    assert request.headers["x-rgb"] == "R=1,G=2,B=3"
    assert request.headers["cookie"] == "prefs=dark,compact"


def test_declared_accept_and_content_type_headers_are_sent_as_declared(
    wire: ModuleType, server: LocalServer
) -> None:
    from wire_client.api import params

    server.reply(Reply(status=200, body={"incidents": []},
                       headers={"Content-Type": "application/vnd.pagerduty+json;version=2"}))
    with _client(wire, server) as client:
        assert params.list_incidents(client).incidents == []
    headers = server.requests[-1].headers
    assert headers["accept"] == "application/vnd.pagerduty+json;version=2"
    assert headers["content-type"] == "application/json"


def test_form_body_in_bracket_form_with_the_encoding_object(wire: ModuleType, server: LocalServer) -> None:
    from wire_client.api import bodies
    from wire_client.models import Address, CustomerForm, CustomerFormExtra

    server.reply(Reply(status=200, body={"id": "cus_1"}))
    body = CustomerForm(
        email="a+b@c.d",
        address=Address(city="Zürich", line_1="1 Main St"),
        media_url=["https://x/1", "https://x/2"],
        metadata={"order": "42"},
        codes=["A", "B"],
        extra=CustomerFormExtra(note="n"),
        active=True,
    )
    with _client(wire, server) as client:
        assert bodies.create_customer(client, body=body).id == "cus_1"
    request = server.requests[-1]
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body.decode().split("&") == [
        "email=a%2Bb%40c.d",
        "address%5Bcity%5D=Z%C3%BCrich", "address%5Bline1%5D=1+Main+St",
        "media_url=https%3A%2F%2Fx%2F1", "media_url=https%3A%2F%2Fx%2F2",
        "metadata%5Border%5D=42",
        "codes=A%2CB",
        "extra=%7B%22note%22%3A%22n%22%7D",
        "active=true",
    ]


def _parts(request: Recorded) -> list[Any]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    return list(message.iter_parts())


def test_multipart_with_files_arrays_and_part_encoding(
    wire: ModuleType, server: LocalServer, tmp_path: Path
) -> None:
    from wire_client.api import bodies
    from wire_client.models import Address, UploadForm

    pdf = tmp_path / "spec.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    server.reply(Reply(status=201, body={"count": 4}))
    body = UploadForm(
        title="hello",
        avatar=io.BytesIO(b"\x89PNG"),
        attachments=[pdf, wire.File(b"%PDF-2", filename="two.pdf")],
        tags=["a", "b"],
        meta=Address(city="X"),
    )
    with _client(wire, server) as client:
        assert bodies.upload(client, body=body).count == 4
    parts = _parts(server.requests[-1])
    got = [(p.get_param("name", header="content-disposition"), p.get_filename(), p.get_content_type(),
            p.get_payload(decode=True)) for p in parts]
    assert got == [
        ("title", None, "text/plain", b"hello"),
        ("avatar", "avatar", "image/png", b"\x89PNG"),  # the encoding's contentType
        ("attachments", "spec.pdf", "application/pdf", b"%PDF-1.7"),
        ("attachments", "two.pdf", "application/pdf", b"%PDF-2"),
        ("tags", None, "text/plain", b"a"),
        ("tags", None, "text/plain", b"b"),
        ("meta", None, "application/json", b'{"city":"X"}'),
    ]
    assert parts[1]["X-Part-Kind"] == "avatar"


def test_multipart_is_chosen_over_json_when_it_carries_the_file(
    wire: ModuleType, server: LocalServer
) -> None:
    from wire_client.api import bodies
    from wire_client.models import SetAvatarBody

    server.reply(Reply(status=204))
    with _client(wire, server) as client:
        bodies.set_avatar(client, body=SetAvatarBody(file=wire.File(b"jpg", filename="me.jpg"), caption="me"))
    parts = _parts(server.requests[-1])
    assert [(p.get_filename(), p.get_content_type()) for p in parts] == [("me.jpg", "image/jpeg"),
                                                                          (None, "text/plain")]


def test_binary_text_and_json_variants(wire: ModuleType, server: LocalServer, tmp_path: Path) -> None:
    from wire_client.api import bodies
    from wire_client.models import Point

    photo = tmp_path / "photo.webp"
    photo.write_bytes(b"RIFF")
    server.reply(*[Reply(status=204)] * 6)
    with _client(wire, server) as client:
        bodies.put_blob(client, name="a", body=b"\x00\x01")
        bodies.put_blob(client, name="b", body=io.BytesIO(b"stream"))
        bodies.post_image(client, body=photo)
        bodies.post_note(client, body="héllo")
        bodies.post_event(client, body=Point(x_coord=1, y_coord=2))
        bodies.post_anything(client, body=Point(x_coord=3, y_coord=4))
    sent = [(r.path, r.headers.get("content-type"), r.body) for r in server.requests[-6:]]
    assert sent == [
        ("/v1/blobs/a", "application/octet-stream", b"\x00\x01"),
        ("/v1/blobs/b", "application/octet-stream", b"stream"),
        ("/v1/images", "image/webp", b"RIFF"),  # image/*: the file's own type
        ("/v1/notes", "text/plain", "héllo".encode()),
        ("/v1/events", "application/vnd.api+json", b'{"x_coord":1,"y_coord":2}'),
        ("/v1/anything", "application/json", b'{"x_coord":3,"y_coord":4}'),
    ]
