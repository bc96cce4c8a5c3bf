"""Runners: extract many inputs (serially or with worker processes) and write their outputs."""
