"""Read one input file into decoded text, refusing what is not a readable notice."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..limits import MAX_INPUT_BYTES, LimitExceeded

MAX_BYTES = MAX_INPUT_BYTES  # a notice is ~100 KB; 100 notices in one file still fit

# Byte-order marks and the codec each one selects (also consulted by the HTML reader).
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Document:
    """The decoded text every later stage reads; spans are offsets into ``text``."""

    path: str
    text: str
    format: str  # text | html | docx
    encoding: str
    sha256: str
    # Labelled facts the container states outside the body text, e.g. a gov.cn page's metadata
    # table: {"发文机关": "国务院", "成文日期": "2018年11月16日", "标题": …, "发文字号": …}.
    metadata: dict[str, str] = field(default_factory=dict)


def read_document(path: str | Path) -> Document:
    """Read ``path``; raise :class:`InputError` naming the file for anything unreadable."""
    data = _read_bytes(Path(path))
    fmt = sniff_format(data, Path(path))
    try:
        text, encoding, metadata = _decoded(path, data, fmt)
    except LimitExceeded as exceeded:  # a documented limit (pipeline/limits.py), named with the file
        raise InputError(path, str(exceeded)) from None
    if not text.strip():
        raise InputError(path, "no text in the file")
    return Document(str(path), text, fmt, encoding, hashlib.sha256(data).hexdigest(), metadata)


def _decoded(path: str | Path, data: bytes, fmt: str) -> tuple[str, str, dict[str, str]]:
    metadata: dict[str, str] = {}
    if fmt == "html":  # readers of containers return (text, encoding, metadata)
        from .html import html_to_text

        text, encoding, metadata = html_to_text(path, data)
    elif fmt == "docx":
        from .docx import docx_to_text

        text, encoding, metadata = docx_to_text(path, data)
    else:
        text, encoding = decode_text(path, data)
    return text, encoding, metadata


def _read_bytes(path: Path) -> bytes:
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


def sniff_format(data: bytes, path: Path) -> str:
    """Decide text/html/docx from the content alone (``path`` only names the file in an error)."""
    if data[:4] == b"PK\x03\x04":
        # A DOCX's members live under word/: named in the first local headers or, when a large
        # member (a thumbnail) comes first, in the central directory at the end.
        if b"word/" in data[:65536] or b"word/" in data[-65536:]:
            return "docx"
        raise InputError(path, "a ZIP archive that is not a Word (.docx) document")
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    if head.startswith(b"<"):
        start = data[:65536].lower()
        if any(tag in start for tag in (b"<div", b"<p", b"<table", b"<body")):
            return "html"
    return "text"


def decode_text(path: str | Path, data: bytes) -> tuple[str, str]:
    """Decode by BOM, then strict UTF-8, then gb18030 (never gb2312: it garbles 「—」)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {encoding} despite its byte-order mark", _line_at(data, err.start)) from None
            return text, encoding  # a second U+FEFF stays (folded as a space): offsets stay exact
    if (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    if _looks_binary(data):
        raise InputError(path, "binary data, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
            if not _implausible_chinese(text):
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
        raise InputError(path, "undecodable text: neither UTF-8 nor GB18030", _line_at(data, utf8_error.start)) from None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: the NUL bytes of its ASCII characters (line ends, digits)
    all fall on one side of each pair; decoded strictly and plausible as Chinese text, else None."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    # (a CJK character's own byte may be 0 too — 一 is U+4E00 — so it is a clear majority, not all)
    encoding = "utf-16-le" if odd > 2 * even else "utf-16-be" if even > 2 * odd else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    return None if controls or _implausible_chinese(text) else (text, encoding)


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _implausible_chinese(text: str) -> bool:
    """gb18030 decodes most byte soup; real text is mostly CJK, ASCII and punctuation."""
    sample = text[:20000]
    odd = sum(1 for ch in sample if _is_odd_for_gb_text(ch))
    return odd > len(sample) * 0.1


def _is_odd_for_gb_text(ch: str) -> bool:
    code = ord(ch)
    return (0x80 <= code < 0x2000 and not 0xB7 <= code <= 0xD7) or 0xE000 <= code <= 0xF8FF or code > 0xFFFF
