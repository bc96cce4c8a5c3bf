"""`fengong extract --format parquet`: a corpus as one columnar dataset, the store's tables.

The tables, their columns and the rows one extraction gives them are those of the SQLite store,
defined once in :mod:`pipeline.store.tables` (the README's table of tables is generated from it):
``notices``, ``revisions``, ``sections``, ``tasks``, ``assignments``, ``targets``, ``deadlines``,
``units`` and ``diagnostics``. In a dataset every input file is its own notice with one revision
(``revision_id`` = ``notice_id`` = its position among the run's extracted files, from 1, in input
order); linking revisions of one notice is the store's work (``fengong ingest``), so
``tasks.predecessor_id`` and ``tasks.change`` are empty here and ``task_changes``/``progress`` absent.

Layout (Hive partitioning, read directly by DuckDB, Spark, pandas and pyarrow)::

    OUTDIR/tasks/notice_year=2016/part-0-0.parquet
    OUTDIR/tasks/notice_year=__HIVE_DEFAULT_PARTITION__/…   (notices without a date)

``notice_year``, the year of the notice (not a target's ``year``), is added to every table as its
partition column: a question about some years reads only their folders. The issuer would make many
small folders (thousands of units); the year keeps a few large ones.

Rows are written in batches of :data:`BATCH` notices (memory stays bounded, files stay large), into
a hidden folder inside OUTDIR; when the run ends each table's folder replaces the one there before
(a rename), so a reader never sees a half-written table and a failed run leaves the last one intact.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from ..errors import FengongError

PARTITION = "notice_year"
BATCH = 2000  # notices per part file of each table and year
ARROW_TYPES = {"INTEGER": "int64", "TEXT": "string", "REAL": "float64"}


def dataset_tables():
    """The tables a dataset has, in :mod:`pipeline.store.tables` order: those one extraction fills,
    and ``notices``."""
    from ..store.tables import tables

    return [t for t in tables() if t.per_extraction or t.name == "notices"]


def arrow_schema(table):
    """The Arrow schema of ``table`` as written (its columns, then the partition column)."""
    import pyarrow as pa

    fields = [pa.field(c.name, getattr(pa, ARROW_TYPES[c.type])(), nullable=not c.not_null) for c in table.columns]
    return pa.schema(fields + [pa.field(PARTITION, pa.int64())])


class ParquetSink:
    """Collects the rows of each extracted notice (:meth:`add`, in input order) and writes the
    dataset into ``outdir`` (:meth:`close`)."""

    def __init__(self, outdir: str | Path, batch: int = BATCH):
        try:
            import pyarrow.dataset  # noqa: F401
        except ImportError:
            raise FengongError("--format parquet", "needs pyarrow, an optional extra: pip install 'fengong[dask]'") from None
        self.outdir = Path(outdir)
        self.batch = batch
        self.tables = {t.name: t for t in dataset_tables()}
        self.rows: dict[str, list[tuple]] = {name: [] for name in self.tables}
        self.notices = 0  # revision ids given so far
        self.pending = 0  # notices not yet written
        self.parts = 0
        self.staging: Path | None = None

    def add(self, rows: dict[str, list[tuple]]) -> None:
        """One notice's rows as :func:`pipeline.store.tables.extraction_rows` gives them (any revision id)."""
        self.notices += 1
        rid = self.notices
        revisions = self.tables["revisions"]
        revision = list(rows["revisions"][0])
        revision[0:4] = [rid, rid, 1, None]  # revision_id, notice_id, number, previous_id
        year = revision[revisions.names.index("year")]
        self.rows["revisions"].append((*revision, year))
        self.rows["notices"].append((rid, *(revision[revisions.names.index(c)] for c in ("doc_number", "title", "issuer")), year))
        for name, table_rows in rows.items():
            if name != "revisions" and name in self.rows:
                self.rows[name].extend((rid, *row[1:], year) for row in table_rows)
        self.pending += 1
        if self.pending >= self.batch:
            self._flush()

    def close(self) -> None:
        """Write what is left, then put each table's folder in place."""
        try:
            self._flush(final=True)
            for name in self.tables:
                self._replace(self.staging / name, self.outdir / name)
        except OSError as err:
            raise FengongError(self.outdir, f"cannot write the Parquet dataset: {err.strerror or err}") from None
        finally:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)

    def discard(self) -> None:
        """Leave OUTDIR as it was (a run that was interrupted or failed as a whole)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def _flush(self, final: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.dataset as ds

        if self.staging is None:
            self.staging = self.outdir / f".fengong-parquet-{uuid.uuid4().hex[:12]}"
            os.makedirs(self.staging)  # mode from the umask
        for name, table in self.tables.items():
            schema = arrow_schema(table)
            rows = self.rows[name]
            folder = self.staging / name
            if rows:
                columns = list(zip(*rows))
                data = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)
                partitioning = ds.partitioning(pa.schema([schema.field(PARTITION)]), flavor="hive")
                ds.write_dataset(
                    data, folder, format="parquet", partitioning=partitioning, use_threads=False,
                    basename_template=f"part-{self.parts}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore",
                )
            elif final and not folder.exists():
                _write_empty(folder, schema)
            self.rows[name] = []
        self.parts += 1
        self.pending = 0

    def _replace(self, new: Path, old: Path) -> None:
        if old.exists():
            trash = self.staging / f"old-{old.name}"
            os.replace(old, trash)
        os.replace(new, old)


def _write_empty(folder: Path, schema) -> None:
    """A table without rows still has a file (its schema), so a reader's glob finds it."""
    import pyarrow.parquet as pq

    partition = folder / f"{PARTITION}=__HIVE_DEFAULT_PARTITION__"
    partition.mkdir(parents=True)
    pq.write_table(schema.empty_table().drop_columns([PARTITION]), partition / "part-0-0.parquet")
