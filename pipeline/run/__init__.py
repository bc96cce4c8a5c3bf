"""Runners: extract many inputs (serially or with worker processes) and write their outputs."""

# The output formats of `fengong extract --format` (here, not in .notice, so that `--help` imports no
# dataclass machinery).
FORMATS = ("json", "parquet")
