"""What the read stage hands on: :class:`Document`; what one format's reader returns: :class:`Reading`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reading:
    """One reader's result: the notice as lines (``text``, "\\n"-separated), how it was decoded, the
    facts its container states outside the body, and where each page starts in ``text``."""

    text: str
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)
    # Offset in ``text`` of the first character of each page (page 1 first), for paged formats
    # (PDF, OFD); empty for the others.
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class Document:
    """The decoded text every later stage reads; spans are offsets into ``text``."""

    path: str
    text: str
    format: str  # the FORMAT of the reader that read it: text | html | docx | pdf | ofd
    encoding: str
    sha256: str
    # Labelled facts the container states outside the body text, e.g. a gov.cn page's metadata
    # table: {"发文机关": "国务院", "成文日期": "2018年11月16日", "标题": …, "发文字号": …}.
    metadata: dict[str, str] = field(default_factory=dict)
    pages: tuple[int, ...] = ()  # see Reading.pages

