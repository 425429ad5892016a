# Ardoise — the two commands a newcomer needs: `make run` and `make test`.
# Both install libedit's headers when they are missing, then build.

SWIFT ?= swift
BIN := .build/debug/ardoise

.PHONY: run test build deps release bench fuzz clean

# libedit (line editing for the REPL) comes from Debian's libedit-dev.
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  echo "Installation de libedit-dev (apt-get)…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$(BIN)

test: deps
	$(SWIFT) build
	$(SWIFT) test

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build

# Ardoise against CPython on the same algorithms: see docs/performance.md.
bench: deps
	$(SWIFT) build -c release
	python3 bench/run.py
