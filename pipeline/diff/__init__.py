"""Compare two extractions: align sections, tasks and targets, and report the changes."""
