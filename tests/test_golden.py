"""Golden file of the full extraction of the reference notice, for reviewing extraction diffs.

The facts it protects are stated one by one in test_seed.py; this file shows everything else
that changed. Regenerate with `pytest tests/test_golden.py --force-regen` and review the diff.
"""

from pipeline.records import to_plain


def test_full_extraction_golden(seed, data_regression):
    data = to_plain(seed)
    data["source"].pop("extractor_version")  # a version bump alone is not an extraction change
    data_regression.check(data)
