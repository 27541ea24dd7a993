#!/usr/bin/env python3
"""One long document through every annotator: the texts of a JSON Lines corpus joined by blank
lines, repeated to about MEGABYTES, as one text file given to `lede annotate --format jsonl`.
Prints the seconds and the peak memory of the lede process (best of three runs); a document this
long is annotated section by section (see the README).

Usage: long-document.py LEDE CORPUS.jsonl [MEGABYTES]   (default 5)
"""
import json, os, resource, subprocess, sys, tempfile, time

def main():
    if len(sys.argv) < 3:
        print(__doc__); sys.exit(2)
    lede, corpus = sys.argv[1], sys.argv[2]
    target = int(float(sys.argv[3]) * 1_000_000) if len(sys.argv) > 3 else 5_000_000
    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    pieces, size = [], 0
    while size < target:
        for text in texts:
            pieces.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "long.txt")
        with open(path, "w", encoding="utf-8") as file:
            file.write("\n\n".join(pieces))
        best, peak = None, 0
        for _ in range(3):
            start = time.perf_counter()
            # Each run in a child of its own, so that the peak is that run's.
            code = ("import resource, subprocess, sys\n"
                    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            measured = subprocess.run([sys.executable, "-c", code, lede, "annotate", "--format", "jsonl", path],
                                      capture_output=True, text=True, check=True)
            seconds = time.perf_counter() - start
            peak = max(peak, int(measured.stdout.strip()))
            best = seconds if best is None else min(best, seconds)
        megabytes = os.path.getsize(path) / 1e6
    print(f"one document of {megabytes:.1f} MB, lede annotate --format jsonl: {best:.2f} s, peak memory {peak / 1024:.0f} MB")

if __name__ == "__main__":
    main()
