"""How the target-rule tests state a target: its fields in one fixed order, so that every round's table
reads alike and a wrong field shows in the tuple."""

from pipeline.targets.recognise import find_targets

FIELDS = ("indicator", "value", "unit", "comparator", "kind", "year")


def fields(target, count: int = 5) -> tuple:
    """The first ``count`` of FIELDS: indicator, value, unit, comparator, kind (and year with count 6)."""
    return tuple(getattr(target, name) for name in FIELDS[:count])


def targets_with_spans(sentence: str) -> list[tuple]:
    """Every target of the sentence as its five fields and the text its span gives back."""
    return [fields(target) + (sentence[target.start : target.end],) for target in find_targets(sentence)]
