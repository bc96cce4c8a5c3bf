"""The jieba dictionary fengong ships (pipeline/data/jieba_words.txt, read by pipeline/jieba_dictionary.py):
what tools/gen_jieba_dictionary.py makes of the installed jieba's dict.txt, the same counts, total and
tags jieba itself builds from the kept lines, and nothing written when it is loaded."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import jieba
from conftest import ROOT

from pipeline.jieba_dictionary import MIN_FREQUENCY, WORDS, dictionary


def _generator():
    spec = importlib.util.spec_from_file_location("gen_jieba_dictionary", ROOT / "tools" / "gen_jieba_dictionary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kept_lines() -> bytes:
    with open(Path(jieba.__file__).parent / "dict.txt", "rb") as f:
        return b"".join(line for line in f if int(line.split()[1]) >= MIN_FREQUENCY)


def test_the_shipped_words_are_what_the_generator_makes_of_the_installed_jieba():
    """An upgrade of jieba whose dictionary differs fails here: run tools/gen_jieba_dictionary.py."""
    generator = _generator()
    shipped = WORDS.read_text(encoding="utf-8")
    assert shipped.startswith(f"# jieba {jieba.__version__} dict.txt sha256 ")
    assert shipped == generator.render(generator.dict_path().read_bytes(), jieba.__version__)


def test_the_loaded_words_are_what_jieba_builds_from_the_same_lines():
    tokenizer, tags = dictionary()
    tokenizer.read_all()  # (a character's words are read when a text holding it is first cut)
    freq, total = jieba.Tokenizer().gen_pfdict(io.BytesIO(_kept_lines()))
    assert tokenizer.FREQ == freq and tokenizer.total == total and len(freq) > 130_000
    flags = dict(line.split()[::2] for line in _kept_lines().decode("utf-8").splitlines())
    assert all(tags.get(word) == flag for word, flag in flags.items())
    assert tags.get("领导") == "n" and tags.get("新增") == "v" and tags.get("领导小组") == "x"  # 3 uses: not kept


def test_loading_reads_no_dict_and_writes_nothing(tmp_path, monkeypatch):
    """jieba's own start reads dict.txt and writes a cache file in the temporary folder; the shipped
    words are all the tokenizer needs, and the caller's jieba is left as it was."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    global_tokenizer, level = jieba.dt, jieba.default_logger.level
    dictionary.cache_clear()
    try:
        tokenizer, _ = dictionary()
        assert tokenizer.lcut("建立扶贫开发工作机制", HMM=False) == ["建立", "扶贫", "开发", "工作", "机制"]
    finally:
        dictionary.cache_clear()
    assert list(tmp_path.iterdir()) == [] and jieba.dt is global_tokenizer and tokenizer is not jieba.dt
    assert jieba.default_logger.level == level  # the caller's jieba logging as it was


def test_the_whole_dictionary_is_what_jieba_builds_from_dict_txt(tmp_path, monkeypatch):
    """The store's index reads jieba's whole dictionary: the counts, total and prefixes of jieba's own
    gen_pfdict, and no cache file written (jieba's own start writes one in the temporary folder)."""
    import tempfile

    from pipeline.jieba_dictionary import whole_dictionary

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    whole_dictionary.cache_clear()
    try:
        tokenizer = whole_dictionary()
        with open(Path(jieba.__file__).parent / "dict.txt", "rb") as f:
            assert (tokenizer.FREQ, tokenizer.total) == jieba.Tokenizer().gen_pfdict(f)
        assert tokenizer.lcut_for_search("建立扶贫开发工作机制", HMM=False) == ["建立", "扶贫", "开发", "扶贫开发", "工作", "机制"]
    finally:
        whole_dictionary.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_a_dict_txt_of_another_shape_is_left_to_jieba(tmp_path, monkeypatch):
    """Should a line of dict.txt not be 「word count tag」, jieba reads its dictionary itself."""
    import tempfile

    from pipeline.jieba_dictionary import whole_dictionary

    package = tmp_path / "jieba"
    package.mkdir()
    (package / "dict.txt").write_text("扶贫 100 v\n开发 200\n", encoding="utf-8")  # a line without its tag
    monkeypatch.setattr(jieba, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    whole_dictionary.cache_clear()
    try:
        assert len(whole_dictionary().FREQ) > 300_000  # jieba's own reading of its shipped dictionary
    finally:
        whole_dictionary.cache_clear()


def test_words_read_by_first_characters_cut_as_the_whole_dict(tmp_path, monkeypatch):
    """The tokenizer reads the keys starting with a text's characters and pairs of characters when the
    text is first cut: jieba's DAG and route of every Han run of the test and raw documents are those
    of the tokenizer holding every word, read in turn and (a sample) each by a tokenizer that has read
    nothing else."""
    from conftest import ROOT

    from pipeline.targets.indicator import HAN_RUN

    dictionary.cache_clear()
    try:
        lazy, _ = dictionary()
        dictionary.cache_clear()
        whole, _ = dictionary()
        whole.read_all()
        assert len(whole.FREQ) > 130_000
        paths = [p for folder in ("raw_docs", "tests/data") for p in sorted((ROOT / folder).rglob("*.txt"))]
        runs = {m.group() for p in paths for m in HAN_RUN.finditer(p.read_text(encoding="utf-8", errors="replace"))}
        assert len(runs) > 1000
        for run in sorted(runs):
            lazy_route: dict = {}
            whole_route: dict = {}
            dag = lazy.get_DAG(run)
            assert dag == whole.get_DAG(run), run
            lazy.calc(run, dag, lazy_route)
            whole.calc(run, dag, whole_route)
            assert lazy_route == whole_route, run
        for run in sorted(runs)[::25]:
            dictionary.cache_clear()
            fresh, _ = dictionary()
            dag, fresh_route, whole_route = fresh.get_DAG(run), {}, {}
            assert dag == whole.get_DAG(run), run
            fresh.calc(run, dag, fresh_route)
            whole.calc(run, dag, whole_route)
            assert fresh_route == whole_route, run
        assert len(lazy.FREQ) < len(whole.FREQ)  # only the characters of those texts were read
    finally:
        dictionary.cache_clear()
