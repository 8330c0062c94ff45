"""Request body encodings: form-urlencoded (with ``encoding``), multipart, binary, and ``File``."""

from __future__ import annotations

import email.parser
import email.policy
import io
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from templates.runtime._files import File, as_file
from templates.runtime._forms import Encoding, binary_fields, form_fields, form_pairs, multipart_fields


def _form(body: dict[str, Any], encoding: dict[str, Encoding] | None = None) -> list[tuple[str, str]]:
    fields = form_fields(body, encoding)
    assert fields["content_type"] == "application/x-www-form-urlencoded"
    return urllib.parse.parse_qsl(fields["content"].decode("ascii"), keep_blank_values=True)


def test_form_nested_objects_use_stripes_bracket_form() -> None:
    body = {"email": "a@b.c", "address": {"city": "X", "line1": "1 Main St"},
            "items": [{"price": "p_1", "quantity": 2}], "metadata": {}}
    assert _form(body) == [("email", "a@b.c"), ("address[city]", "X"), ("address[line1]", "1 Main St"),
                           ("items[0][price]", "p_1"), ("items[0][quantity]", "2")]


def test_form_arrays_repeat_the_key_twilio_style() -> None:
    assert _form({"To": "+1", "MediaUrl": ["https://a/1", "https://a/2"]}) == [
        ("To", "+1"), ("MediaUrl", "https://a/1"), ("MediaUrl", "https://a/2")]


def test_form_encoding_object_decides_style_explode_and_content_type() -> None:
    encoding = {
        "tags": Encoding(style="form", explode=False),
        "ids": Encoding(style="pipeDelimited", explode=False),
        "filter": Encoding(style="deepObject", explode=True),
        "point": Encoding(style="form", explode=True),
        "meta": Encoding(content_type="application/json"),
    }
    body = {"tags": ["a", "b"], "ids": [1, 2], "filter": {"gt": 1}, "point": {"x": 1, "y": 2},
            "meta": {"k": [1, True]}}
    assert _form(body, encoding) == [("tags", "a,b"), ("ids", "1|2"), ("filter[gt]", "1"),
                                     ("x", "1"), ("y", "2"), ("meta", '{"k":[1,true]}')]


def test_form_text_is_percent_encoded_and_booleans_are_words() -> None:
    raw = form_fields({"q": "a b&c=d", "flag": True})["content"]
    assert raw == b"q=a+b%26c%3Dd&flag=true"
    assert form_pairs({"n": None}) == [("n", "")]


def _parts(fields: dict[str, Any]) -> list[Any]:
    head = f"Content-Type: {fields['content_type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + fields["content"])
    assert message.is_multipart()
    return list(message.iter_parts())


def test_multipart_files_arrays_objects_and_part_encoding(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    body = {
        "title": "hello",
        "avatar": File(b"\x89PNG", filename="me.png"),
        "attachments": [io.BytesIO(b"one"), path, b"three"],
        "tags": ["x", "y"],
        "meta": {"k": 1},
        "count": 3,
        "doc": File(b"{}", filename="d.bin"),
    }
    encoding = {"doc": Encoding(content_type="application/vnd.custom"),
                "title": Encoding(headers=(("X-Part", "1"),))}
    parts = _parts(multipart_fields(body, encoding))
    got = [(p.get_param("name", header="content-disposition"), p.get_filename(),
            p.get_content_type(), p.get_payload(decode=True)) for p in parts]
    assert got == [
        ("title", None, "text/plain", b"hello"),
        ("avatar", "me.png", "image/png", b"\x89PNG"),
        ("attachments", "attachments", "application/octet-stream", b"one"),
        ("attachments", "report.csv", "text/csv", b"a,b\n1,2\n"),
        ("attachments", "attachments", "application/octet-stream", b"three"),
        ("tags", None, "text/plain", b"x"),
        ("tags", None, "text/plain", b"y"),
        ("meta", None, "application/json", b'{"k":1}'),
        ("count", None, "text/plain", b"3"),
        ("doc", "d.bin", "application/vnd.custom", b"{}"),
    ]
    assert parts[0]["X-Part"] == "1"


def test_multipart_names_cannot_inject_headers() -> None:
    fields = multipart_fields({'a"\r\nX-Evil: 1': File(b"x", filename='f"\r\n.txt')})
    assert b"\r\nX-Evil" not in fields["content"]


def test_binary_bodies_send_the_declared_or_the_files_media_type(tmp_path: Path) -> None:
    assert binary_fields(b"raw", "application/octet-stream") == {
        "content": b"raw", "content_type": "application/octet-stream"}
    assert binary_fields(File(b"x", filename="a.png"), "image/*")["content_type"] == "image/png"
    assert binary_fields(io.BytesIO(b"x"), "*/*")["content_type"] == "application/octet-stream"
    assert binary_fields(b"x", "image/*")["content_type"] == "image/*"
    explicit = File(b"x", content_type="image/gif")
    assert binary_fields(explicit, "image/png")["content_type"] == "image/gif"
    (tmp_path / "f.bin").write_bytes(b"data")
    assert binary_fields(File.from_path(str(tmp_path / "f.bin")), "application/pdf") == {
        "content": b"data", "content_type": "application/pdf"}


def test_file_refuses_text_and_text_mode_files(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="not str"):
        File("some text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a file"):
        as_file(12)
    (tmp_path / "t.txt").write_text("hi")
    with open(tmp_path / "t.txt") as handle, pytest.raises(TypeError, match="binary mode"):
        File(handle).read()  # type: ignore[arg-type]
    with open(tmp_path / "t.txt", "rb") as handle:
        file = as_file(handle)
        assert (file.filename, file.read(), file.media_type()) == ("t.txt", b"hi", "text/plain")
