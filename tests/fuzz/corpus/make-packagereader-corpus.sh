#!/usr/bin/env bash
# Regenerates the seed corpus of fuzz_packagereader with the built passerelle-cli:
#   tests/fuzz/corpus/make-packagereader-corpus.sh build/bin/passerelle-cli
# Seeds named valid-* must be accepted and invalid-* refused (fuzzreplay.cpp checks).
set -euo pipefail
cli=$(realpath "${1:?give the path of passerelle-cli}")
here=$(cd "$(dirname "$0")" && pwd)
out="$here/packagereader"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/module/media" "$out"
cat > "$work/module/module.json" <<'JSON'
{"format": 1, "id": "seed", "version": "1.0.0", "languages": ["fr"], "minutes": 1,
 "content": {"fr": {"title": "Graine", "lessons": [{"id": "a", "title": "A", "minutes": 1,
   "pages": [{"blocks": [{"kind": "markdown", "text": "Bonjour"}]}]}]}}}
JSON
printf 'PNG-ish bytes \x89\x00\x01' > "$work/module/media/dot.png"
printf 'Une note.\n%.0s' {1..20} > "$work/module/media/note.txt"

"$cli" pack "$work/module" -o "$out/valid-unsigned.ptm" >/dev/null
cp "$out/valid-unsigned.ptm" "$out/valid-signed.ptm"
"$cli" keygen --out "$work/key" >/dev/null
"$cli" sign "$out/valid-signed.ptm" --key "$work/key.key" >/dev/null
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
data = open(f"{out}/valid-unsigned.ptm", "rb").read()
open(f"{out}/invalid-truncated.ptm", "wb").write(data[: len(data) * 2 // 3])
flipped = bytearray(data)
flipped[len(data) // 2] ^= 0x01
open(f"{out}/invalid-flipped-byte.ptm", "wb").write(bytes(flipped))
open(f"{out}/invalid-empty.ptm", "wb").write(b"")
open(f"{out}/invalid-end-record-only.ptm", "wb").write(b"PK\x05\x06" + b"\x00" * 18)
PY
ls -l "$out"
