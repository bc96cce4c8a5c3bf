"""What the generators in tools/ share: write the file a generator makes, or with ``--check`` say
whether the committed file is what it would make (exit status 1 when it is not), in one wording."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(target: Path, text: str, argv: list[str], made_from: str, summary: str) -> int:
    """``text`` written to ``target`` (UTF-8, "\\n" line ends) and ``summary`` printed; with ``--check``
    in ``argv`` nothing is written and the answer printed: up to date, or which tool to run."""
    name = target.relative_to(ROOT)
    if "--check" in argv:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print(f"{target.name} is up to date" if same else f"{name} differs from {made_from}: run the tool that makes it")
        return 0 if same else 1
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    print(f"wrote {name}: {summary}")
    return 0
