"""Safe reading of ZIP + XML packages (DOCX, OFD): bounded members, no entities, no network.

Limits, far above any real notice and low enough that a crafted file is refused before it costs
memory: the number of members, the uncompressed size of one part, and the compression ratio of a
part (a zip bomb inflates a few KB into GBs). A part that declares a DOCTYPE is refused: neither
Word nor an OFD writer emits one, so it can only be a crafted file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from lxml import etree

MAX_MEMBERS = 10000  # a 300-page OFD has ~1000 members
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
MAX_RATIO = 200  # uncompressed / compressed size of one part; real XML compresses 5–20×
RATIO_FLOOR_BYTES = 1024 * 1024  # small parts may compress as they like


def open_zip(path: str | Path, data: bytes, kind: str) -> zipfile.ZipFile:
    """The archive, refused when it is unreadable or has more members than any real ``kind`` file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise InputError(path, f"not a valid {kind}: the file is not a readable ZIP archive") from None
    if len(archive.infolist()) > MAX_MEMBERS:
        raise InputError(path, f"{kind} archive has more than {MAX_MEMBERS} members; refused")
    return archive


def read_part(path: str | Path, archive: zipfile.ZipFile, name: str, kind: str, limit: int = MAX_PART_BYTES) -> bytes:
    """The bytes of member ``name``, read no further than the size limit (the header can lie)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise InputError(path, f"not a {kind} document: no {name} in the archive") from None
    too_large = f"{name} too large when uncompressed (the limit is {limit // 2**20} MiB)"
    if info.file_size > limit:
        raise InputError(path, too_large)
    _check_ratio(path, name, info.file_size, info.compress_size)
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error) as err:
        # ValueError: a local header offset that points before the archive (a damaged ZIP)
        raise InputError(path, f"cannot read {name} from the archive: {err}") from None
    if len(data) > limit:
        raise InputError(path, too_large)
    _check_ratio(path, name, len(data), info.compress_size)
    return data


def _check_ratio(path: str | Path, name: str, size: int, compressed: int) -> None:
    if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(compressed, 1):
        raise InputError(path, f"{name} inflates more than {MAX_RATIO}× (a zip bomb?); refused")


def parse_part(path: str | Path, xml: bytes, name: str, writer: str = "no writer of this format") -> etree._Element:
    """Parse a package part: no entity is resolved, no DTD loaded, no network touched; a DOCTYPE is
    refused (``writer`` names who would never write one)."""
    root = parse_xml(path, xml, name)
    if root.getroottree().docinfo.doctype:
        raise InputError(path, f"{name} declares a DOCTYPE, which {writer} never writes; refused")
    return root


def parse_xml(path: str | Path, xml: bytes, name: str) -> etree._Element:
    """The XML parsed with no entity resolved, no DTD loaded, no network touched."""
    from lxml import etree  # here: a text notice never needs lxml

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as err:
        line = err.position[0] if err.position else None
        raise InputError(path, f"malformed XML in {name}" + (f" (line {line})" if line else "")) from None
