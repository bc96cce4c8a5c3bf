"""Plain-text notices: decoded by BOM, UTF-8 or GB18030; bytes that are no text are refused."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .document import Reading

FORMAT = "text"
SUFFIXES = (".txt", ".text")

# Byte-order marks and the codec each one selects (also consulted by the HTML reader).
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff(data: bytes) -> bool:
    """Anything may be text: this reader is the fallback, and refuses bytes that do not decode."""
    return True


def read(path: str | Path, data: bytes) -> Reading:
    text, encoding = decode_text(path, data)
    return Reading(text, encoding)


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


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: the NUL bytes of its ASCII characters (line ends, digits)
    fall mostly on one side of each pair (a CJK character's own byte may be 0 too — 一 is U+4E00);
    decoded strictly and plausible as Chinese text, else None."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    encoding = "utf-16-le" if odd > 2 * even else "utf-16-be" if even > 2 * odd else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    return None if controls or _implausible_chinese(text) else (text, encoding)


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
