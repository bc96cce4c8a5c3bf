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
import os
import stat
from pathlib import Path

from ..errors import InputError
from ..limits import MAX_INPUT_BYTES, LimitExceeded
from . import docx, html, ofd, pdf, refused, text
from .document import Document, Reading

__all__ = ["Document", "Reading", "READERS", "read_document", "read_input", "reader_for", "MAX_BYTES"]

READERS = (pdf, ofd, docx, refused, html, text)
MAX_BYTES = MAX_INPUT_BYTES  # 32 MiB (pipeline/limits.py): a notice is ~100 KB (a PDF a few MB); 100 notices in one file still fit
SNIFF_BYTES = 65536  # what a reader's sniff sees


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read ``path`` (or decode ``data``, its bytes already read: ``path`` then only names it);
    raise :class:`InputError` naming the file for anything unreadable."""
    path = Path(path)
    data = read_input(path) if data is None else _checked(path, data)
    reader = reader_for(data, path)
    try:
        reading = reader.read(path, data)
    except LimitExceeded as exceeded:  # a documented limit (pipeline/limits.py), named with the file
        raise InputError(path, str(exceeded)) from None
    if not reading.text.strip():
        raise InputError(path, "no text in the file")
    sha = hashlib.sha256(data).hexdigest()
    return Document(str(path), reading.text, reader.FORMAT, reading.encoding, sha, reading.metadata, reading.pages)


def reader_for(data: bytes, path: Path):
    """The reader module for ``data``: by content, the extension of ``path`` breaking ties."""
    head = data[:SNIFF_BYTES]
    if head.startswith(b"PK\x03\x04"):  # the central directory at the end names every member, even
        head += data[-SNIFF_BYTES:]  # when a large one (a thumbnail) comes first
    candidates = [reader for reader in READERS[:-1] if reader.sniff(head)] or [READERS[-1]]
    suffix = path.suffix.lower()
    for reader in candidates:
        if suffix in reader.SUFFIXES:
            return reader
    return candidates[0]


def is_regular_file(path: Path) -> bool:
    """Whether ``path`` (links followed) is a regular file: only those are ever opened, since a FIFO
    blocks its reader and a device never ends."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def read_input(path: Path) -> bytes:
    """The bytes of one input file, refused when it is no file, too large, unreadable or empty."""
    try:
        status = path.stat()  # follows a symbolic link: a link to /dev/zero is a device
        if stat.S_ISDIR(status.st_mode):
            raise InputError(path, "is a directory, not a file")
        if not stat.S_ISREG(status.st_mode):  # a FIFO would block, a device never end
            raise InputError(path, "not a regular file (a device, FIFO or socket)")
        if (size := status.st_size) > MAX_BYTES:
            raise InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
        data = _read_at_most(path, MAX_BYTES)
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


def _read_at_most(path: Path, limit: int) -> bytes:
    """The file's bytes, reading no more than ``limit`` + 1 whatever st_size said (it may grow)."""
    with path.open("rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # replaced since the stat
            raise InputError(path, "not a regular file (a device, FIFO or socket)")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(path, f"file too large (over {limit // 2**20} MiB, the limit)")
    return data
