"""Import spaCy without its command-line package, which fengong never uses.

``import spacy`` runs ``from .cli.info import info`` only to re-export ``spacy.info``; that pulls in
spaCy's whole CLI (typer, weasel, httpx, the training loop): 0.2–0.4 s of a 0.6 s import. While
spaCy's package initialises, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins; they are removed
right after, so a later ``import spacy.cli`` (or ``python -m spacy``) loads the real package, and
``spacy.info`` imports the real function when first called.
"""

from __future__ import annotations

import sys
import types


def import_spacy():
    """The ``spacy`` module, imported without ``spacy.cli`` if nobody has imported spaCy yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = _info
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


def _info(*args, **kwargs):
    """``spacy.info``, loading the real CLI on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
