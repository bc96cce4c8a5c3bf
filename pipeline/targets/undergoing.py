"""经 / 经过, having gone through a process (a training, a check, an aftercare), is read as the verb it is, whatever jieba's
tag (经 a noun, 经过 a preposition):

- after a modal (须, 必须, 应, 应当, 需), the value after it counts what is gone through, named after the value: 「新招聘保安
  人员须经不少于20学时的岗前培训」 → 岗前培训, as 「须参加不少于120学时的岗前培训」 already read (session 18: bichuan 30a's and
  39b's 岗前培训, 18b's 后期管护 — 3 amount labels of 3 notices, and 40a's 强降雨检验, missed; none names the words before);
- opening the words between a value and 的, they are a relative clause, and the noun after 的 is counted: 「配备至少1名经培训
  合格的护理员」 → 护理员 (TARGET_LABELING: a 「…的」 clause before a counted noun is no part of it; session 18: 29a, 30a, 31a,
  31b and 38b — 5 labels of 5 notices name the person, none the clause).
(name, pattern of the word, example)"""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

UNDERGOING_WORDS = (("undergoing", r"经过?", "新入职教师须经不少于6个月的见习培训 → 见习培训 / 每个检测站配备不少于3名经过专业培训的化验人员 → 化验人员"),)
UNDERGOING = re.compile("(?:" + one_of(UNDERGOING_WORDS) + ")")
# The modal words a verb of undergoing follows (jieba's reading: 须 and 必须 adverbs, 应, 应当, 需 verbs).
MODALS = frozenset({"须", "必须", "应", "应当", "需", "需要"})


def modal_undergoing(words: list[tuple[str, str]]) -> bool:
    """Whether ``words`` (jieba's reading) close with a modal and a verb of undergoing (「须经」, 「必须经过」)."""
    return len(words) >= 2 and words[-2][0] in MODALS and UNDERGOING.fullmatch(words[-1][0]) is not None


def undergoing_clause(words: list[tuple[str, str]]) -> bool:
    """Whether ``words`` open with a verb of undergoing and hold what is gone through, a verb or verbal noun (「经培训合格」,
    「经过专业培训」)."""
    return len(words) >= 2 and UNDERGOING.fullmatch(words[0][0]) is not None and any(flag.startswith("v") for _, flag in words[1:])
