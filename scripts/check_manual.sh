#!/usr/bin/env bash
# Fails when docs/zones.1 no longer matches the command definitions. The manual is generated
# by swift-argument-parser's plugin; its date line (.Dd) is today's and is not compared.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift package --allow-writing-to-package-directory generate-manual --output-directory "$out" > /dev/null
if ! diff <(grep -v '^\.Dd ' docs/zones.1) <(grep -v '^\.Dd ' "$out/zones.1"); then
    echo "docs/zones.1 is out of date: run 'make manual' and commit it" >&2
    exit 1
fi
echo "docs/zones.1 matches the command definitions"
