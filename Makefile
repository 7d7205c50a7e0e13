# lichang: a plain Makefile.  `make` builds build/lichang and
# build/liblichang.a; `make check` runs every test; `make demo` runs the
# tool on the shipped sample.  Both install missing Debian packages first.

CC      ?= cc
CFLAGS  ?= -O2 -g
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
LIBDIR   = $(PREFIX)/lib
INCDIR   = $(PREFIX)/include
DATADIR  = $(PREFIX)/share/lichang
MANDIR   = $(PREFIX)/share/man/man1

PKGS     = libcmark libutf8proc jansson
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS_ALL = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc \
               -DLICHANG_DATADIR='"$(DATADIR)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lcmark -lutf8proc -ljansson) \
           -lunistring -lpthread -lm

B        = build
LIB_SRC  = src/buffer.c src/utf8.c src/clean.c src/normalize.c src/labels.c \
           src/blocks.c src/markdown.c src/turns.c src/speakers.c src/lexicon.c \
           src/aho.c src/sentences.c src/analysis.c src/claims.c src/summary.c \
           src/escape.c src/render.c src/emit_json.c src/emit_text.c src/emit_tsv.c \
           src/emit_md.c src/emit_html.c src/aggregate.c src/doc.c
CLI_SRC  = src/main.c src/batch.c
LIB_OBJ  = $(LIB_SRC:src/%.c=$(B)/%.o)
CLI_OBJ  = $(CLI_SRC:src/%.c=$(B)/%.o)

.PHONY: all deps demo check check-portable test clean install uninstall asan fuzz bench stages pathological \
        faults valgrind tsan robust

all: $(B)/lichang $(B)/liblichang.a

$(B)/%.o: src/%.c $(wildcard src/*.h) include/lichang.h | $(B)
	$(CC) $(CPPFLAGS_ALL) $(CPPFLAGS) $(WARN) $(CFLAGS) -c $< -o $@

$(B):
	mkdir -p $(B)

$(B)/liblichang.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/lichang: $(CLI_OBJ) $(B)/liblichang.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/liblichang.a $(LIBS)

# Install the Debian packages the build and tests need, when missing.
deps:
	@sh tests/deps.sh

demo: deps
	$(MAKE) all
	$(B)/lichang --format text data/samples/interview-trade.txt

check test: deps
	$(MAKE) all $(B)/unit
	sh tests/run.sh

$(B)/unit: tests/unit.c $(B)/liblichang.a
	$(CC) $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) -o $@ tests/unit.c $(B)/liblichang.a $(LIBS)

# The tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) B=build-asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/lichang build-asan/unit
	LICHANG=build-asan/lichang UNIT=build-asan/unit LICHANG_MEMORY_TESTS=0 sh tests/run.sh

# The tests again with the sixteen-byte (SSE2) paths compiled out: the
# portable eight-byte and byte-at-a-time paths that other machines take.
check-portable:
	$(MAKE) B=build-portable CFLAGS="-O2 -g -U__SSE2__" build-portable/lichang build-portable/unit
	LICHANG=build-portable/lichang UNIT=build-portable/unit sh tests/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(DATADIR)/samples $(DESTDIR)$(MANDIR)
	install -m 755 $(B)/lichang $(DESTDIR)$(BINDIR)/lichang
	install -m 644 $(B)/liblichang.a $(DESTDIR)$(LIBDIR)/liblichang.a
	install -m 644 include/lichang.h $(DESTDIR)$(INCDIR)/lichang.h
	install -m 644 data/*.tsv $(DESTDIR)$(DATADIR)/
	install -m 644 data/samples/* $(DESTDIR)$(DATADIR)/samples/
	install -m 644 lichang.1 $(DESTDIR)$(MANDIR)/lichang.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/lichang $(DESTDIR)$(LIBDIR)/liblichang.a \
	  $(DESTDIR)$(INCDIR)/lichang.h $(DESTDIR)$(MANDIR)/lichang.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz build-tsan build-prof build-portable

# The benchmark against grep, a Python regex script, cmark, jieba and wc.
bench: all
	python3 tests/bench/bench.py | tee build/bench.md

# Where one file's time goes, stage by stage (tests/bench/stages.c), on the
# 64 MiB benchmark file (made by `make bench`) or on STAGES_FILE.
STAGES_FILE ?= $(B)/bench/big.txt
stages: $(B)/stages
	@test -f $(STAGES_FILE) || python3 tests/bench/make_corpus.py $(or $(wildcard \
	  ../shared/corpus/huang-computex-2025.txt),data/samples/interview-trade.txt) $(B)/bench
	LICHANG_DATADIR=data $(B)/stages $(STAGES_FILE)

$(B)/stages: tests/bench/stages.c $(B)/liblichang.a
	$(CC) $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) -o $@ tests/bench/stages.c $(B)/liblichang.a $(LIBS)

# Generated pathological inputs with time limits: time at 10n <= 11x time at n.
pathological: all
	python3 tests/pathological/run.py

# Out-of-memory at each allocation, read and write faults.
faults: all
	sh tests/faults/run.sh

# The command-line paths under valgrind memcheck (errors and leaks fail).
valgrind: all
	sh tests/valgrind.sh

# ThreadSanitizer on a batch with many workers.
tsan:
	$(MAKE) B=build-tsan CC=clang CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" build-tsan/lichang
	sh tests/tsan.sh build-tsan/lichang

# Everything the robustness issue asks CI to run.
robust: fuzz
	$(MAKE) fuzz-run FUZZ_SECONDS=$${FUZZ_SECONDS:-60}
	$(MAKE) pathological faults valgrind tsan

-include tests/fuzz/fuzz.mk
