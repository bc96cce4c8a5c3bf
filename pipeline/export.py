"""Write records as deterministic JSON, atomically: a temporary file renamed into place."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pydantic is imported only when records are written (not to decide a skip)
    from .records import Extraction


def to_json(extraction: Extraction) -> bytes:
    """Byte-stable UTF-8 JSON: fixed field order (the records'), readable Chinese, LF line ends."""
    return b"".join(json_chunks(extraction))


def json_chunks(record) -> Iterator[bytes]:
    """The JSON of a record (indented by 2, a final newline) in pieces: a top-level list is written
    item by item, so a notice of 20,000 tasks never has its whole JSON in memory at once.

    pydantic's serialiser writes each piece (the same bytes as ``json.dumps(..., indent=2)`` for our
    values, ~5× faster: with ``indent`` the standard library falls back to its pure-Python encoder)."""
    import hashlib

    from .output_check import CHECKSUM_FIELD, checksum_value

    digest = hashlib.sha256()  # of every byte before the checksum field (pipeline/output_check.py)
    for piece in _json_pieces(record):
        if piece is CHECKSUM_FIELD:
            piece = checksum_value(digest)
        digest.update(piece)
        yield piece


def _json_pieces(record) -> Iterator:
    from .output_check import CHECKSUM_FIELD
    from .records import to_json_bytes

    yield b"{"
    for n, item in enumerate(dataclass_fields(record)):
        value = getattr(record, item.name)
        yield (b",\n  " if n else b"\n  ") + json.dumps(item.name, ensure_ascii=False).encode() + b": "
        if item.name == CHECKSUM_FIELD:
            yield CHECKSUM_FIELD  # its value: the hash of what came before
        elif isinstance(value, list) and value:
            for i, element in enumerate(value):
                yield (b",\n    " if i else b"[\n    ") + _indented(to_json_bytes(element), 4)
            yield b"\n  ]"
        else:
            yield _indented(to_json_bytes(value), 2)
    yield b"\n}\n"


def _indented(piece: bytes, spaces: int) -> bytes:
    """A JSON value written at the left margin, moved right (a newline never occurs inside a string)."""
    return piece.replace(b"\n", b"\n" + b" " * spaces)


def write_json(path: Path, extraction: Extraction, max_bytes: int | None = None) -> None:
    """Write the extraction's JSON to ``path`` atomically, piece by piece; past ``max_bytes`` (the
    output budget of pipeline/limits.py) the write stops, nothing is left, and the input is refused."""
    chunks = json_chunks(extraction)
    write_atomic(path, chunks if max_bytes is None else _bounded(chunks, max_bytes, extraction.source.path))


def _bounded(chunks: Iterator[bytes], max_bytes: int, name: str) -> Iterator[bytes]:
    from .errors import InputError
    from .limits import MAX_OUTPUT_RATIO

    written = 0
    for chunk in chunks:
        written += len(chunk)
        if written > max_bytes:
            raise InputError(name, f"the output would pass {MAX_OUTPUT_RATIO} bytes of JSON per byte of input; refused (a limit, see README)")
        yield chunk


def write_atomic(path: Path, content: str | bytes | Iterable[bytes]) -> None:
    """Write ``content`` (text as UTF-8, or bytes in pieces) to ``path`` so that no reader ever sees a
    partial file: a temporary file beside it, flushed to disk and renamed into place once complete.
    The file gets the mode a plain ``open(path, "w")`` would give (0666 less the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A short name (a 240-character output name leaves no room for more) with the writer's pid, so
    # the next run removes it if this process is killed (pipeline/preflight.py).
    fd, tmp = tempfile.mkstemp(prefix=f".fengong-{os.getpid()}-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it 0600 whatever the umask
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, str):
                handle.write(content.encode("utf-8"))
            elif isinstance(content, bytes):
                handle.write(content)
            else:
                handle.writelines(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(mask)
    return mask


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (where the platform lets a directory be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def output_path(input_path: str | Path, outdir: str | Path) -> Path:
    """OUTDIR/<stem>.json: the output of an input that shares its stem with no other input."""
    return Path(outdir) / (Path(input_path).stem + ".json")


# Which input of a shared stem keeps OUTDIR/<stem>.json: the first format here, then the path.
STEM_PRECEDENCE = (".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf", ".ofd")


def output_paths(inputs: list[Path], outdir: str | Path) -> dict[Path, Path]:
    """Each input's output file, by one rule that does not depend on the order of the inputs:

    OUTDIR/<stem>.json, unless inputs share a stem (x.html, x.docx; or a/x.txt, b/x.txt): then the
    first by format (STEM_PRECEDENCE) and path keeps <stem>.json and each other one is named after
    its whole file name, OUTDIR/<name>.json (x.docx.json). An input whose output is still another's
    (a third a/x.txt, c/x.txt …) is left out: the caller reports it before any work is done."""
    groups: dict[Path, list[Path]] = {}
    for path in inputs:
        groups.setdefault(output_path(path, outdir), []).append(path)
    chosen: dict[Path, Path] = {}
    taken: set[Path] = set()
    for plain, members in groups.items():
        members.sort(key=lambda p: (_precedence(p), str(p)))
        taken.add(plain)
        chosen[members[0]] = plain
    for plain, members in groups.items():
        for path in members[1:]:
            named = Path(outdir) / (path.name + ".json")
            if named not in taken:
                taken.add(named)
                chosen[path] = named
    return chosen


def _precedence(path: Path) -> int:
    suffix = path.suffix.lower()
    return STEM_PRECEDENCE.index(suffix) if suffix in STEM_PRECEDENCE else len(STEM_PRECEDENCE)


def json_schema() -> str:
    """The JSON Schema of the contract, generated from the pydantic models."""
    from .records import SCHEMA_VERSION, Extraction, json_schema as schema_of

    schema = schema_of(Extraction)
    schema["$id"] = f"https://fengong.invalid/schemas/extraction-{SCHEMA_VERSION}.json"
    schema["title"] = f"fengong extraction (schema_version {SCHEMA_VERSION})"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
