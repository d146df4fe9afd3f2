#!/usr/bin/env bash
# Builds our Go referees — test/tools/hcleval (expression evaluation) and
# test/tools/jsonexpr (JSON-syntax expressions), or the ones named as
# arguments — into .oracle/bin, in GOPATH mode against Debian's packaged HCL
# and go-cty sources, the way ../shared/tools/oracle-setup.sh builds hcldec.
# Needs the Debian packages oracle-setup.sh installs; downloads nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN_DIR="${ORACLE_BIN_DIR:-$ROOT/.oracle/bin}"
GOCODE=/usr/share/gocode/src
TOOLS=("$@")
[ ${#TOOLS[@]} -gt 0 ] || TOOLS=(hcleval jsonexpr)
command -v go >/dev/null || { echo "build-go-tools: go is not installed (run ../shared/tools/oracle-setup.sh)" >&2; exit 1; }
[ -d "$GOCODE/github.com/hashicorp/hcl/v2" ] || { echo "build-go-tools: Debian's HCL sources are missing (run ../shared/tools/oracle-setup.sh)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/plinth-go-tools.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gopath/src" "$WORK/cache" "$BIN_DIR"
for e in "$GOCODE"/*; do ln -s "$e" "$WORK/gopath/src/$(basename "$e")"; done
export GOPATH="$WORK/gopath" GOCACHE="${GOCACHE_DIR:-$WORK/cache}" GO111MODULE=off GOFLAGS="" \
       GOPROXY=off GOSUMDB=off GOTOOLCHAIN=local CGO_ENABLED=0
for tool in "${TOOLS[@]}"; do
  mkdir -p "$WORK/gopath/src/plinth/$tool"
  cp "$ROOT/test/tools/$tool/main.go" "$WORK/gopath/src/plinth/$tool/"
  (cd "$WORK/gopath/src/plinth/$tool" && go build -trimpath -o "$BIN_DIR/$tool" .)
  echo "[build-go-tools] built $BIN_DIR/$tool"
done
