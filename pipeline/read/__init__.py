"""The read stage: the bytes of one notice file → :class:`Document` (its text as lines, spans point into it).

One interface, one module per format. A reader module has:

    FORMAT   = "pdf"                      # the name written in ``source.format``
    SUFFIXES = (".pdf",)                  # file extensions that are this format
    def sniff(data: bytes) -> bool        # the content (first bytes) says it is this format
    def read(path, data: bytes) -> Reading  # raise InputError(path, reason) for what it cannot read

:data:`READERS` lists them in the order their ``sniff`` is asked; when several say yes, the one whose
``SUFFIXES`` holds the file's extension wins, else the first. The last, ``text``, is the fallback:
it reads what no other reader claims (and refuses bytes that are no text). :mod:`.refused` is a reader too: it recognises formats we do not read (.doc, .wps, .rtf, images)
and refuses them with one line saying how to convert them. A new format is one new module here and
its name in :data:`READERS`.
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from ..errors import InputError
from . import docx, html, ofd, pdf, refused, text
from .document import Document, Reading

__all__ = ["Document", "Reading", "READERS", "read_document", "read_input", "reader_for", "MAX_BYTES"]

READERS = (pdf, ofd, docx, refused, html, text)
MAX_BYTES = 32 * 1024 * 1024  # a notice is ~100 KB (a PDF a few MB); 100 notices in one file still fit
SNIFF_BYTES = 65536  # what a reader's sniff sees


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read ``path`` (or decode ``data``, its bytes already read: ``path`` then only names it);
    raise :class:`InputError` naming the file for anything unreadable."""
    path = Path(path)
    data = read_input(path) if data is None else _checked(path, data)
    reader = reader_for(data, path)
    reading = reader.read(path, data)
    if not reading.text.strip():
        raise InputError(path, "no text in the file")
    sha = hashlib.sha256(data).hexdigest()
    return Document(str(path), reading.text, reader.FORMAT, reading.encoding, sha, reading.metadata, reading.pages)


def reader_for(data: bytes, path: Path):
    """The reader module for ``data``: by content, the extension of ``path`` breaking ties."""
    head = data[:SNIFF_BYTES]
    candidates = [reader for reader in READERS[:-1] if reader.sniff(head)] or [READERS[-1]]
    suffix = path.suffix.lower()
    for reader in candidates:
        if suffix in reader.SUFFIXES:
            return reader
    return candidates[0]


def read_input(path: Path) -> bytes:
    """The bytes of one input file, refused when it is no file, too large, unreadable or empty."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InputError(path, "is a directory, not a file")
        if (size := status.st_size) > MAX_BYTES:
            raise InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from None
    return _checked(path, data)


def _checked(path: Path, data: bytes) -> bytes:
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
    if not data.strip():
        raise InputError(path, "empty file")
    return data
