"""``File``: what a caller passes wherever the API description says binary.

A file's content comes from bytes, a binary file object (``open(path, "rb")``, ``io.BytesIO``) or a
path; its name and media type travel with it into a multipart part or a binary request body.
Plain ``bytes``, file objects and paths are accepted too (``FileInput``) and wrapped here.
"""

from __future__ import annotations

import mimetypes
import os
from typing import IO, cast

__all__ = ["File", "FileInput", "as_file", "binary_value"]


class File:
    """A file to upload: its content, file name and media type."""

    __slots__ = ("_source", "content_type", "filename")

    def __init__(
        self,
        content: bytes | bytearray | memoryview | IO[bytes] | os.PathLike[str],
        *,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> None:
        if isinstance(content, str):
            raise TypeError(
                "File() takes bytes, a binary file object or a path (pathlib.Path), not str; "
                "for text, pass text.encode()"
            )
        self._source = content
        if filename is None and isinstance(content, os.PathLike):
            filename = os.path.basename(os.fspath(content))
        elif filename is None:
            name = getattr(content, "name", None)
            filename = os.path.basename(name) if isinstance(name, str) and name else None
        self.filename = filename
        """The name sent with the file (``filename=`` of a multipart part); None when unknown."""
        self.content_type = content_type
        """The file's media type; None to let the API description or the file name decide."""

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], content_type: str | None = None) -> File:
        """The file at ``path`` (read when the request is built)."""
        return cls(
            path if isinstance(path, os.PathLike) else _Path(path), content_type=content_type
        )

    def read(self) -> bytes:
        """The file's content; a file object is read from its current position."""
        source = self._source
        if isinstance(source, (bytes, bytearray, memoryview)):
            return bytes(source)
        if isinstance(source, os.PathLike):
            with open(os.fspath(source), "rb") as handle:
                return handle.read()
        data = cast(object, source.read())  # a text-mode file returns str at run time
        if not isinstance(data, bytes):
            raise TypeError(
                f"File content must be read in binary mode; {type(source).__name__} returned "
                f"{type(data).__name__} (open the file with 'rb')"
            )
        return data

    def media_type(self, default: str = "application/octet-stream") -> str:
        """The media type to send: the one given, else guessed from the file name, else ``default``."""
        if self.content_type:
            return self.content_type
        if self.filename:
            guessed, _ = mimetypes.guess_type(self.filename)
            if guessed:
                return guessed
        return default

    def __repr__(self) -> str:
        return f"File(filename={self.filename!r}, content_type={self.content_type!r})"


class _Path(os.PathLike[str]):
    """A path given as ``str`` to ``File.from_path`` (``File()`` refuses ``str``: text or path?)."""

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return self._path


FileInput = File | bytes | IO[bytes] | os.PathLike[str]
"""Anything a binary parameter, field or body accepts."""


def binary_value(value: object) -> bytes:
    """A binary field read from JSON (where it can only be text) as bytes, so that it can be sent
    back as a file; ``format: binary`` in a JSON document is text in UTF-8."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"expected binary content (text), got {type(value).__name__}")


def is_file(value: object) -> bool:
    """Whether ``value`` is something ``as_file`` turns into a ``File``."""
    return isinstance(value, (File, bytes, bytearray, memoryview, os.PathLike)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def as_file(value: object) -> File:
    """``value`` as a ``File`` (bytes, file objects and paths are wrapped)."""
    if isinstance(value, File):
        return value
    if is_file(value):
        return File(value)  # type: ignore[arg-type]
    raise TypeError(
        f"expected a file (bytes, a binary file object, a path or File), not {type(value).__name__}"
    )
