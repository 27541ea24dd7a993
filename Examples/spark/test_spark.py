"""The Spark example on a real Spark: a standalone cluster on localhost (a master and two workers)
runs annotate.py, and its output must equal `lede annotate --input jsonl --format jsonl` on the
same input, document by document, whatever the partitioning; a malformed record is reported by
its id and every other document is written. Run by `make test-spark`.

    python test_spark.py --lede dist/lede-<version>-linux-<arch>.tar.gz --corpus news.jsonl
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from annotate import LocalLede, attribute_text  # noqa: E402
from cluster import StandaloneCluster, spark_environment  # noqa: E402
from corpus import read_lines, repeat_corpus  # noqa: E402

SCRIPT = os.path.join(HERE, "annotate.py")
failures = []


def check(condition, message):
    """Records a failed expectation and goes on, so that one run shows every failure."""
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", file=sys.stderr)
    return condition


def lede_jsonl(lede, path, *options):
    """`lede annotate --input jsonl --format jsonl` on a file: (status, lines)."""
    result = subprocess.run([lede.binary, "annotate", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", "2",
                             *options, path], capture_output=True)
    return result.returncode, result.stdout.decode("utf-8").splitlines()


def compare_documents(name, expected, actual):
    """Spark's lines against lede's: the same documents, byte for byte, in the same order."""
    expected_ids = [json.loads(line)["id"] for line in expected]
    actual_ids = [json.loads(line)["id"] for line in actual]
    check(actual_ids == expected_ids, f"{name}: {len(actual_ids)} documents in Spark's output, {len(expected_ids)} from "
          f"lede; first difference at {next((i for i, (a, b) in enumerate(zip(actual_ids, expected_ids)) if a != b), None)}")
    differing = [identifier for identifier, a, b in zip(expected_ids, expected, actual) if a != b]
    check(not differing, f"{name}: {len(differing)} documents differ from lede's own, the first {differing[:3]}")


def submit(cluster, name, arguments):
    status, errors = cluster.submit(SCRIPT, arguments)
    if status not in (0, 1):
        print(errors[-4000:], file=sys.stderr)
    print(f"test-spark: {name}: spark-submit exited with {status}")
    return status, errors


def annotation_tuples(document, layer):
    """A layer of a lede JSON document as Parquet rows hold it."""
    return [(a["label"], a["start"], a["end"], a["text"], {k: attribute_text(v) for k, v in a["attrs"].items()})
            for a in document["annotations"] if a["layer"] == layer]


def check_parquet(folder, expected):
    """The Parquet output: a row a document, every layer's annotations as lede wrote them, and the
    example query of the README answering from it."""
    from pyspark.sql import SparkSession

    os.environ.update(spark_environment())
    spark = (SparkSession.builder.master("local[1]").appName("lede test-spark check")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.memory", "2g").config("spark.sql.files.maxPartitionBytes", str(8 << 20))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        table = spark.read.parquet(folder)
        layers = [name for name in table.columns if name not in ("id", "text", "meta")]
        check({"entities", "quotes", "roles", "places", "numbers", "pos"} <= set(layers), f"parquet: layer columns {layers}")
        # Every layer whole, but for the two with an annotation a token, which are counted: all of
        # them for 2,000 documents is more than a test's driver should hold.
        counted = [layer for layer in ("tokens", "pos") if layer in layers]
        compared = [layer for layer in layers if layer not in counted]
        from pyspark.sql.functions import col, size

        selection = table.select("id", "text", "meta", *compared, *[size(col(layer)).alias(layer) for layer in counted])
        documents = {}
        for line in expected:
            document = json.loads(line)
            documents[document["id"]] = document
        seen, mismatched = 0, []
        for row in selection.toLocalIterator():
            seen += 1
            document = documents.pop(row["id"], None)
            same = (document is not None and row["text"] == document["text"]
                    and dict(row["meta"]) == {k: attribute_text(v) for k, v in document.get("meta", {}).items()})
            for layer in compared if same else []:
                stored = [(a["label"], a["start"], a["end"], a["text"], dict(a["attrs"])) for a in row[layer]]
                same = same and stored == annotation_tuples(document, layer)
            for layer in counted if same else []:
                same = same and row[layer] == len(annotation_tuples(document, layer))
            if not same:
                mismatched.append(row["id"])
        check(seen == len(expected) and not documents, f"parquet: {seen} rows for {len(expected)} documents")
        check(not mismatched, f"parquet: {len(mismatched)} rows differ from lede's documents, the first {mismatched[:3]}")

        table.createOrReplaceTempView("documents")
        with open(os.path.join(HERE, "quotes-by-ministers.sql"), encoding="utf-8") as query:
            answers = spark.sql(query.read()).collect()
        check(answers, "quotes-by-ministers.sql: no quote by a minister in 2024")
        check(all(answer["date"].startswith("2024") and "minister" in answer["title"].lower() for answer in answers),
              "quotes-by-ministers.sql: an answer is not a minister's quote of 2024")
        with open(os.path.join(HERE, "most-quoted.sql"), encoding="utf-8") as query:
            speakers = spark.sql(query.read()).collect()
        check(speakers and speakers[0]["quotes"] >= speakers[-1]["quotes"], "most-quoted.sql: no speakers, or not in order")
        print(f"test-spark: parquet: {seen} rows; quotes-by-ministers.sql answers {len(answers)} quotes")
    finally:
        spark.stop()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lede", required=True, help="the tarball of make dist")
    parser.add_argument("--corpus", required=True, help="a JSON Lines corpus, repeated to --documents")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--timeout", type=int, default=1500, help="seconds before the test gives up (default 1500)")
    arguments = parser.parse_args(argv)
    tarball = os.path.abspath(arguments.lede)
    # Never a hang: past the timeout the test fails, and the cluster and folders are cleaned up.
    def give_up(number, frame):
        raise TimeoutError(f"test-spark: still running after {arguments.timeout} s")

    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(arguments.timeout)
    # Stopped from outside (make interrupted, CI's end), the folders and the cluster still go.
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, lambda number, frame: sys.exit(128 + number))

    folder = tempfile.mkdtemp(prefix="lede-test-spark-")
    lede = LocalLede(tarball)
    try:
        corpus = os.path.join(folder, "corpus.jsonl")
        repeat_corpus(arguments.corpus, arguments.documents, corpus)
        status, expected = lede_jsonl(lede, corpus)
        check(status == 0 and len(expected) == arguments.documents, f"lede alone: status {status}, {len(expected)} documents")

        # A malformed line (its id still readable), a record without text, and good records around them.
        good = [line for line in open(corpus, encoding="utf-8")][:9]
        broken = os.path.join(folder, "broken.jsonl")
        with open(broken, "w", encoding="utf-8") as out:
            out.writelines(good[:4])
            out.write('{"id": "broken-record-7", "text": "An unfinished \n')
            out.write('{"id": "record-without-text", "body": "No text field."}\n')
            out.writelines(good[4:])
        _, expected_good = lede_jsonl(lede, broken)

        # A folder of text files, an article a file, named by its file name.
        texts = os.path.join(folder, "texts")
        os.makedirs(texts)
        records = []
        for number, line in enumerate(good[:3]):
            name = f"article-{number}.txt"
            with open(os.path.join(texts, name), "w", encoding="utf-8") as out:
                out.write(json.loads(line)["text"])
            records.append(json.dumps({"id": name, "text": json.loads(line)["text"]}, ensure_ascii=False) + "\n")
        text_records = os.path.join(folder, "texts.jsonl")
        with open(text_records, "w", encoding="utf-8") as out:
            out.writelines(records)
        _, expected_texts = lede_jsonl(lede, text_records)

        with StandaloneCluster(workers=2) as cluster:
            for partitions in (2, 7):
                name = f"jsonl, {partitions} partitions"
                dest = os.path.join(folder, f"jsonl-{partitions}")
                status, _ = submit(cluster, name, [corpus, dest, "--lede", tarball, "--partitions", str(partitions)])
                check(status == 0, f"{name}: status {status}")
                parts = len([part for part in os.listdir(dest) if part.startswith("part-")]) if os.path.isdir(dest) else 0
                check(parts >= partitions, f"{name}: {parts} part files")
                compare_documents(name, expected, read_lines(dest))

            dest = os.path.join(folder, "parquet")
            status, _ = submit(cluster, "parquet, 5 partitions", [corpus, dest, "--lede", tarball, "--format", "parquet",
                                                                  "--partitions", "5"])
            check(status == 0, f"parquet: status {status}")

            dest_broken = os.path.join(folder, "broken")
            status, errors = submit(cluster, "a malformed line", [broken, dest_broken, "--lede", tarball, "--partitions", "2"])
            check(status == 1, f"a malformed line: status {status}, not 1")
            check("broken-record-7: not valid JSON" in errors, "a malformed line: not reported by its id")
            check('record-without-text: no "text" string' in errors, "a record without text: not reported by its id")
            check("2 records failed" in errors, "a malformed line: the failed records are not counted")
            compare_documents("a malformed line", expected_good, read_lines(dest_broken))
            check(len(expected_good) == 9, f"a malformed line: lede alone wrote {len(expected_good)} of 9 good records")

            dest = os.path.join(folder, "from-texts")
            status, _ = submit(cluster, "a folder of text files", [texts, dest, "--lede", tarball, "--input", "text"])
            check(status == 0, f"a folder of text files: status {status}")
            by_id = lambda lines: sorted(lines, key=lambda line: json.loads(line)["id"])
            compare_documents("a folder of text files", by_id(expected_texts), by_id(read_lines(dest)))

            status, errors = submit(cluster, "a usage error", [corpus, os.path.join(folder, "usage"), "--lede", tarball,
                                                               "--with", "qoutes"])
            check(status == 2 and "qoutes" in errors, f"an unknown annotator: status {status}, not 2 with a message")
            check(not os.path.exists(os.path.join(folder, "usage")), "an unknown annotator: output written anyway")

        check_parquet(os.path.join(folder, "parquet"), expected)
    finally:
        lede.close()
        shutil.rmtree(folder, ignore_errors=True)

    if failures:
        print(f"test-spark: {len(failures)} failure{'s' if len(failures) != 1 else ''}", file=sys.stderr)
        return 1
    print(f"test-spark: a standalone cluster of 2 workers wrote lede's own output for {arguments.documents} documents, "
          "with 2 and 7 partitions, as JSON Lines and Parquet; bad records were reported by id")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
