"""Find the assignment blocks written inside the text: 「……。（A牵头，B、C配合）」, 「〔责任单位：…〕」,
「……，由市卫生健康委负责。」. Any bracket pair — （）() 〔〕 [] 【】 — closes a task the same way."""

from __future__ import annotations

from .. import rx as re

from ..brackets import depths, split_outside
from ..structure.inline import Clause, InlineBlock, UnitItem
from ..structure.lines import Line
from ..vocabulary import DEADLINE_LABELS, UNIT_LINE_LABELS
from .conventions import CARRY_OVER, CONVENTIONS, declared_conventions, mask, non_unit_clauses
from .lists import CLOSE, OPEN, UNIT_ENDING, split_unit_list

Source = tuple[str, str]  # the run's text and its folded copy (the same length)

# Brackets that enclose a block, after folding: （）→(), ［］→[].
BLOCK_OPEN = "(〔[【"
BLOCK_CLOSE = ")〕]】"

# Labelled inline lists: 「（牵头单位：市科技局；配合单位：市财政局）」. Beside the unit-line labels, any
# 「…单位：」/「…部门：」 whose words say its role (name, role, pattern, example), first match wins.
LABEL_ROLES: tuple[tuple[str, str, re.Pattern[str], str], ...] = (
    ("lead_words", "lead", re.compile(r"牵头|主办"), "牵头责任单位："),
    ("cooperate_words", "cooperate", re.compile(r"配合|协同|协助|协办|参与|参加|支持|协作"), "协同单位："),
    ("responsible_words", "responsible", re.compile(r"责任|负责|实施|承办|落实|指导"), "主要责任单位："),
)
# 「牵头单位：」, 「配合部门：」, 「牵头处室：」 (a 厅's own divisions), 「责任科室：」 (a 局's)
INLINE_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff]{0,4}?(?:单位|部门|处室|科室))\s*:")
# A verb inside a 「责任单位：」 list: 「（责任单位：A牵头，B、C配合）」 reads by its verbs.
VERB_HINT = re.compile(r"牵头|配合|会同|协助|参与")

# Verb clauses inside an unlabelled block, most specific first: (name, pattern, example).
VERB_CLAUSES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("per_duty", re.compile(r"^由?(?P<units>.+?)(?:按职责分工负责|按照职责分工负责|按职责负责|分工负责)$"), "（由A、B按职责分工负责）"),
    ("with_partners", re.compile(r"^由?(?P<units>.+?)会同(?P<partners>.+?)(?:负责|落实|推进|实施)+$"), "（由A会同B负责）"),
    ("lead", re.compile(r"^由?(?P<units>.+?)(?:共同)?牵头(?:负责|落实|推进|实施)*$"), "（由A牵头负责）"),
    ("cooperate", re.compile(r"^(?P<units>.+?)(?:配合|参与|参加|协助|协办)(?:落实|推进|实施)*$"), "B、C配合"),
    ("responsible", re.compile(r"^由?(?P<units>(?:(?!负责).)+?)(?:具体|共同)?(?:负责|主责|落实|实施)(?:落实|推进|实施)*$"), "（由A负责落实）"),
    # 「（…；各设区市人民政府负责组织申报）」: 负责 and the short task it names
    ("responsible_for", re.compile(r"^由?(?P<units>.+?)负责(?:组织|做好|抓好|督促|指导|协调)[\u4e00-\u9fff]{1,6}$"), "（各设区市人民政府负责组织申报）"),
)
# The words one of VERB_CLAUSES needs (its verb): a text without one has no verb clause, so a closing
# sentence without one is not read (tests/test_fast_paths.py checks each pattern needs one).
VERB_WORDS = ("负责", "主责", "落实", "实施", "牵头", "配合", "参与", "参加", "协助", "协办", "会同")
VERB_WORD = re.compile("|".join(VERB_WORDS))
# 「……，由市卫生健康委负责。」: a sentence that names its responsible unit without brackets.
BY_UNIT_RESPONSIBLE = re.compile(r"由(?P<units>[^,。;()由]{2,60}?)负责(?=[。;]|$)")
# 「配合单位：A、B，各设区市人民政府按职责分工负责」: a labelled list's closing verb names no unit.
# 「A、B负责指导」 closing a second group of units: the duty words are no part of the last name (round 23c).
DUTY_TAIL = re.compile(r"(?:按照?职责分工负责|按职责负责|分工负责|负责指导)$")
ASSIGNMENT_LOOKALIKE = re.compile(r"(?:负责|牵头|配合)\)?[。;]?$")


def find_inline_blocks(
    text: str, folded_text: str, line: Line, protected: tuple[str, ...], declared: bool = False
) -> tuple[list[InlineBlock], list[str]]:
    """Inline assignment blocks of one line, and problems (text that looks like one but is not).
    ``folded_text`` is the run's folded text (``line.folded`` is a piece of it).

    ``declared``: the notice states a convention, so a bare list of units in brackets at the end
    of a sentence (「（市发改委，市统计局）」) is a block even when one of its names is unusual."""
    folded = line.folded
    blocks: list[InlineBlock] = []
    problems: list[str] = []
    for open_at, close_at in brackets(folded):
        if close_at is None:
            if ASSIGNMENT_LOOKALIKE.search(folded[open_at:]):
                problems.append("a bracket that looks like an assignment is never closed")
            continue
        inner_start = line.start + open_at + 1
        block = parse_block(text, folded_text, inner_start, folded[open_at + 1 : close_at], line.number, protected)
        if block is not None and block.bare and not _bare_list_is_block(block, folded_text, folded, open_at, close_at, declared):
            block = None
        if block is not None:
            block.start, block.end = line.start + open_at, line.start + close_at + 1
            blocks.append(block)
        elif ASSIGNMENT_LOOKALIKE.search(folded[open_at + 1 : close_at]):
            problems.append(f"「{line.text[open_at : close_at + 1]}」 looks like an assignment but names no unit")
    blocks.extend(_by_unit_blocks(text, folded_text, line, protected))
    if (closing := _closing_label_sentence(text, folded_text, line, protected)) is not None and not any(b.end > closing.start for b in blocks):
        blocks.append(closing)
    blocks.sort(key=lambda b: b.start)
    return blocks, problems


def _by_unit_blocks(text: str, folded_text: str, line: Line, protected: tuple[str, ...]) -> list[InlineBlock]:
    found = []
    depth = None  # computed at the first match: most lines have no 「由…负责」
    for m in BY_UNIT_RESPONSIBLE.finditer(line.folded):
        depth = depth or depths(line.folded, BLOCK_OPEN, BLOCK_CLOSE)
        if depth[m.start()] > 0:  # inside a bracket, whether or not it was a block
            continue
        at, stop = line.start + m.start("units"), line.start + m.end("units")
        items = split_unit_list(text[at:stop], at, protected, folded_text[at:stop])
        if items and all(_looks_like_unit(folded_text, i) for i in items):
            found.append(InlineBlock(line.start + m.start(), line.start + m.end(), line.number, [("responsible", items)], False))
    return found


# 「……。责任单位：区商务局、区财政局。」: the paragraph's last clause is a labelled unit list, written
# without brackets after the task's full stop (「牵头单位：A；配合单位：B。」 the same way), or said in
# prose after a comma: 「……，责任单位为市发改委、市财政局。」.
CLOSING_LABEL_SENTENCE = re.compile(r"(?<=[。;,])\s*(?P<body>[\u4e00-\u9fff]{0,4}?(?:单位|部门|处室|科室)\s*[:为][^。]*?)。?\s*$")
LABEL_NOUNS = ("单位", "部门", "处室", "科室")  # one of which CLOSING_LABEL_SENTENCE needs
LABEL_NOUN = re.compile("|".join(LABEL_NOUNS))
LABEL_SAID_IN_PROSE = re.compile(r"(?<=单位|部门|处室|科室)为")
# 「……。区融媒体中心、区商务局按职责分工负责。」: a last sentence that is units and a verb of VERB_CLAUSES —
# or a whole line, standing under its item: 「县水利局牵头，县公安局、县交通运输局配合。」.
CLOSING_VERB_SENTENCE = re.compile(r"(?:(?<=[。;])|^)\s*(?P<body>[^。;]{2,300}?)。?\s*$")


def _closing_label_sentence(text: str, folded_text: str, line: Line, protected: tuple[str, ...]) -> InlineBlock | None:
    """The block a paragraph's last sentence or clause states without brackets, by a label or a verb."""
    if INLINE_LABEL.match(line.folded.lstrip()):
        return None  # a unit line (「牵头单位：A；配合单位：B。」) is read as one, not as its second half
    depth = None
    for pattern, labelled, words, marks in ((CLOSING_LABEL_SENTENCE, True, LABEL_NOUN, "。"), (CLOSING_VERB_SENTENCE, False, VERB_WORD, "。;")):
        if not words.search(line.folded) or (m := pattern.search(line.folded, _second_to_last(line.folded, marks))) is None:
            continue  # (a line without the words the pattern or its block needs is not searched)
        if not labelled and not VERB_WORD.search(m["body"]):
            continue  # no verb: parse_block would find a bare list at most, which is no closing block
        depth = depth or depths(line.folded, BLOCK_OPEN, BLOCK_CLOSE)
        body = LABEL_SAID_IN_PROSE.sub(":", m["body"]) if labelled else m["body"]  # 「责任单位为」 reads as 「责任单位：」
        if depth[m.start("body")] or depth[m.end("body") - 1] or (labelled and not INLINE_LABEL.match(body)):  # inside, or opening, a bracket
            continue
        block = parse_block(text, folded_text, line.start + m.start("body"), body, line.number, protected, bare=False)
        if block is None or block.labelled != labelled or block.bare or any(kind == "responsible_for" for kind, _ in block.clauses):
            continue  # 「…负责抓好本辖区落实」 closing a paragraph is prose; in brackets it is a block
        if not line.folded[: m.start("body")].strip() and all(kind == "responsible" for kind, _ in block.clauses) and not all(_names_a_unit(folded_text, i) for _, items in block.clauses for i in items):
            continue  # a whole line saying only who 负责 is prose unless it names units (「这一段没有任何单位负责。」); 牵头 / 配合 make it a block
        if all(_looks_like_unit(folded_text, i) for _, items in block.clauses for i in items):
            block.start, block.end = line.start + m.start("body"), line.start + len(line.folded.rstrip())
            return block
    return None


def _second_to_last(text: str, marks: str) -> int:
    """Where a closing sentence's pattern is searched from: the second-to-last of ``marks`` (0 with fewer).
    Its body holds none of them and one may close it, so no match starts before that mark; a search from
    the text's start tried every earlier mark (~18 µs a paragraph)."""
    last = max(text.rfind(mark) for mark in marks)
    return max(0, *(text.rfind(mark, 0, last) for mark in marks)) if last > 0 else 0


def brackets(folded: str) -> list[tuple[int, int | None]]:
    """Outermost bracket pairs of any block kind; an unclosed one at the end comes back with ``None``."""
    if not any(ch in folded for ch in BLOCK_OPEN):
        return []  # most lines hold no bracket
    pairs, depth, start = [], 0, 0
    for i, ch in enumerate(folded):
        if ch in BLOCK_OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in BLOCK_CLOSE and depth:
            depth -= 1
            if depth == 0:
                pairs.append((start, i))
    if depth:
        pairs.append((start, None))
    return pairs


def parse_block(text: str, folded_text: str, start: int, inner: str, line: int, protected, bare: bool = True) -> InlineBlock | None:
    """The block whose inner text (folded: ``folded_text[start:…]``) starts at ``start`` in ``text``,
    or None when it names no unit (or, with ``bare`` false, when it is a bare list: a caller that
    takes none is spared splitting a sentence of prose into "units")."""
    skipped = non_unit_clauses(inner, OPEN, CLOSE)
    masked = mask(inner, skipped)
    labels = [m for m in INLINE_LABEL.finditer(masked) if label_role(m["label"])]
    source = (text, folded_text)
    block = _labelled_by_verbs(source, start, masked, labels, line, protected)
    if block is None:
        block = _labelled(source, start, masked, labels, line, protected) if labels else _by_verbs(source, start, masked, line, protected, bare)
    if block is not None:
        block.conventions = [c.kind for c in declared_conventions(inner)]
        kept = CARRY_OVER + tuple(name for name, _, _ in CONVENTIONS)
        block.notes = [Clause(c.kind, start + c.start, start + c.end) for c in skipped if c.kind in kept]
        block.due = next((Clause(c.kind, start + c.start, start + c.end) for c in skipped if _is_time_note(inner, c)), None)
    return block


def _is_time_note(inner: str, clause: Clause) -> bool:
    """A clause of the block that says when: 「完成时限：2026年底前」, 「2026年6月底前完成」."""
    return clause.kind == "time_clause" or (clause.kind == "other_field" and inner[clause.start : clause.end].strip("。;, ").startswith(DEADLINE_LABELS))


def _labelled_by_verbs(source: Source, start: int, masked: str, labels: list[re.Match], line: int, protected) -> InlineBlock | None:
    """「（责任单位：A牵头，B、C配合）」: one 责任单位 label over a list that says its roles by verbs."""
    if len(labels) != 1 or label_role(labels[0]["label"]) != "responsible" or not VERB_HINT.search(masked, labels[0].end()):
        return None
    block = _by_verbs(source, start, mask(masked, [Clause("label", 0, labels[0].end())]), line, protected)
    return block if block is not None and not block.bare else None


def label_role(label: str) -> str | None:
    """The role a 「…单位」/「…部门」 label gives, by the unit-line labels, then by its words."""
    if label in UNIT_LINE_LABELS:
        return UNIT_LINE_LABELS[label]
    return next((role for _, role, pattern, _ in LABEL_ROLES if pattern.search(label)), None)


def _labelled(source: Source, start: int, masked: str, labels: list[re.Match], line: int, protected) -> InlineBlock | None:
    clauses = []
    for m, following in zip(labels, labels[1:] + [None]):
        segment_end = following.start() if following else len(masked)
        segment = DUTY_TAIL.sub("", masked[m.end() : segment_end].rstrip(",;。 ")).rstrip(",;。 ")
        at = start + m.end()
        items = _split(source, at, at + len(segment), protected, segment)
        clauses.append((label_role(m["label"]), items))
    if not all(items for _, items in clauses):
        return None
    return InlineBlock(0, 0, line, clauses, True)


def _by_verbs(source: Source, start: int, masked: str, line: int, protected, bare: bool = True) -> InlineBlock | None:
    clauses: list[tuple[str, list[UnitItem]]] = []
    odd: list[str] = []
    carried_from = None  # 「A、B，各省级人民政府按职责分工负责」: a list without a verb takes the next one's
    spans = _clause_spans(masked)
    for clause_start, clause_end in spans:
        if carried_from is not None:
            clause_start, carried_from = carried_from, None
        found = _verb_clause(masked, clause_start, clause_end)
        if found is None:
            carried_from = _trimmed_start(masked, clause_start, clause_end)
            continue
        kind, m, clause_start = found
        items = _items(source, start + clause_start, masked, clause_start, m, "units", protected)
        if not any(_looks_like_unit(source[1], i) for i in items):
            return None
        odd.extend(i.name for i in items if not _looks_like_unit(source[1], i))
        clauses.append((kind, items))
        if kind == "with_partners" and (partners := _items(source, start + clause_start, masked, clause_start, m, "partners", protected)):
            clauses.append(("partners", partners))
    if not clauses and spans and carried_from == _trimmed_start(masked, *spans[0]):  # no verb anywhere
        return _bare_block(source, start, masked, line, protected) if bare else None
    if not clauses or carried_from is not None:
        return None
    return InlineBlock(0, 0, line, clauses, False, odd=odd)


def _verb_clause(masked: str, clause_start: int, clause_end: int) -> tuple[str, re.Match, int] | None:
    """The verb pattern the clause (masked text, stops and spaces trimmed) matches, and its start."""
    clause_start = _trimmed_start(masked, clause_start, clause_end)
    clause = masked[clause_start:clause_end].rstrip("。 ")
    if len(clause) > MAX_CLAUSE_CHARS:  # prose, not a list of units; and the lazy patterns below are
        return None  # quadratic on such a run (a parenthesis of 80,000 「会同」 took 36 s)
    if not VERB_WORD.search(clause):
        return None  # each pattern needs one
    for kind, pattern, _ in VERB_CLAUSES:
        if m := pattern.match(clause):
            return kind, m, clause_start
    return None


def _trimmed_start(masked: str, clause_start: int, clause_end: int) -> int:
    return clause_start + len(masked[clause_start:clause_end]) - len(masked[clause_start:clause_end].lstrip("。 "))


def _bare_block(source: Source, start: int, masked: str, line: int, protected) -> InlineBlock | None:
    """A list of units with no label and no verb: 「（市发改委，市统计局）」."""
    items = _split(source, start, start + len(masked), protected, masked)
    unusual = [i.name for i in items if not _looks_like_unit(source[1], i)]
    return InlineBlock(0, 0, line, [("responsible", items)], False, odd=unusual, bare=True) if items else None


# The longest clause read as units and a verb: ~12 unit names of 20 characters and their separators.
MAX_CLAUSE_CHARS = 300

# What may stand after a block that closes a sentence: the line's end or a stop.
SENTENCE_END = re.compile(r"^\s*(?:[。;]|$)")
PLACE_ONLY = re.compile(r"(?:省|市|区|县|州|旗)$")  # a place, not an organ
BARE_NAME_MIN, BARE_NAME_MAX = 3, 30  # 「（室）」 is a gloss and a longer "name" is prose
# Names that open a gloss, not a list of units: 「（含开发区）」「（简称…）」.
# 「（设在市住房城乡建设局）」 says where an office sits, 「（挂靠市科协）」 who hosts it.
GLOSS_START = re.compile(r"^(?:含|包括|包含|不含|即|如|简称|以下简称|下称|其中|注|例如|设在|挂靠|位于)")


def _bare_list_is_block(block: InlineBlock, folded_text: str, folded: str, open_at: int, close_at: int, declared: bool) -> bool:
    """A bare list closes a sentence and reads as units: all of them, or — where the notice declares
    a convention — most of them, its first one included."""
    after_stop = folded[:open_at].rstrip().endswith(("。", ";"))
    if not (after_stop or (declared and SENTENCE_END.match(folded[close_at + 1 :]))):
        return False  # 「…金融中心（槐荫区）」 is a gloss: an undeclared bare list follows a full stop
    items = block.clauses[0][1]
    if all(PLACE_ONLY.search(folded_text[i.start : i.end]) for i in items):
        return False
    if GLOSS_START.match(folded_text[items[0].start : items[0].end]) or any(not BARE_NAME_MIN <= len(i.name) <= BARE_NAME_MAX for i in items if i.name not in block.odd):
        return False
    if not block.odd:
        return True
    return declared and 2 * len(block.odd) < len(items) + 1 and len(items) > 1


def _items(source: Source, at: int, masked: str, clause_start: int, m: re.Match, group: str, protected) -> list[UnitItem]:
    a, b = m.start(group), m.end(group)
    return _split(source, at + a, at + b, protected, masked[clause_start + a : clause_start + b])


def _split(source: Source, start: int, end: int, protected, masked: str) -> list[UnitItem]:
    """The unit list at ``start:end`` of the text, read on ``masked`` (its folded piece, clauses blanked)."""
    text, folded = source
    return split_unit_list(text[start:end], start, protected, folded[start:end], masked)


def _clause_spans(inner: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in split_outside(inner, ",;。", OPEN, CLOSE) if inner[a:b].strip("。 ")]


def _looks_like_unit(folded_text: str, item: UnitItem) -> bool:
    return bool(UNIT_ENDING.search(folded_text[item.start : item.end]))


# A whole line that only says who 负责 is a block where each name it lists is a unit's own name: 「县财政局、县应急管理局负责。」
# under its item (rounds 52, 53 and 54: one line each, by three writers), not 「这一段没有任何单位负责。」 — a generic noun
# (单位, 部门) or a word of prose makes it prose. (name, pattern that makes an item prose, example)
PROSE_ITEMS = (
    ("generic_noun", r"^(?:有关|相关)?(?:单位|部门)$", "有关单位负责。 → prose"),
    ("prose_word", r"没有|任何|所有|这", "这一段没有任何单位负责。 → prose"),
)
PROSE_ITEM = re.compile("|".join(pattern for _, pattern, _ in PROSE_ITEMS))


def _names_a_unit(folded_text: str, item: UnitItem) -> bool:
    return _looks_like_unit(folded_text, item) and PROSE_ITEM.search(folded_text[item.start : item.end]) is None
