# Ardoise — the two commands a newcomer needs: `make run` and `make test`.
# Both install libedit's headers when they are missing, then build.

SWIFT ?= swift
SHELL := /bin/bash
BIN := .build/debug/ardoise

.PHONY: run test build deps release bench bench-limites fuzz test-asan test-tsan clean

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

# The end-to-end tests run twice: on the debug build, then on the release build, the
# executable people run (its Swift libraries are linked in: see docs/performance.md).
test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) build -c release
	ARDOISE_BIN=$(CURDIR)/.build/release/ardoise $(SWIFT) test --skip-build --filter ArdoiseCommandLineTests

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build

# Fuzzing (docs/fiabilite.md): `make fuzz 1800` or `make fuzz DUREE=1800` fuzzes for 1800 s
# (60 by default) with libFuzzer and the address sanitizer. Findings go to fuzz-corpus/trouvailles/.
# malloc_context_size=10: ASan keeps every distinct allocation stack forever; with its default
# of 30 frames the evaluator's recursion makes them all distinct (0.1 MB per input, 5 GB in 30 min).
ifeq (fuzz,$(firstword $(MAKECMDGOALS)))
  FUZZ_ARGS := $(wordlist 2,$(words $(MAKECMDGOALS)),$(MAKECMDGOALS))
  ifneq ($(FUZZ_ARGS),)
    $(eval $(FUZZ_ARGS):;@:)
  endif
endif
DUREE ?= $(if $(FUZZ_ARGS),$(FUZZ_ARGS),60)

fuzz: deps
	@Fuzz/build.sh 2>&1 | grep -v "Cannot export local symbol" || true
	@test -x .build-fuzz/ardoise-fuzz
	@python3 Fuzz/seed-corpus.py fuzz-corpus/graines
	@mkdir -p fuzz-corpus/travail fuzz-corpus/trouvailles
	@echo "fuzz : $(DUREE) s, journal dans fuzz-corpus/dernier-run.log"
	@ASAN_OPTIONS=detect_stack_use_after_return=0:quarantine_size_mb=16:malloc_context_size=10 LSAN_OPTIONS=suppressions=Fuzz/lsan.supp .build-fuzz/ardoise-fuzz -max_total_time=$(DUREE) -timeout=30 -rss_limit_mb=6144 -max_len=8192 \
	  -print_final_stats=1 -artifact_prefix=fuzz-corpus/trouvailles/ \
	  fuzz-corpus/travail fuzz-corpus/graines 2>&1 | tee fuzz-corpus/dernier-run.log | grep -E "INITED|DONE|pulse|ERROR|SUMMARY|stat::|Test unit|artifact" ; \
	  status=$${PIPESTATUS[0]}; exit $$status

# The test suite under AddressSanitizer, and the REPL's interrupt path under ThreadSanitizer
# (docs/fiabilite.md). Use-after-return detection is off: it moves locals to a heap "fake stack",
# which defeats the evaluator's measure of the stack left (deep recursions would stop early).
test-asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_stack_use_after_return=0 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

test-tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter InterruptTests

# Ardoise against CPython on the same algorithms: see docs/performance.md.
bench: deps
	$(SWIFT) build -c release
	python3 bench/run.py
	python3 bench/lineaire.py

# The robustness figures of docs/fiabilite.md (time limit with big integers, cycles in group
# grading, a million texts sorted, ulimit -v).
bench-limites: deps
	$(SWIFT) build -c release
	python3 bench/limites.py
