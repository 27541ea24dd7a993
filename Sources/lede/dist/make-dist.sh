#!/usr/bin/env bash
# Packs a portable lede: the release binary, built with the Swift runtime linked in statically,
# its resources beside it, and a README, as lede-<version>-linux-<arch>.tar.gz in OUT_DIR.
# Usage: make-dist.sh BUILD_DIR OUT_DIR   (BUILD_DIR: the --scratch-path of the static build)
set -euo pipefail
build=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
binary="$build/release/lede"

version=$("$binary" --version)
name="lede-$version-linux-$(uname -m)"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir "$staging/$name"

# The binary without its symbols (61 MB instead of 83), and each module's resources, which
# lede finds beside its own executable.
strip -o "$staging/$name/lede" "$binary"
for resources in "$build"/release/lede_*.resources; do
    cp -R "$resources" "$staging/$name/"
done
cp "$here/README.md" "$staging/$name/README.md"
cp "$root/LICENSE" "$root/DATA-SOURCES.md" "$staging/$name/"

# Nothing of the Swift toolchain may be left to load at run time.
if readelf -d "$staging/$name/lede" | grep -E 'NEEDED.*(swift|Foundation|dispatch|BlocksRuntime|_FoundationICU)'; then
    echo "make-dist: the binary still needs a Swift runtime library (above)" >&2
    exit 1
fi

mkdir -p "$out"
tar -C "$staging" -czf "$out/$name.tar.gz.partial" "$name"
mv "$out/$name.tar.gz.partial" "$out/$name.tar.gz"
echo "$out/$name.tar.gz"
