# Shortcuts for the two README commands (make is optional; the README gives the plain commands).
.PHONY: demo test

demo:
	python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/sitrep demo --db demo.db

test:
	bash .ci/run
