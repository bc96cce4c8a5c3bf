"""jieba without its 0.9 s start-up: the default dictionary, loaded only where a text needs it.

jieba's default start-up unmarshals its whole prefix dictionary (~500,000 words and prefixes) before
segmenting anything, although one notice touches ~10 % of it. :func:`configure_jieba` gives the
process-global tokenizer (the one spaCy's jieba segmenter calls) the *same* dictionary, split into
shards by a word's first two characters (a single character is its own shard) and kept in an SQLite
file built once from jieba's ``dict.txt``; a shard is read the first time a lookup needs it.

Segmentation is identical to jieba's: its route search only ever asks the dictionary about
substrings of the sentence, through ``in`` / ``[]`` / ``get``, and each of those first loads the shard
the key belongs to; the total frequency is the full dictionary's. ``add_word`` keeps working (a user
word beats the dictionary's frequency, as in jieba). If jieba is already initialised (someone used it
first), or no cache can be written, nothing changes and jieba loads its dictionary as usual.

The cache lives in ``$FENGONG_CACHE_DIR``, else ``$XDG_CACHE_HOME/fengong``, else ``~/.cache/fengong``
(else the temporary directory), named after jieba's version and ``dict.txt``'s size and mtime.
``FENGONG_JIEBA_DEFAULT=1`` turns this off (jieba loads its whole dictionary, e.g. to compare).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Iterable

CACHE_FORMAT = 1
_configured = False
_sharded: ShardedDictionary | None = None  # what configure_jieba installed, if it did


def configure_jieba():
    """Silence jieba and give it the lazily loaded default dictionary; returns the jieba module.

    Idempotent; call it before the first segmentation (e.g. where the unit pipeline is built)."""
    global _configured, _sharded
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    if _configured:
        return jieba
    _configured = True
    tokenizer = jieba.dt
    if tokenizer.initialized or tokenizer.dictionary != jieba.DEFAULT_DICT or os.environ.get("FENGONG_JIEBA_DEFAULT") == "1":
        return jieba  # already loaded, a custom dictionary, or asked for jieba's own load: leave it alone
    source = Path(jieba.__file__).with_name("dict.txt")
    try:
        path = _cache_path(jieba, source)
        if not path.exists():
            _build(source, path)
        with tokenizer.lock:
            if not tokenizer.initialized:
                sharded = ShardedDictionary(path)
                sharded.install(jieba)
                _sharded = sharded
    except (OSError, sqlite3.Error, ValueError):
        pass  # no usable cache: jieba loads its dictionary the usual way
    return jieba


def add_words(words: Iterable[str], freq: int) -> None:
    """``jieba.add_word(word, freq)`` for each of ``words``, the shards they need read in one go (word
    by word, the ~900 unit names cost as many queries at start-up)."""
    jieba = configure_jieba()
    words = list(words)
    if _sharded is not None:
        _sharded.ensure(*words)
    for word in words:
        jieba.add_word(word, freq=freq)


def _import_jieba():
    """Import jieba without pkg_resources (~60 ms), which it only uses to open data files it can
    open by path just as well."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # makes `import pkg_resources` raise ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


class ShardedDictionary:
    """jieba's FREQ as a plain dict, filled shard by shard from the SQLite cache: before a text is
    segmented (``cut``/``tokenize``/``cut_for_search``) or a word added (``add_word``), every shard the
    text's substrings can fall in (its characters and character pairs) is read."""

    def __init__(self, path: Path):
        self.freq: dict[str, int] = {}
        self._path = str(path)
        self._loaded: set[str] = set()
        self._db: sqlite3.Connection | None = None
        self._pid = -1

    def _connect(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():  # never share a connection across fork
            self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def total(self) -> int:
        row = self._connect().execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        if row is None:
            raise ValueError("cache without a total")
        return int(row[0])

    def ensure(self, *texts: str) -> None:
        """Read every shard a lookup made while segmenting any of ``texts`` can need."""
        loaded = self._loaded
        wanted = {text[i : i + 2] for text in texts for i in range(len(text))}
        wanted.update(*texts)
        wanted.difference_update(loaded)
        if not wanted:
            return
        loaded.update(wanted)
        keys = list(wanted)
        freq = self.freq
        db = self._connect()
        for at in range(0, len(keys), 500):
            chunk = keys[at : at + 500]
            query = f"SELECT data FROM shards WHERE key IN ({','.join('?' * len(chunk))})"
            for (data,) in db.execute(query, chunk):
                for line in data.split("\n"):
                    word, _, count = line.rpartition(" ")
                    if word not in freq:  # a word added by add_word wins, as in jieba
                        freq[word] = int(count)

    def install(self, jieba) -> None:
        """Make the global tokenizer read shards before it segments or adds a word."""
        total = self.total()  # first: a cache that cannot give it leaves the tokenizer untouched
        tokenizer = jieba.dt
        ensure = self.ensure
        strdecode = jieba.strdecode

        def wrap(method):
            def wrapped(sentence, *args, **kwargs):
                ensure(strdecode(sentence))
                return method(sentence, *args, **kwargs)

            wrapped.__name__ = method.__name__
            wrapped.__doc__ = method.__doc__
            return wrapped

        for name in ("cut", "cut_for_search", "tokenize", "add_word"):
            wrapped = wrap(getattr(tokenizer, name))
            setattr(tokenizer, name, wrapped)
            # the module-level shortcut was bound to the tokenizer's method when jieba was imported
            setattr(jieba, name, wrapped)
        tokenizer.FREQ, tokenizer.total = self.freq, total
        tokenizer.initialized = True


def _cache_dir() -> Path:
    if os.environ.get("FENGONG_CACHE_DIR"):
        return Path(os.environ["FENGONG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "fengong"


def _cache_path(jieba, source: Path) -> Path:
    stat = source.stat()
    name = f"jieba-{jieba.__version__}-{stat.st_size}-{int(stat.st_mtime)}-v{CACHE_FORMAT}.sqlite3"
    for directory in (_cache_dir(), Path(tempfile.gettempdir()) / "fengong"):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if os.access(directory, os.W_OK) or (directory / name).exists():
                return directory / name
        except OSError:
            continue
    raise OSError("no writable cache directory")


def _build(source: Path, path: Path) -> None:
    """Read dict.txt as jieba does (words, their prefixes with frequency 0, the total) into shards;
    written to a temporary file and renamed, so concurrent builders never see half a cache."""
    freq: dict[str, int] = {}
    total = 0
    with open(source, "rb") as handle:
        for raw in handle:
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            word, count = line.split(" ")[:2]
            count = int(count)
            freq[word] = count
            total += count
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
    shards: dict[str, list[str]] = {}
    for word, count in freq.items():
        shards.setdefault(word[:2], []).append(f"{word} {count}")
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE shards (key TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.executemany("INSERT INTO shards VALUES (?, ?)", ((k, "\n".join(v)) for k, v in shards.items()))
            db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
        db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
