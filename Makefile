# The README's two commands: `make lab` and `make test`. Both set everything up from scratch.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: lab test goldens bench install dot chromium kernel clean

# compileall writes the .pyc files that imports would not (PYTHONDONTWRITEBYTECODE is set on some
# machines): start-up reads them instead of compiling ~40k lines of Python each run
install: $(STAMP) dot
	@$(PY) -m compileall -q rubyvm rubyvm_kernel >/dev/null

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# graphviz's `dot` draws the RClass diagrams; install it where we can, else say how.
dot:
	@if ! command -v dot >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null) \
	      || echo "warning: could not install graphviz; run: apt-get install -y graphviz"; \
	  else \
	    echo "graphviz's dot is missing; install it with: sudo apt-get install -y graphviz  (macOS: brew install graphviz)"; \
	  fi; \
	fi

# Debian's chromium for the browser test (tests/test_browser.py; Playwright never downloads a
# browser). Installed when we are root on Debian/Ubuntu; elsewhere that test skips and says why.
# The emoji font draws the stepper's ⏮/⏭ buttons in the screenshot the test saves.
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	      fonts-noto-color-emoji >/dev/null) \
	      || echo "warning: could not install chromium; run: apt-get install -y chromium"; \
	  else \
	    echo "chromium is missing, so the browser test will skip; install it with: sudo apt-get install -y chromium"; \
	  fi; \
	fi

kernel: install
	@if [ -f rubyvm_kernel/__main__.py ]; then $(PY) -m rubyvm_kernel install --sys-prefix; fi

lab: kernel
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

# the unit and golden tests (with the browser test when chromium is there), then every notebook
# top to bottom (nbmake, 60 s each)
test: kernel chromium
	$(PY) -m pytest -q -p no:cacheprovider tests --nbmake --nbmake-timeout=60 notebooks

# Re-derive every golden file from CRuby 3.1 (needs `ruby` on PATH; installs it as root on Debian).
goldens: install
	@if ! command -v ruby >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ruby >/dev/null; \
	  else echo "ruby 3.1 is needed: sudo apt-get install -y ruby"; exit 1; fi; \
	fi
	$(PY) scripts/goldens.py
	@for g in scripts/goldens_*.py; do [ -e "$$g" ] || continue; echo "$$g"; $(PY) "$$g" || exit 1; done

bench: install
	$(PY) bench/lex_bench.py
	$(PY) bench/parse_bench.py
	$(PY) bench/compile_bench.py
	$(PY) bench/vm_bench.py
	$(PY) bench/string_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
