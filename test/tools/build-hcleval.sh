#!/usr/bin/env bash
# Builds test/tools/hcleval (the Go referee for expression evaluation) into
# .oracle/bin/hcleval, in GOPATH mode against Debian's packaged HCL and go-cty
# sources, the way ../shared/tools/oracle-setup.sh builds hcldec. Needs the
# Debian packages oracle-setup.sh installs; downloads nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN_DIR="${ORACLE_BIN_DIR:-$ROOT/.oracle/bin}"
GOCODE=/usr/share/gocode/src
command -v go >/dev/null || { echo "build-hcleval: go is not installed (run ../shared/tools/oracle-setup.sh)" >&2; exit 1; }
[ -d "$GOCODE/github.com/hashicorp/hcl/v2" ] || { echo "build-hcleval: Debian's HCL sources are missing (run ../shared/tools/oracle-setup.sh)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hcleval.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gopath/src/plinth" "$WORK/cache" "$BIN_DIR"
for e in "$GOCODE"/*; do ln -s "$e" "$WORK/gopath/src/$(basename "$e")"; done
cp "$ROOT/test/tools/hcleval/main.go" "$WORK/gopath/src/plinth/"
export GOPATH="$WORK/gopath" GOCACHE="${GOCACHE_DIR:-$WORK/cache}" GO111MODULE=off GOFLAGS="" \
       GOPROXY=off GOSUMDB=off GOTOOLCHAIN=local CGO_ENABLED=0
(cd "$WORK/gopath/src/plinth" && go build -trimpath -o "$BIN_DIR/hcleval" .)
echo "[build-hcleval] built $BIN_DIR/hcleval"
