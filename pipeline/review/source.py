"""The text an extraction's spans point into: ``source.text`` for HTML and DOCX, the decoded file
itself for a text notice (found beside the extraction or where it was extracted, and checked
against ``source.sha256`` so highlights never land on a different text)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..read import is_regular_file
from ..read.text import decode_text


def find_source(name: str, sha256: str, places: list[Path]):
    """``(path, decoded text)`` of the first file that is the source ``name`` (its SHA-256 matches):
    ``name`` as written, then by file name in each of ``places`` and in their subfolders (an
    extraction in ``extracted/`` finds its notice in ``raw_docs/`` beside it); ``None`` if none is."""
    written = Path(name)
    candidates = [written]
    for place in places:
        candidates += [place / written, place / written.name]
        try:
            folders = sorted(p for p in place.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            folders = []
        candidates += [folder / written.name for folder in folders]
    for path in dict.fromkeys(candidates):
        if not is_regular_file(path):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == sha256:
            return path, decode_text(path, data)[0]
    return None


def notice_text(extraction, origin: str | Path) -> str:
    """The text the spans of ``extraction`` (read from ``origin``, a notice or its JSON) point into.
    Raises :class:`InputError` naming ``origin`` when a text notice cannot be found."""
    source = extraction.source
    if source.text is not None:
        return source.text
    here = Path(origin)
    folder = here.resolve().parent
    found = find_source(str(here), source.sha256, []) or find_source(source.path, source.sha256, [Path.cwd(), folder, folder.parent])
    if found is None:
        raise InputError(
            origin,
            f"the notice {source.path} is needed for its text (spans of a text notice point into the file) and was not "
            "found with the same content beside the extraction, in the working directory or in a folder beside them",
        )
    return found[1]
