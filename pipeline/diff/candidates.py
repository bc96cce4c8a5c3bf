"""Which old records a new one is compared with when aligning by similarity: a bounded number, so a
diff of n tasks costs O(n·k) comparisons, not n² (6,600 tasks took 155 s before the bound).

Candidates of a new record: the old records sharing most of its character bigrams (through an
inverted index; bigrams found in many records tell nothing and are skipped), and the old records
near the same relative position (a revision mostly keeps the order).
"""

from __future__ import annotations

from collections import Counter

MAX_BY_CONTENT = 24  # old records sharing the most bigrams
NEAR_POSITION = 8  # old records on each side of the same relative position
COMMON_BIGRAM = 64  # a bigram in more old records than this is not used to find candidates
SMALL = 200  # up to this many old × new pairs in total, every pair is compared (exact, as before)


def _bigrams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


def candidate_pairs(old_keys: list[str], new_keys: list[str]) -> list[list[int]]:
    """For each new key, the indices (into ``old_keys``) of the old keys to compare it with."""
    if len(old_keys) * len(new_keys) <= SMALL * SMALL:
        return [list(range(len(old_keys))) for _ in new_keys]
    index: dict[str, list[int]] = {}
    for i, key in enumerate(old_keys):
        for gram in _bigrams(key):
            index.setdefault(gram, []).append(i)
    result = []
    for j, key in enumerate(new_keys):
        shared: Counter[int] = Counter()
        for gram in _bigrams(key):
            holders = index.get(gram, ())
            if len(holders) <= COMMON_BIGRAM:
                shared.update(holders)
        chosen = {i for i, _ in shared.most_common(MAX_BY_CONTENT)}
        centre = j * len(old_keys) // max(1, len(new_keys))
        chosen.update(range(max(0, centre - NEAR_POSITION), min(len(old_keys), centre + NEAR_POSITION + 1)))
        result.append(sorted(chosen))
    return result
