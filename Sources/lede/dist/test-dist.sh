#!/usr/bin/env bash
# Checks a portable lede as a user without Swift would meet it: the tarball unpacked in a new
# folder, run with an empty environment, through a symbolic link too, with the resources of the
# build it came from out of reach, so that only those beside the binary can be found.
# Usage: test-dist.sh TARBALL BUILD_DIR ARTICLE
set -euo pipefail
tarball=$(realpath "$1")
build=$(realpath "$2")
article=$(realpath "$3")

fail() { echo "test-dist: $*" >&2; exit 1; }

folder=$(mktemp -d)
hidden="$build/release/hidden-while-testing-dist"
restore() {
    if [ -d "$hidden" ]; then
        for resources in "$hidden"/lede_*.resources; do mv "$resources" "$build/release/"; done
        rmdir "$hidden"
    fi
    rm -rf "$folder"
}
trap restore EXIT
mkdir "$hidden"
mv "$build"/release/lede_*.resources "$hidden/"

tar -C "$folder" -xzf "$tarball"
lede=$(echo "$folder"/lede-*/lede)
[ -x "$lede" ] || fail "no executable lede in $tarball"

# No library of the Swift toolchain is needed, and every library it needs is found.
if readelf -d "$lede" | grep -E 'NEEDED.*(swift|Foundation|dispatch|BlocksRuntime)'; then fail "still needs Swift libraries"; fi
if ldd "$lede" | grep -E 'not found|/swift'; then fail "a library is missing or comes from the Swift toolchain"; fi

cd "$folder"
out=$(env -i PATH=/usr/bin:/bin "$lede" annotate --format jsonl "$article")
for layer in entities places numbers quotes roles pos; do
    grep -q "\"layer\":\"$layer\"" <<<"$out" || fail "no $layer layer in the output"
done
ln -s "$lede" "$folder/lede-link"
linked=$(env -i PATH=/usr/bin:/bin "$folder/lede-link" annotate --format jsonl "$article")
[ "$linked" = "$out" ] || fail "run through a symbolic link, lede writes something else"
echo '{"id":"a","text":"Prime Minister Jan Novak said the talks in Vienna would resume."}' \
    | env -i "$lede" annotate --input jsonl --format jsonl --layers roles | grep -q '"person":"Jan Novak"' \
    || fail "a JSON Lines record is not annotated"
echo "test-dist: $(basename "$tarball") runs from a new folder with an empty environment and no Swift libraries"
