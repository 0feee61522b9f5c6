# plansite — the two commands of the README: `make site` and `make test`; `make dist` makes the
# release tarball and `make test-dist` tries it on a bare Debian 12 (packaging/).
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev
BIN := .build/release/plansite

.PHONY: site test lint test-docx deps build bench clean dist test-dist

# Installs the system packages when missing (as root), else says what to run.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 $$missing; \
	  else echo "Cần cài:$$missing — chạy: sudo apt-get install -y$$missing"; exit 2; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product plansite

site: build
	$(BIN) build

test: deps lint
	./Tests/scripts/install-test-tools.sh
	$(SWIFT) build -c release --product plansite
	$(SWIFT) test

# The style of .swift-format, kept: any finding fails the tests.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Plugins Package.swift

# The Word reports converted to PDF by LibreOffice headless (Debian's libreoffice-writer, which
# this installs: about a minute on a fresh machine; each conversion takes 3–4 s). CI runs it too.
test-docx: deps
	./Tests/scripts/install-test-tools.sh --docx
	$(SWIFT) build -c release --product plansite
	$(SWIFT) test --filter PeriodReportTests

clean:
	rm -rf .build .build-* dist

# dist/plansite-<version>-linux-<arch>.tar.gz: one executable needing only glibc, libstdc++ and
# libgcc, the guides and a README. Built in .build-dist, apart from the development build.
dist: deps
	SWIFT=$(SWIFT) packaging/make-dist.sh

# The tarball in a fresh debootstrap Debian 12 root, against the development build (as root).
test-dist: dist
	$(SWIFT) build -c release --product plansite
	packaging/test-dist.sh

# Measures plansite, and Hugo when installed, on synthetic sites of 100, 1,000 and 10,000
# districts (bench/README.md). Options: make bench BENCH_ARGS="--sizes 100,1000 --no-hugo".
bench: build
	$(SWIFT) build -c release --product plansite-microbench
	python3 bench/run.py --binary $(BIN) --templates templates $(BENCH_ARGS)
