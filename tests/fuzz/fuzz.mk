# tests/fuzz/fuzz.mk: the fuzz targets.  The main Makefile includes it
# (-include tests/fuzz/fuzz.mk); it also works alone from the repository root:
#
#   make -f tests/fuzz/fuzz.mk fuzz          build every target (libFuzzer +
#                                            ASan + UBSan) into build-fuzz/
#   make -f tests/fuzz/fuzz.mk fuzz-run      fuzz each for FUZZ_SECONDS on a
#                                            copy of its seeds, save crashes
#                                            to tests/fuzz/regressions/, replay
#                                            (FUZZ_SEED=1 FUZZ_RUNS=N: the same
#                                            N inputs every time, as CI runs)
#   make -f tests/fuzz/fuzz.mk fuzz-afl      the same targets for AFL++
#
# Every variable is named FUZZ_*, so nothing here changes the main build; the
# library sources are compiled here again, with the sanitizers.

FUZZ_SAVED_GOAL := $(.DEFAULT_GOAL)

FUZZ_CC      ?= clang
FUZZ_AFL_CC  ?= afl-clang-fast
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60
# A fixed seed and a number of runs make fuzz-run reproducible (CI sets both,
# so a check that passed here passes there); left empty, each run explores
# anew, which is how to look for new bugs.
FUZZ_SEED    ?=
FUZZ_RUNS    ?=
FUZZ_TARGETS  = fuzz_clean fuzz_text fuzz_markdown fuzz_lexicon fuzz_render
FUZZ_PKGS     = libcmark libutf8proc jansson
FUZZ_CFLAGS  ?= -O1 -g -fno-omit-frame-pointer
FUZZ_WARN     = -Wall -Wextra -Wno-unused-parameter
# UBSan stays recoverable so known reports can be suppressed while fuzzing;
# the targets set halt_on_error=1, so any other report stops the run.
FUZZ_SAN      = -fsanitize=fuzzer,address,undefined
FUZZ_AFL_SAN  = -fsanitize=address,undefined
FUZZ_CPPFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc \
                $(shell pkg-config --cflags $(FUZZ_PKGS) 2>/dev/null)
FUZZ_LIBS     = $(shell pkg-config --libs $(FUZZ_PKGS) 2>/dev/null || \
                  echo -lcmark -lutf8proc -ljansson) -lunistring -lpthread -lm
FUZZ_LIB_SRC  = $(filter-out src/main.c src/batch.c,$(wildcard src/*.c))
FUZZ_LIB_OBJ  = $(FUZZ_LIB_SRC:src/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_AFL_OBJ  = $(FUZZ_LIB_SRC:src/%.c=$(FUZZ_DIR)/afl/obj/%.o)
FUZZ_BINS     = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)
FUZZ_AFL_BINS = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/afl/%)
FUZZ_HDRS     = $(wildcard src/*.h) include/lichang.h
FUZZ_COMMON   = tests/fuzz/fuzz_common.h tests/fuzz/fuzz_structure.h
FUZZ_RUNFLAGS = -timeout=10 -rss_limit_mb=2048 -dict=tests/fuzz/lichang.dict
FUZZ_DATADIR  = $(CURDIR)/data
# Known UBSan reports, silenced while fuzzing (not while replaying
# regressions, which keep failing until the bug is fixed).
FUZZ_UBSAN_SUPP = tests/fuzz/ubsan.supp
# Known library bugs the checks step over while fuzzing (see fz_known() in
# fuzz_common.h); empty it to fuzz for them too.
FUZZ_KNOWN     ?=

.PHONY: fuzz fuzz-run fuzz-afl

fuzz: $(FUZZ_BINS)

$(FUZZ_LIB_OBJ): $(FUZZ_DIR)/obj/%.o: src/%.c $(FUZZ_HDRS) tests/fuzz/fuzz.mk
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) $(FUZZ_SAN) -c $< -o $@

$(FUZZ_BINS): $(FUZZ_DIR)/%: tests/fuzz/%.c $(FUZZ_COMMON) $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_CPPFLAGS) $(FUZZ_WARN) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $< \
	  $(FUZZ_LIB_OBJ) $(FUZZ_LIBS)

# Each target on a fresh copy of its seeds (the seeds in git stay as they
# are); whatever it finds goes to tests/fuzz/regressions/TARGET/, and every
# saved regression input is replayed, so a fixed bug stays fixed.
fuzz-run: fuzz
	@fail=0; \
	for t in $(FUZZ_TARGETS); do \
	  work=$(FUZZ_DIR)/corpus/$$t; art=$(FUZZ_DIR)/artifacts/$$t; reg=tests/fuzz/regressions/$$t; \
	  rm -rf "$$work" "$$art"; mkdir -p "$$work" "$$art"; \
	  cp tests/fuzz/corpus/$$t/* "$$work"/ 2>/dev/null; \
	  echo "== $$t: fuzzing for $(FUZZ_SECONDS) s"; \
	  UBSAN_OPTIONS="suppressions=$(FUZZ_UBSAN_SUPP):$$UBSAN_OPTIONS" LICHANG_FUZZ_KNOWN="$(FUZZ_KNOWN)" \
	  LICHANG_DATADIR="$${LICHANG_DATADIR:-$(FUZZ_DATADIR)}" $(FUZZ_DIR)/$$t \
	    -max_total_time=$(FUZZ_SECONDS) $(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) \
    $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS)) $(FUZZ_RUNFLAGS) -print_final_stats=1 \
	    -artifact_prefix="$$art"/ "$$work" 2>"$(FUZZ_DIR)/$$t.log" \
	    || { fail=1; echo "== $$t: FAILED (log: $(FUZZ_DIR)/$$t.log)"; \
	         grep -A30 '^==[0-9]*==ERROR\|fuzz check failed\|runtime error' "$(FUZZ_DIR)/$$t.log" | head -40; }; \
	  grep '^stat::number_of_executed_units\|^Done' "$(FUZZ_DIR)/$$t.log"; \
	  for f in "$$art"/*; do \
	    [ -f "$$f" ] || continue; mkdir -p "$$reg"; cp "$$f" "$$reg"/; echo "== $$t: saved $$reg/$${f##*/}"; \
	  done; \
	  if ls "$$reg"/* >/dev/null 2>&1; then \
	    echo "== $$t: replaying $$reg"; \
	    LICHANG_DATADIR="$${LICHANG_DATADIR:-$(FUZZ_DATADIR)}" $(FUZZ_DIR)/$$t $(FUZZ_RUNFLAGS) \
	      "$$reg"/* >"$(FUZZ_DIR)/$$t.replay.log" 2>&1 \
	      && echo "== $$t: regressions pass" \
	      || { fail=1; echo "== $$t: a regression input still fails (log: $(FUZZ_DIR)/$$t.replay.log)"; }; \
	  fi; \
	done; \
	exit $$fail

# AFL++: the same target files with tests/fuzz/afl_main.c as main().
FUZZ_AFL_FOUND := $(shell command -v $(FUZZ_AFL_CC) 2>/dev/null)
ifneq ($(FUZZ_AFL_FOUND),)
fuzz-afl: $(FUZZ_AFL_BINS)
	@echo "AFL++ targets in $(FUZZ_DIR)/afl/ (persistent mode); run one with, e.g.:"
	@echo "  LICHANG_DATADIR=$(FUZZ_DATADIR) LICHANG_FUZZ_KNOWN=$(FUZZ_KNOWN) \\"
	@echo "  UBSAN_OPTIONS=suppressions=$(CURDIR)/$(FUZZ_UBSAN_SUPP):halt_on_error=1:abort_on_error=1:symbolize=1 \\"
	@echo "  afl-fuzz -i tests/fuzz/corpus/fuzz_text -o $(FUZZ_DIR)/afl/out-fuzz_text -x tests/fuzz/lichang.dict \\"
	@echo "    -m none -- $(FUZZ_DIR)/afl/fuzz_text"
	@echo "(symbolize=1: AFL++ turns symbolizing off, and suppressions need it)"

$(FUZZ_AFL_OBJ): $(FUZZ_DIR)/afl/obj/%.o: src/%.c $(FUZZ_HDRS) tests/fuzz/fuzz.mk
	@mkdir -p $(@D)
	$(FUZZ_AFL_CC) $(FUZZ_CPPFLAGS) $(FUZZ_CFLAGS) $(FUZZ_AFL_SAN) -c $< -o $@

$(FUZZ_AFL_BINS): $(FUZZ_DIR)/afl/%: tests/fuzz/%.c tests/fuzz/afl_main.c $(FUZZ_COMMON) $(FUZZ_AFL_OBJ)
	$(FUZZ_AFL_CC) $(FUZZ_CPPFLAGS) $(FUZZ_WARN) $(FUZZ_CFLAGS) $(FUZZ_AFL_SAN) -o $@ $< \
	  tests/fuzz/afl_main.c $(FUZZ_AFL_OBJ) $(FUZZ_LIBS)
else
fuzz-afl:
	@echo "fuzz-afl: $(FUZZ_AFL_CC) not found, skipped (Debian: apt-get install afl++)"
endif

# Including this file must not change the including Makefile's default goal.
.DEFAULT_GOAL := $(FUZZ_SAVED_GOAL)
