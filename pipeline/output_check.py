"""What makes an output current (the re-extraction skip of `fengong extract`), checked in full.

An output is taken as current only when (1) its ``checksum`` — the sha256 of every byte written
before its value, recorded as the last field — matches the file, so a truncated or edited output is never
kept; (2) ``source.sha256`` is the input's; (3) ``source.extractor_version`` is this fengong's; and
(4) ``source.options`` is the digest of the options that shape the output (the ``--units-file``
contents, in order), so an output made with a units file is not kept by a run without it.
Reading is streamed: memory stays constant whatever the output's size.
"""

from __future__ import annotations

import hashlib
import json
from . import rx as re
from pathlib import Path

CHECKSUM_FIELD = "checksum"
_CHECKSUM_TAIL = re.compile(rb',\n  "checksum": "sha256:([0-9a-f]{64})"\n}\n$')
_TAIL_BYTES = 128
_CHUNK = 1 << 20


def options_digest(units_files: tuple[str, ...]) -> str:
    """``sha256:…`` of the units files' bytes in order; "" when there are none (the default run)."""
    if not units_files:
        return ""
    digest = hashlib.sha256()
    for name in units_files:
        data = Path(name).read_bytes()
        digest.update(str(len(data)).encode() + b"\n" + data)
    return "sha256:" + digest.hexdigest()


def checksum_value(digest: "hashlib._Hash") -> bytes:
    """The JSON value of the checksum field, given the hash of everything written before it."""
    return json.dumps("sha256:" + digest.hexdigest()).encode()


def checksum_matches(output: Path) -> bool:
    """True when ``output`` ends with a checksum field that is the sha256 of the bytes before it."""
    with output.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - _TAIL_BYTES))
        found = _CHECKSUM_TAIL.search(handle.read())
        if not found:
            return False
        covered = max(0, size - _TAIL_BYTES) + found.start(1) - len('"sha256:')  # up to the value's quote
        handle.seek(0)
        digest = hashlib.sha256()
        while covered > 0 and (chunk := handle.read(min(_CHUNK, covered))):
            digest.update(chunk)
            covered -= len(chunk)
        return digest.hexdigest().encode() == found.group(1)
