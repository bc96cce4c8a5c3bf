"""The text an extraction's spans point into: ``source.text`` for HTML and DOCX, the decoded file
itself for a text notice (found beside the extraction or where it was extracted, and checked
against ``source.sha256`` so highlights never land on a different text)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..read.text import decode_text


def notice_text(extraction, origin: str | Path, candidates: list[Path]) -> str:
    """The text of ``extraction`` (read from ``origin``); ``candidates`` are the files that may be
    its notice, tried in order. Raises :class:`InputError` naming ``origin`` when none matches."""
    source = extraction.source
    if source.text is not None:
        return source.text
    for path in candidates:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == source.sha256:
            return decode_text(path, data)[0]
    raise InputError(
        origin,
        f"the notice {source.path} is needed for its text (spans of a text notice point into the file) "
        "and was not found with the same content beside the extraction or in the working directory",
    )


def candidates_for(input_path: str | Path, source_path: str) -> list[Path]:
    """Where the notice of an input may be: the input itself (when it is the notice), then
    ``source.path`` as written, relative to the extraction's folder and its parent, and by name there."""
    here = Path(input_path)
    written = Path(source_path)
    folder = here.resolve().parent
    found = [here, written, folder / written, folder.parent / written, folder / written.name]
    return list(dict.fromkeys(found))
