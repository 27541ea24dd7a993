#!/usr/bin/env python3
"""Start-up time of the lede binary: `lede annotators` (no lexicon loaded) and a one-sentence
article through every annotator (every lexicon loaded), from exec to exit.

Usage: process-startup.py LEDE ARTICLE [--runs N]   (median of N runs after a warm-up)
"""
import statistics, subprocess, sys, time

def median_ms(command, stdin=b"", runs=21):
    subprocess.run(command, input=stdin, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)

def main():
    if len(sys.argv) < 3:
        print(__doc__); sys.exit(2)
    lede, article = sys.argv[1], sys.argv[2]
    print(f"start-up, lede annotators: {median_ms([lede, 'annotators']):.1f} ms median")
    sentence = b"Iranian Foreign Minister Abbas Araghchi said on Friday that 25 people were killed in Tehran."
    print(f"start-up, one sentence through every annotator: {median_ms([lede, 'annotate', '--format', 'jsonl', '-'], sentence):.1f} ms median")
    print(f"start-up, the sample article through every annotator: {median_ms([lede, 'annotate', '--format', 'jsonl', article]):.1f} ms median")

if __name__ == "__main__":
    main()
