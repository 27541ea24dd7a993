#!/usr/bin/env python3
"""lede's full pipeline against spaCy, words per second, measured in turns so that both see the
same minutes of the machine.

A shared machine's speed drifts by 10 to 30 % from one minute to the next; spaCy takes minutes
over a corpus that lede's pipeline reads in a second or two, so a ratio of one lede measurement
and one spaCy measurement taken minutes apart is mostly the drift between them. Here spaCy's
text (the corpus repeated PEER_COPIES times) is cut into ROUNDS parts; lede's pipeline is
measured before the first part, between each two, and after the last (`lede-bench --only
pipeline`: LEDE_RUNS passes over the corpus after a warm-up pass, as spaCy makes its pass after
its warm-up: several, so that each of lede's measurements, like each of spaCy's, lasts long
enough to average a moment's slowness of the machine rather than sample it), and each rate is
the total words over the total seconds of its measurements, every pass counted. spaCy is
measured by the peer script itself, once per part (its model loaded and warmed up outside the
clock each time).

Prints each measurement, then the last line "ratio lede/spacy words-per-second[LABEL]: N".

Usage: paired-ratio.py LEDE_BENCH CORPUS.jsonl PYTHON PEER_SCRIPT
                       [--min-bytes N] [--peer-copies N] [--rounds N] [--lede-runs N] [--label TEXT]
  PYTHON: a Python that has spaCy; PEER_SCRIPT: the peer's measuring script (peer_spacy.py).
  --min-bytes: lede-bench repeats the corpus to at least this many bytes (default 5 MB);
  --peer-copies: how many times spaCy reads the corpus in all (default: as many as lede);
  --rounds: parts of spaCy's text (default 5);
  --lede-runs: lede's passes at each turn (LEDE_RUNS, default 3).
"""
import json, os, re, subprocess, sys, tempfile


def option(args, name, default):
    if name in args:
        return args[args.index(name) + 1]
    return default


def lede_measurement(bench, corpus, min_bytes, runs):
    """(words, seconds) of `runs` lede-bench passes of the full pipeline (after its warm-up
    pass), and its corpus copies."""
    out = subprocess.run([bench, corpus, "--only", "pipeline", "--runs", str(runs), "--min-bytes", str(min_bytes)],
                         capture_output=True, text=True, check=True).stdout
    corpus_line = re.search(r"^corpus: \d+ documents, \d+ bytes, (\d+) words", out, re.M)
    copies_line = re.search(r"^corpus copies: (\d+)", out, re.M)
    runs_line = re.search(r"^full pipeline, every run: ([\d.]+) s in (\d+) runs", out, re.M)
    if not (corpus_line and copies_line and runs_line):
        sys.exit(f"paired-ratio: unexpected lede-bench output:\n{out}")
    return int(corpus_line.group(1)) * int(runs_line.group(2)), float(runs_line.group(1)), int(copies_line.group(1))


def peer_measurement(python, peer, part):
    """(words, seconds) of the peer script over one part of spaCy's text."""
    out = subprocess.run([python, peer, part, "--repeat", "1"], capture_output=True, text=True, check=True).stdout
    found = re.search(r": (\d+) words, ([\d.]+) s, ", out)
    if not found:
        sys.exit(f"paired-ratio: unexpected output of {peer}:\n{out}")
    return int(found.group(1)), float(found.group(2))


def main():
    args = sys.argv[1:]
    if len(args) < 4 or any(a.startswith("-") for a in args[:4]):
        print(__doc__)
        sys.exit(2)
    bench, corpus, python, peer = args[:4]
    rounds = max(1, int(option(args, "--rounds", "5")))
    lede_runs = max(1, int(option(args, "--lede-runs", "3")))
    min_bytes = max(1, int(option(args, "--min-bytes", "5000000")))
    label = option(args, "--label", "")
    with open(corpus, encoding="utf-8") as lines:
        records = [line if line.endswith("\n") else line + "\n" for line in lines if line.strip()]

    lede_words = lede_seconds = 0.0
    peer_words = peer_seconds = 0.0

    def measure_lede(turn):
        nonlocal lede_words, lede_seconds
        words, seconds, copies = lede_measurement(bench, corpus, min_bytes, lede_runs)
        lede_words += words
        lede_seconds += seconds
        print(f"  lede {turn}: {words / seconds:,.0f} words/s", flush=True)
        return copies

    copies = measure_lede(0)
    peer_copies = max(1, int(option(args, "--peer-copies", str(copies))))
    text = records * peer_copies
    rounds = min(rounds, len(text))
    with tempfile.TemporaryDirectory() as folder:
        for turn in range(rounds):
            part = os.path.join(folder, f"part{turn}.jsonl")
            with open(part, "w", encoding="utf-8") as file:
                file.writelines(text[turn * len(text) // rounds:(turn + 1) * len(text) // rounds])
            words, seconds = peer_measurement(python, peer, part)
            peer_words += words
            peer_seconds += seconds
            print(f"  spaCy {turn + 1}/{rounds}: {words / seconds:,.0f} words/s", flush=True)
            measure_lede(turn + 1)
    lede_rate, peer_rate = lede_words / lede_seconds, peer_words / peer_seconds
    print(f"lede {lede_rate:,.0f} words/s ({rounds + 1} measurements of {lede_runs} passes), "
          f"spaCy {peer_rate:,.0f} words/s ({int(peer_words):,} words in {rounds} parts)")
    print(f"ratio lede/spacy words-per-second{label}: {round(lede_rate / peer_rate)}")


if __name__ == "__main__":
    main()
