"""Aligning two extractions of a notice: which section, task and target of OLD is which of NEW.

- **sections**: by id (a hash of the heading title, so renumbered headings keep it); then by
  position — same kind and level, an aligned parent and the same label (a renamed heading); then by
  title similarity (same kind and level, ratio ≥ :data:`SECTION_THRESHOLD`).
- **tasks**: by id (a hash of the text without its item number); then by the text compared as ids
  hash it — folded, without whitespace or 专栏 numbers (a repeated text's id counts its
  occurrences, and an older extraction may hash differently); then by content similarity —
  :class:`difflib.SequenceMatcher` ratio on the folded text, best pair first, ratio ≥
  :data:`TASK_THRESHOLD`. 0.8 lies above the most similar pair of *different* tasks in the
  reference notice (0.774: 城镇/农村常住居民人均可支配收入…) and below every reworded task in the
  test revisions; two tasks less alike than that are reported as removed and added.
- **targets**: within an aligned pair of tasks, by the indicator part of the id (``.g<hash>``), then
  by indicator similarity (≥ :data:`TARGET_THRESHOLD`).
- **assignments**: within an aligned pair of tasks, per unit (canonical name, then name as written).
"""

from __future__ import annotations

import difflib
from typing import Any, Iterable, Optional

from ..normalize import fold
from ..records import Section, Target, Task
from ..vocabulary import BOX_NUMBER
from .candidates import candidate_pairs

TASK_THRESHOLD = 0.8
SECTION_THRESHOLD = 0.6
TARGET_THRESHOLD = 0.5


# ---------------------------------------------------------------------------------------------
# Normalising and comparing text


def _key(text: str) -> str:
    """Folded, without whitespace: what ids are hashed from."""
    return "".join(fold(text).split())


def _content(text: str) -> str:
    """The key without 专栏 numbers, as task ids hash it: equal contents mean the same task, at most
    renumbered (:func:`_labels` lists what this leaves out)."""
    return BOX_NUMBER.sub("专栏", _key(text))


def similarity(a: str, b: str) -> float:
    """Ratio of two texts compared folded and without whitespace (0.0–1.0)."""
    return difflib.SequenceMatcher(None, _key(a), _key(b), autojunk=False).ratio()


def _ratio(matcher: difflib.SequenceMatcher, floor: float) -> float:
    """The matcher's ratio, or 0.0 as soon as its cheap upper bounds fall below ``floor``."""
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def char_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Character-level diff as ``[(op, text)]`` with op ``=``, ``-`` or ``+``.

    Equal runs of one or two characters between two edits are folded into the edits, so a changed
    phrase reads as one deletion and one insertion rather than a comb of single characters.
    """
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[list] = []  # [op, old_text, new_text]
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pieces.append(["=" if tag == "equal" else "~", old[i1:i2], new[j1:j2]])
    merged = _merge_short_gaps(pieces)
    _whole_numbers(merged)
    result: list[tuple[str, str]] = []
    for op, a, b in merged:
        sides = [("=", a)] if op == "=" else [("-", a), ("+", b)]
        result.extend((sign, text) for sign, text in sides if text)
    return result


def _short_gap(pieces: list[list], index: int) -> bool:
    """An equal run of at most two characters between two edits."""
    piece = pieces[index]
    inside = 0 < index < len(pieces) - 1
    return piece[0] == "=" and len(piece[1]) <= 2 and inside and pieces[index - 1][0] == "~" and pieces[index + 1][0] == "~"


def _merge_short_gaps(pieces: list[list]) -> list[list]:
    merged: list[list] = []
    for index, piece in enumerate(pieces):
        if _short_gap(pieces, index) or (piece[0] == "~" and merged and merged[-1][0] == "~"):
            if not merged or merged[-1][0] != "~":
                merged.append(["~", "", ""])
            merged[-1][1] += piece[1]
            merged[-1][2] += piece[2]
        else:
            merged.append(list(piece))
    return merged


_NUMERIC = "0123456789."


def _whole_numbers(pieces: list[list]) -> None:
    """Widen each edit that touches a number to the whole number: 4[-5.22-]{+6+} → [-45.22-]{+46+}."""
    for index, piece in enumerate(pieces):
        if piece[0] != "~":
            continue
        before = pieces[index - 1] if index > 0 and pieces[index - 1][0] == "=" else None
        after = pieces[index + 1] if index + 1 < len(pieces) and pieces[index + 1][0] == "=" else None
        if before and any(side[:1] in _NUMERIC for side in piece[1:] if side):
            _take_digits(before, piece, at_end=True)
        if after and any(side[-1:] in _NUMERIC for side in piece[1:] if side):
            _take_digits(after, piece, at_end=False)


def _take_digits(equal: list, edit: list, at_end: bool) -> None:
    """Move the digits at the end (``at_end``) or start of an equal run into the edit next to it."""
    text = equal[1]
    n = len(text) - len(text.rstrip(_NUMERIC) if at_end else text.lstrip(_NUMERIC))
    if not n:
        return
    if at_end:
        moved, equal[1] = text[-n:], text[:-n]
        edit[1], edit[2] = moved + edit[1], moved + edit[2]
    else:
        moved, equal[1] = text[:n], text[n:]
        edit[1], edit[2] = edit[1] + moved, edit[2] + moved
    equal[2] = equal[1]


# ---------------------------------------------------------------------------------------------
# Alignment


def _greedy(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Best pairs first (ties: earlier old, then earlier new); each side used once."""
    chosen, used_old, used_new = [], set(), set()
    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i in used_old or j in used_new:
            continue
        chosen.append((i, j))
        used_old.add(i)
        used_new.add(j)
    return chosen


def _same_ids(old: list, new: list) -> dict[str, str]:
    """The first step of aligning sections and tasks: a record whose id is on both sides."""
    new_ids = {r.id for r in new}
    return {r.id: r.id for r in old if r.id in new_ids}


def _by_similarity(rest_old: list[tuple[int, Any]], rest_new: list[tuple[int, Any]], text, threshold: float, compatible=None) -> list[tuple[int, int]]:
    """Best pairs of the not yet aligned ``(index, record)`` by :func:`_ratio` of ``text(record)``,
    at least ``threshold``; ``compatible(a, b)`` limits the pairs compared.

    Keys are computed once per record, and difflib analyses each new key once (``set_seq2``, which
    it caches) for all the old keys compared with it.
    """
    old_keys = [(i, a, _key(text(a))) for i, a in rest_old]
    new_keys = [_key(text(b)) for _, b in rest_new]
    candidates = candidate_pairs([k for _, _, k in old_keys], new_keys)  # bounded: O(n·k), not n²
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    scores = []
    for (j, b), key_b, near in zip(rest_new, new_keys, candidates):
        matcher.set_seq2(key_b)
        for i, a, key_a in (old_keys[n] for n in near):
            if compatible is None or compatible(a, b):
                matcher.set_seq1(key_a)
                score = _ratio(matcher, threshold)
                if score >= threshold:
                    scores.append((score, i, j))
    return _greedy(scores)


def align_sections(old: list[Section], new: list[Section]) -> dict[str, str]:
    """Old section id → new section id for the sections that correspond."""
    mapping = _same_ids(old, new)
    taken = set(mapping.values())
    # A renamed heading keeps its place: same kind, level, label, and an aligned parent.
    for section in old:
        if section.id in mapping:
            continue
        parent = mapping.get(section.parent) if section.parent else None
        if section.parent and parent is None:
            continue
        candidate = next(
            (
                c
                for c in new
                if c.id not in taken
                and (c.kind, c.level, c.label, c.parent) == (section.kind, section.level, section.label, parent)
            ),
            None,
        )
        if candidate is not None:
            mapping[section.id] = candidate.id
            taken.add(candidate.id)
    rest_old = [(i, s) for i, s in enumerate(old) if s.id not in mapping]
    rest_new = [(j, s) for j, s in enumerate(new) if s.id not in taken]
    for i, j in _by_similarity(rest_old, rest_new, lambda s: s.title, SECTION_THRESHOLD, _same_rank):
        mapping[old[i].id] = new[j].id
    return mapping


def _same_rank(a: Section, b: Section) -> bool:
    return (a.kind, a.level) == (b.kind, b.level)


def align_tasks(old: list[Task], new: list[Task]) -> dict[str, str]:
    """Old task id → new task id: by id, then by content without 专栏 numbers, then by similarity."""
    mapping = _same_ids(old, new)
    taken = set(mapping.values())
    by_content: dict[str, list[Task]] = {}
    for task in new:
        if task.id not in taken:
            by_content.setdefault(_content(task.text), []).append(task)
    for task in old:
        if task.id in mapping:
            continue
        candidate = next((t for t in by_content.get(_content(task.text), []) if t.id not in taken), None)
        if candidate is not None:
            mapping[task.id] = candidate.id
            taken.add(candidate.id)
    rest_old = [(i, t) for i, t in enumerate(old) if t.id not in mapping]
    rest_new = [(j, t) for j, t in enumerate(new) if t.id not in taken]
    for i, j in _by_similarity(rest_old, rest_new, lambda t: t.text, TASK_THRESHOLD):
        mapping[old[i].id] = new[j].id
    return mapping


def _target_key(target: Target) -> str:
    return target.id[len(target.task) :]


def align_targets(old: list[Target], new: list[Target]) -> list[tuple[Optional[Target], Optional[Target]]]:
    """Pairs (old, new) of one aligned task's targets; ``None`` on the side where one is missing."""
    new_keys = {_target_key(t): j for j, t in enumerate(new)}
    pairs = {i: new_keys[_target_key(t)] for i, t in enumerate(old) if _target_key(t) in new_keys}
    taken = set(pairs.values())
    rest_old = [(i, t) for i, t in enumerate(old) if i not in pairs]
    rest_new = [(j, t) for j, t in enumerate(new) if j not in taken]
    pairs.update(_by_similarity(rest_old, rest_new, lambda t: t.indicator, TARGET_THRESHOLD))
    result: list[tuple[Optional[Target], Optional[Target]]] = [(t, new[pairs[i]] if i in pairs else None) for i, t in enumerate(old)]
    matched_new = set(pairs.values())
    result.extend((None, t) for j, t in enumerate(new) if j not in matched_new)
    return result

