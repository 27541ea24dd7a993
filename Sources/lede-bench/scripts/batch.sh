#!/usr/bin/env bash
# Batch throughput: `lede annotate --input jsonl --format jsonl` with --jobs 1 and --jobs 2 over a
# JSON Lines corpus repeated to about 5 MB, and --jobs 1 with --token-table. Prints MB/s and
# documents/s for each (best of 3).
# With PYTHON (a Python that has spaCy), spaCy's nlp.pipe does the same batch, writing
# doc.to_json() lines with n_process 1 and 2 (one run each), and the last line is
# "ratio lede/spacy end-to-end: N": spaCy's n_process 1 run against lede's --jobs 1 runs, every
# one counted (the three above and one right after spaCy's, so that lede's runs stand on both
# sides of it), not lede's best.
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
# seconds OUTPUT COMMAND…: runs COMMAND, its standard output to OUTPUT, and prints its wall-clock
# seconds. The last run's output is removed and written back to disk before the clock starts:
# truncating some 200 MB of JSON, or the kernel writing it out during the next run, is the file
# system's time, not the annotator's (it cost `--jobs 2`, whose two cores are both busy, more).
seconds() {
  local start end output=$1
  shift
  rm -f "$work/out"
  sync
  start=$(date +%s.%N)
  "$@" > "$output"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }'
}
# report NAME SECONDS OUTPUT: checks OUTPUT has a line a document and prints the throughput.
report() {
  local lines
  lines=$(wc -l < "$3")
  [ "$lines" = "$docs" ] || { echo "$1: expected $docs output lines, got $lines" >&2; exit 1; }
  awk -v n="$1" -v s="$2" -v b="$bytes" -v d="$docs" \
    'BEGIN { printf "%s: %.3f s, %.2f MB/s, %.0f documents/s\n", n, s, b / 1e6 / s, d / s }'
}
# annotate OPTION…: the seconds of one run of `lede annotate` over the corpus with these options
# (JSON Lines in and out), its output in $work/out; a run with --jobs 1 alone is also added to
# $work/jobs1-times, for the end-to-end ratio.
annotate() {
  local took
  took=$(seconds "$work/out" "$lede" annotate --input jsonl --format jsonl --quiet "$@" "$work/corpus.jsonl")
  if [ "$*" = "--jobs 1" ]; then echo "$took" >> "$work/jobs1-times"; fi
  echo "$took"
}
# best_of_three OPTION…: the fewest seconds of three runs of `annotate`; the last run's output
# stays in $work/out.
best_of_three() {
  local best="" took
  for run in 1 2 3; do
    took=$(annotate "$@")
    if [ -z "$best" ] || awk -v s="$took" -v b="$best" 'BEGIN { exit !(s < b) }'; then best=$took; fi
  done
  echo "$best"
}
for jobs in 1 2; do
  report "--jobs $jobs" "$(best_of_three --jobs "$jobs")" "$work/out"
done
# The same batch with the tokens and their tags written as a table of columns (--token-table).
report "--jobs 1 --token-table" "$(best_of_three --jobs 1 --token-table)" "$work/out"
[ -n "$python" ] || exit 0
spacy_one=""
for jobs in 1 2; do
  took=$(seconds /dev/null "$python" "$here/peer_spacy_batch.py" "$work/corpus.jsonl" "$work/out" --jobs "$jobs")
  report "spaCy nlp.pipe n_process $jobs, to_json lines" "$took" "$work/out"
  if [ "$jobs" = 1 ]; then
    spacy_one=$took
    # lede once more, right after spaCy's n_process 1 run.
    report "--jobs 1, once more after spaCy" "$(annotate --jobs 1)" "$work/out"
  fi
done
awk -v s="$spacy_one" '{ total += $1; runs += 1; times = times sprintf(" %.3f", $1) }
  END { printf "lede --jobs 1, every run (s):%s; mean %.3f\n", times, total / runs
        printf "ratio lede/spacy end-to-end: %.0f\n", s / (total / runs) }' "$work/jobs1-times"
