"""The store's tables described for people: the README's table of tables and Datasette's metadata
(``browse/metadata.json``), both made from :mod:`.tables` and tested to match."""

from __future__ import annotations

from .tables import STORE_VERSION, TABLES, tables


def markdown(version: int = STORE_VERSION) -> str:
    """The table of tables as Markdown (the README's), from :data:`TABLES`."""
    out = ["| table | column | type | description |", "|---|---|---|---|"]
    for table in tables(version):
        out.append(f"| **{table.name}** | | | {table.description} (key: {', '.join(table.key) or 'none'}) |")
        for c in table.columns:
            ref = f" → {c.references}" if c.references else ""
            out.append(f"| | {c.name} | {c.type} | {c.description}{ref} |")
    return "\n".join(out) + "\n"


def datasette_metadata(database: str = "fengong") -> dict:
    """Datasette's metadata (``datasette fengong.db -m browse/metadata.json``): every table and column described."""
    described = {
        t.name: {"description": t.description, "columns": {c.name: c.description for c in t.columns}} for t in TABLES
    }
    described["search_index"] = {"description": "Full-text index (FTS5) of tasks: rowid = tasks.rowid; words = jieba-segmented text, units and target indicators", "hidden": True}
    return {
        "title": "fengong: notices, revisions, tasks and their units",
        "description": "The store written by `fengong ingest`; tables documented in pipeline/store/tables.py.",
        "databases": {database: {"tables": described}},
    }
