"""Write records as deterministic JSON, atomically: a temporary file renamed into place."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic is imported only when records are written (not to decide a skip)
    from .records import Extraction


def to_json(extraction: Extraction) -> bytes:
    """Byte-stable UTF-8 JSON: fixed field order (the records'), readable Chinese, LF line ends.

    pydantic's own serialiser writes it (the same bytes as ``json.dumps(..., indent=2)`` for our
    values, ~5× faster: with ``indent`` the standard library falls back to its pure-Python encoder);
    bytes rather than str, because a str of a large notice's JSON takes 1.5–2× its size again."""
    from .records import to_json_bytes

    return to_json_bytes(extraction) + b"\n"


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text is written as UTF-8) to ``path`` so that no reader ever sees a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_path(input_path: str | Path, outdir: str | Path) -> Path:
    return Path(outdir) / (Path(input_path).stem + ".json")


def json_schema() -> str:
    """The JSON Schema of the contract, generated from the pydantic models."""
    from .records import Extraction, json_schema as schema_of

    schema = schema_of(Extraction)
    schema["$id"] = "https://fengong.invalid/schemas/extraction-1.json"
    schema["title"] = "fengong extraction (schema_version 1)"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
