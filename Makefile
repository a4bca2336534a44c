# The two set-up commands of the README:
#   make site   installs what is missing, then runs csa on the bundled Content/
#   make test   installs the test needs, then runs every test
# Both work on a fresh Debian machine with Swift; they install only what is not there yet.

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

.PHONY: site test deps test-deps

## Runtime needs: libcmark (found by SwiftPM through pkg-config).
deps:
	@pkg-config --exists libcmark || { $(SUDO) apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }

## Test needs: the cmark program (an independent renderer the conformance test compares against).
test-deps: deps
	@command -v cmark >/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) cmark; }

site: deps
	swift build -c release --product csa
	.build/release/csa check --content Content

test: test-deps
	swift build --build-tests
	swift test --skip-build
