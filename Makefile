# Two commands set everything up on a fresh machine with Python 3.11:
#   make run   — create .venv, install, extract every notice in raw_docs/ into extracted/
#   make test  — create .venv, install with test extras, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The review page's browser tests drive Debian's chromium through Playwright (Playwright's own
# browser download is not reachable here; never `playwright install`). A CJK font so the page and
# its screenshots show Chinese rather than boxes.
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint schema bench eval fuzz mutants package-check clean

# pip and setuptools as current: Python 3.11's venv brings setuptools 65, whose pkg_resources jieba imports
# when it is there (~0.1 s of every start, scanning every installed package); setuptools 84 has none.
# (The Makefile is a prerequisite so that a venv made before this line is brought up to date once.)
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The package's patterns compiled ahead (pipeline/rx.py) and the unit dictionary as JSON
# (pipeline/units/dictionary.py) are regenerated with extracted/.
run: $(STAMP)
	$(BIN)/python tools/gen_units_json.py
	$(BIN)/python tools/gen_regex_code.py
	$(BIN)/fengong extract raw_docs -o extracted --force

schema: $(STAMP)
	$(BIN)/fengong schema -o schemas/extraction.schema.json

$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-microhei

# The tests, then the package as built (a wheel in its own venv: --help, one extraction, one page).
test: lint $(CHROMIUM)
	$(BIN)/python -m pytest -q
	.ci/package-check

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench eval
	$(BIN)/mypy

# The wheel installed into its own venv runs --help and one extraction (also the last step of `make test`).
package-check: $(STAMP)
	.ci/package-check

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# Long property-based fuzzing (tests/test_fuzz.py): random seeds, FENGONG_FUZZ_EXAMPLES per property.
fuzz: $(STAMP)
	FENGONG_FUZZ_EXAMPLES=$${FENGONG_FUZZ_EXAMPLES:-1000} $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

# Mutant audit (tools/mutants.py): MUTANTS seeded mutants (default 30, SEED 12) of the stages' modules
# (targets/ aside), each in a temporary copy run against the tests but the slow ones; survivors listed.
# Not part of `make test`: a survivor costs a whole run of the suite.
mutants: $(STAMP)
	$(BIN)/python tools/mutants.py --sample $${MUTANTS:-30} --seed $${SEED:-12}

eval: $(STAMP)
	$(BIN)/python eval/run.py

clean:
	rm -rf $(VENV) .venv-wheel build .pytest_cache
