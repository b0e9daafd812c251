# zones: `make run` and `make test` work on a fresh Debian machine with the Swift toolchain.
SWIFT ?= swift
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d

.PHONY: all deps build run test install release clean search-tables bench asan manual check-docs

all: build

# Installs only what is missing: ncursesw headers, pkg-config, tmux (for end-to-end tests).
deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists ncursesw 2>/dev/null || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$$($(SWIFT) build --show-bin-path)/zones $(ARGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The Swift runtime linked in statically: the binary runs anywhere alone, starts in half the
# time and holds 3 MB less (see docs/PERFORMANCE.md).
RELEASE = -c release --static-swift-stdlib

release: deps
	$(SWIFT) build $(RELEASE)

install: release
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	bin="$$($(SWIFT) build $(RELEASE) --show-bin-path)/zones"; \
	install -m 755 "$$bin" "$(DESTDIR)$(BINDIR)/zones" && \
	install -m 644 docs/zones.1 "$(DESTDIR)$(MANDIR)/zones.1" && \
	"$$bin" --generate-completion-script bash > "$(DESTDIR)$(BASHDIR)/zones" && \
	"$$bin" --generate-completion-script zsh > "$(DESTDIR)$(ZSHDIR)/_zones" && \
	"$$bin" --generate-completion-script fish > "$(DESTDIR)$(FISHDIR)/zones.fish"

# The man page, generated from the command definitions and checked in.
manual:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory docs

# Checks that need a release build of their own: the man page is current.
check-docs:
	scripts/check_manual.sh

clean:
	rm -rf .build

# Rebuilds Assets/search-tables.json after the dataset's Chinese changed (needs PyPI).
search-tables:
	python3 -m venv .build-venv && .build-venv/bin/pip install -q pypinyin opencc-python-reimplemented
	.build-venv/bin/python scripts/make_search_tables.py

# zones against less in a pseudo-terminal, plus in-process timings; see docs/PERFORMANCE.md.
bench: deps
	python3 scripts/bench.py

# The whole suite under AddressSanitizer (CI runs it after `make test`). Leak reports are off:
# what is still allocated when a process exits is not an error here.
asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
