#!/usr/bin/env bash
# Batch throughput: `lede annotate --input jsonl --format jsonl` with --jobs 1 and --jobs 2 over a
# JSON Lines corpus repeated to about 5 MB. Prints MB/s and documents/s for each (best of 3).
# With PYTHON (a Python that has spaCy), spaCy's nlp.pipe does the same batch, writing
# doc.to_json() lines with n_process 1 and 2 (one run each), and the last line is
# "ratio lede/spacy end-to-end: N" (lede's best --jobs 1 run against n_process 1).
# Usage: batch.sh LEDE CORPUS.jsonl [MEGABYTES] [PYTHON]
set -euo pipefail
lede=$1 corpus=$2 target=$(( ${3:-5} * 1000000 )) python=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
size=$(stat -c %s "$corpus")
copies=$(( (target + size - 1) / size ))
for ((i = 0; i < copies; i++)); do cat "$corpus"; done > "$work/corpus.jsonl"
bytes=$(stat -c %s "$work/corpus.jsonl")
docs=$(grep -c . "$work/corpus.jsonl")
echo "corpus: $docs documents, $bytes bytes ($copies copies of $(basename "$corpus"))"
lede_one=""
for jobs in 1 2; do
  best=""
  for run in 1 2 3; do
    start=$(date +%s.%N)
    "$lede" annotate --input jsonl --format jsonl --jobs "$jobs" --quiet "$work/corpus.jsonl" > "$work/out.jsonl"
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
    if [ -z "$best" ] || awk -v s="$seconds" -v b="$best" 'BEGIN { exit !(s < b) }'; then best=$seconds; fi
  done
  lines=$(wc -l < "$work/out.jsonl")
  [ "$lines" = "$docs" ] || { echo "expected $docs output lines, got $lines" >&2; exit 1; }
  awk -v j="$jobs" -v s="$best" -v b="$bytes" -v d="$docs" \
    'BEGIN { printf "--jobs %s: %.3f s, %.1f MB/s, %.0f documents/s\n", j, s, b / 1e6 / s, d / s }'
  if [ "$jobs" = 1 ]; then lede_one=$best; fi
done
[ -n "$python" ] || exit 0
spacy_one=""
for jobs in 1 2; do
  start=$(date +%s.%N)
  "$python" "$here/peer_spacy_batch.py" "$work/corpus.jsonl" "$work/spacy.jsonl" --jobs "$jobs"
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
  lines=$(wc -l < "$work/spacy.jsonl")
  [ "$lines" = "$docs" ] || { echo "spaCy wrote $lines lines for $docs documents" >&2; exit 1; }
  awk -v j="$jobs" -v s="$seconds" -v b="$bytes" -v d="$docs" \
    'BEGIN { printf "spaCy nlp.pipe n_process %s, to_json lines: %.3f s, %.2f MB/s, %.0f documents/s\n", j, s, b / 1e6 / s, d / s }'
  if [ "$jobs" = 1 ]; then spacy_one=$seconds; fi
done
awk -v l="$lede_one" -v s="$spacy_one" 'BEGIN { printf "ratio lede/spacy end-to-end: %.0f\n", s / l }'
