# attache build. `make` builds the release binary and library; `make test`
# builds everything again with AddressSanitizer + UBSan and runs the unit tests.

CC      ?= cc
PREFIX  ?= /usr/local
VERSION := 0.1.0
SHARED  ?= ../shared

PKGS     := libutf8proc libxml-2.0 sqlite3 libzstd jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))

WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS += -Iinclude -Isrc -DATTACHE_VERSION='"$(VERSION)"' -D_GNU_SOURCE $(PKG_CFLAGS)
CFLAGS   ?= -O2 -g
CFLAGS   += -std=c11 $(WARN) -pthread
LDLIBS   += $(PKG_LIBS) -lpthread -lm

LIB_SRC  := $(sort $(wildcard src/*/*.c))
LIB_SRC  := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))

# Release objects in build/, sanitizer objects in build/asan/.
LIB_OBJ  := $(LIB_SRC:src/%.c=build/obj/%.o)
CLI_OBJ  := $(CLI_SRC:src/%.c=build/obj/%.o)
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ASAN_LIB_OBJ := $(LIB_SRC:src/%.c=build/asan/obj/%.o)
ASAN_CLI_OBJ := $(CLI_SRC:src/%.c=build/asan/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=build/asan/tests/%)

.PHONY: all test clean install models dicts gazetteer bench demo killtest
all: build/attache build/libattache.a

# Rebuilt from scratch so that objects of deleted sources do not linger.
build/libattache.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	@$(AR) rcs $@ $^

build/attache: $(CLI_OBJ) build/libattache.a
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) build/libattache.a $(LDLIBS)

build/obj/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/asan/obj/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "CC (asan) $<"
	@$(CC) $(CPPFLAGS) $(filter-out -O2,$(CFLAGS)) $(ASAN_FLAGS) -MMD -MP -c -o $@ $<

build/asan/libattache.a: $(ASAN_LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	@$(AR) rcs $@ $^

build/asan/attache: $(ASAN_CLI_OBJ) build/asan/libattache.a
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(ASAN_FLAGS) -o $@ $(ASAN_CLI_OBJ) build/asan/libattache.a $(LDLIBS)

build/asan/tests/%: tests/%.c tests/helpers.h build/asan/libattache.a
	@mkdir -p $(@D)
	@echo "CC (asan) $<"
	@$(CC) $(CPPFLAGS) -Itests $(filter-out -O2,$(CFLAGS)) $(ASAN_FLAGS) -o $@ $< build/asan/libattache.a $(LDLIBS) -lcmocka

# Tests run from the project root so that models/, dict/ and ../shared resolve.
test: $(TEST_BIN) build/asan/attache
	@ATTACHE_BIN=build/asan/attache SHARED=$(SHARED) sh tests/run.sh $(TEST_BIN)

demo: build/attache
	build/attache demo

clean:
	rm -rf build

DATA_DIRS := models dict examples
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
		$(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/attache
	install -m 755 build/attache $(DESTDIR)$(PREFIX)/bin/attache
	install -m 644 build/libattache.a $(DESTDIR)$(PREFIX)/lib/libattache.a
	install -m 644 include/attache.h $(DESTDIR)$(PREFIX)/include/attache.h
	install -m 644 man/attache.1 $(DESTDIR)$(PREFIX)/share/man/man1/attache.1
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' attache.pc.in \
		> $(DESTDIR)$(PREFIX)/lib/pkgconfig/attache.pc
	for d in $(DATA_DIRS); do \
		install -d $(DESTDIR)$(PREFIX)/share/attache/$$d; \
		find $$d -maxdepth 1 -type f \( -name '*.atm' -o -name '*.jsonl' -o -name '*.txt' -o -name '*.html' -o -name NOTICE \) \
			-exec install -m 644 {} $(DESTDIR)$(PREFIX)/share/attache/$$d/ \; ; \
	done

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(ASAN_LIB_OBJ:.o=.d) $(ASAN_CLI_OBJ:.o=.d)

# Models and dictionaries are committed; these rebuild them from $(SHARED).
models: build/attache
	SHARED=$(SHARED) sh scripts/make-models
dicts: build/attache
	SHARED=$(SHARED) sh scripts/make-dicts
gazetteer: build/attache
	SHARED=$(SHARED) sh scripts/make-gazetteer

# Speed and memory, never part of `make test`. QUICK=1: 2,000 stories.
BENCH_SRC := $(sort $(wildcard bench/*.c))
BENCH_BIN := $(BENCH_SRC:bench/%.c=build/bench/%)
build/bench/%: bench/%.c build/libattache.a
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< build/libattache.a $(LDLIBS)

bench: all $(BENCH_BIN)
	SHARED=$(SHARED) QUICK=$(QUICK) python3 scripts/bench

# Crash safety of ingest: kill -9 mid-run, rerun, compare with a clean run.
killtest: all
	SHARED=$(SHARED) sh scripts/killtest 3000 1
