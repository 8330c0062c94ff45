"""What a user writes to upload files: type-checked (mypy --strict, pyright strict) in
tests/wire/test_wire_typing.py, so that every form that works at run time also type-checks."""

from __future__ import annotations

import io
from pathlib import Path

from wire_client import Client, File, FileInput
from wire_client.api import bodies
from wire_client.models import Address, SetAvatarBody, UploadForm


def upload_everything(client: Client, folder: Path) -> None:
    with open(folder / "a.png", "rb") as handle:
        bodies.put_blob(client, name="a", body=handle)  # an open binary file
    bodies.put_blob(client, name="b", body=b"raw bytes")
    bodies.put_blob(client, name="c", body=io.BytesIO(b"stream"))
    bodies.put_blob(client, name="d", body=folder / "d.bin")  # a path
    bodies.put_blob(client, name="e", body=File(b"x", filename="e.bin", content_type="application/x-e"))
    bodies.post_image(client, body=File.from_path(str(folder / "p.png")))
    files: list[FileInput] = [folder / "one.pdf", File(b"%PDF", filename="two.pdf"), io.BytesIO(b"3")]
    form = UploadForm(title="t", avatar=folder / "me.png", attachments=files, tags=["x"],
                      meta=Address(city="X"))
    bodies.upload(client, body=form)
    bodies.set_avatar(client, body=SetAvatarBody(file=io.BytesIO(b"jpg"), caption="me"))
