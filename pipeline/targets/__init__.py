"""The targets stage: task and section text → quantitative targets (indicator, comparator, value)."""
