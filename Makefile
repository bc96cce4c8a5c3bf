# Two commands set everything up on a fresh machine with Python 3.11:
#   make run   — create .venv, install, extract every notice in raw_docs/ into extracted/
#   make test  — create .venv, install with test extras, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test schema bench eval fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fengong extract raw_docs -o extracted

schema: $(STAMP)
	$(BIN)/fengong schema -o schemas/extraction.schema.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# Long property-based fuzzing (tests/test_fuzz.py): random seeds, FENGONG_FUZZ_EXAMPLES per property.
fuzz: $(STAMP)
	FENGONG_FUZZ_EXAMPLES=$${FENGONG_FUZZ_EXAMPLES:-1000} $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

eval: $(STAMP)
	$(BIN)/python eval/run.py

clean:
	rm -rf $(VENV) .pytest_cache
