"""Documents per second for lede alone and for the Spark job, on the same input in the same run:
`lede annotate --input jsonl --format jsonl` with --jobs 1 and 2, then annotate.py on a standalone
cluster on localhost with one worker and with two (a core each), and what going through Spark
costs a document. Run by `make bench-spark`.

    python bench_spark.py --lede dist/lede-<version>-linux-<arch>.tar.gz --corpus news.jsonl
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from annotate import LocalLede  # noqa: E402
from cluster import StandaloneCluster  # noqa: E402
from corpus import read_lines, repeat_corpus  # noqa: E402


def timed(action):
    start = time.monotonic()
    result = action()
    return time.monotonic() - start, result


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lede", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--documents", type=int, default=6000)
    arguments = parser.parse_args(argv)
    tarball = os.path.abspath(arguments.lede)
    documents = arguments.documents

    folder = tempfile.mkdtemp(prefix="lede-bench-spark-")
    lede = LocalLede(tarball)
    try:
        corpus = os.path.join(folder, "corpus.jsonl")
        repeat_corpus(arguments.corpus, documents, corpus)
        megabytes = os.path.getsize(corpus) / 1e6
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
        print(f"machine: {os.cpu_count()} cores ({cpu}), Linux {platform.release()}")
        print(f"input: {documents} documents, {megabytes:.1f} MB (the news corpus repeated)")

        seconds = {}
        for jobs in (1, 2):
            with open(os.devnull, "wb") as sink:
                elapsed, result = timed(lambda: subprocess.run(
                    [lede.binary, "annotate", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", str(jobs), corpus],
                    stdout=sink))
            if result.returncode != 0:
                raise SystemExit(f"lede annotate --jobs {jobs} exited with {result.returncode}")
            seconds[f"lede --jobs {jobs}"] = elapsed

        fixed = {}
        for workers in (1, 2):
            with StandaloneCluster(workers=workers) as cluster:
                # The fixed cost of a job (a JVM, the application, the tarball sent and unpacked),
                # from a job over the corpus once.
                small = os.path.join(folder, f"spark-{workers}-small")
                elapsed, (status, _) = timed(lambda: cluster.submit(
                    os.path.join(HERE, "annotate.py"), [arguments.corpus, small, "--lede", tarball]))
                fixed[workers] = elapsed
                dest = os.path.join(folder, f"spark-{workers}")
                # Two partitions a worker: a task a core, and a second to even out the ends.
                elapsed, (status, output) = timed(lambda: cluster.submit(
                    os.path.join(HERE, "annotate.py"),
                    [corpus, dest, "--lede", tarball, "--partitions", str(2 * workers)]))
                if status != 0 or len(read_lines(dest)) != documents:
                    print(output[-3000:], file=sys.stderr)
                    raise SystemExit(f"the Spark job on {workers} worker(s) failed with status {status}")
                seconds[f"spark, {workers} worker{'s' if workers > 1 else ''}"] = elapsed

        for name, elapsed in seconds.items():
            print(f"{name}: {documents / elapsed:,.0f} documents/s, {megabytes / elapsed:.2f} MB/s ({elapsed:.1f} s)")
        # A job's time is its fixed cost and a cost a document; the second, beyond lede's own, is
        # what going through Spark costs.
        for workers, jobs in ((1, 1), (2, 2)):
            name = f"spark, {workers} worker{'s' if workers > 1 else ''}"
            beyond = seconds[name] - fixed[workers] - seconds[f"lede --jobs {jobs}"]
            running = seconds[name] - fixed[workers]
            print(f"{name}: a job costs {fixed[workers]:.1f} s to start and finish, then runs "
                  f"{documents / running:,.0f} documents/s; beyond lede --jobs {jobs}, Spark adds "
                  f"{beyond * 1000 / documents:.2f} ms a document")
    finally:
        lede.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
