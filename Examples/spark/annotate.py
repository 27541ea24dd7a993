"""Annotate a corpus with lede as a stage of an Apache Spark job.

    spark-submit annotate.py SOURCE DEST --lede lede-<version>-linux-<arch>.tar.gz [options]

SOURCE is JSON Lines ({"id", "text"} a line, other fields kept as "meta"): a file, a folder or a
glob; with --input text, a folder of text files, one article a file, named by its file name.
The lede tarball of `make dist` goes to every executor with the job (SparkContext.addArchive),
and each partition is piped through `lede annotate --input jsonl --format jsonl`, one lede
process a partition, documents in their order. DEST gets the documents as lede writes them
(--format jsonl) or as Parquet (--format parquet): one row a document with id, text, meta and a
column a layer, each an array of {label, start, end, text, attrs}, for Spark SQL.

A record lede cannot read (a malformed line, a record without a "text" string) is reported by
its id and counted; every other document of its partition is still written. The job then exits
with status 1, as `lede annotate` does; 0 when every record was written, 2 for a usage error.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

# The alias of the lede tarball on the executors (SparkFiles.get gives its unpacked folder).
ARCHIVE_ALIAS = "lede-dist"
# Columns every Parquet row has besides its layers.
DOCUMENT_COLUMNS = ("id", "text", "meta")
# How many failed records the driver lists (all of them are counted).
LISTED_FAILURES = 100


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="annotate.py",
        description="Annotate JSON Lines or text files with lede on a Spark cluster.",
    )
    parser.add_argument("source", help="JSON Lines input: a file, folder or glob (with --input text: a folder of text files)")
    parser.add_argument("dest", help="the output folder; it must not exist yet")
    parser.add_argument("--lede", required=True, metavar="TARBALL", help="the lede-<version>-linux-<arch>.tar.gz of `make dist`")
    parser.add_argument("--input", choices=("jsonl", "text"), default="jsonl", help="jsonl (default): a record a line; text: a document a file")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="jsonl (default): lede's own lines; parquet: a row a document")
    parser.add_argument("--partitions", type=int, metavar="N", help="split the input into at least N partitions")
    parser.add_argument("--lede-jobs", type=int, default=1, metavar="N", help="lede's --jobs in each task (default 1: Spark runs a task a core)")
    # Passed to `lede annotate` as they are.
    parser.add_argument("--with", dest="with_annotators", metavar="NAMES")
    parser.add_argument("--without", metavar="NAMES")
    parser.add_argument("--layers", metavar="LAYERS")
    parser.add_argument("--date", metavar="YYYY-MM-DD")
    parser.add_argument("--option", action="append", default=[], metavar="ANNOTATOR.NAME=VALUE")
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions must be at least 1")
    if arguments.lede_jobs < 1:
        parser.error("--lede-jobs must be at least 1")
    return arguments


def lede_arguments(arguments):
    """The `lede annotate` command line each partition runs, reading standard input."""
    command = ["annotate", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", str(arguments.lede_jobs)]
    for flag, value in (("--with", arguments.with_annotators), ("--without", arguments.without),
                        ("--layers", arguments.layers), ("--date", arguments.date)):
        if value is not None:
            command += [flag, value]
    for option in arguments.option:
        command += ["--option", option]
    return command + ["-"]


# ---------------------------------------------------------------------------------------------
# Records: what is sent to lede, under which id, and how a failure is named.

ID_PATTERN = re.compile(rb'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')
# A record that opens with its id, as most do: its id is read without parsing the whole line.
LEADING_ID_PATTERN = re.compile(rb'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")\s*,')


def content_id(text):
    """The id given to a record that has none: a hash of its text, the same on every run and
    whatever the partitioning (lede alone would name it by its line in the partition)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def prepare_record(line):
    """(the line to send, the id lede will give it, a name for messages) for one input line, as
    UTF-8 bytes; None for a blank line, which lede skips."""
    if not line.strip():
        return None
    leading = LEADING_ID_PATTERN.match(line)
    if leading:
        identifier = json.loads(leading.group(1))
        return line, identifier, identifier
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if isinstance(record, dict):
        identifier = record.get("id")
        if identifier is None and isinstance(record.get("text"), str):
            record["id"] = content_id(record["text"])
            return json.dumps(record, ensure_ascii=True).encode("ascii"), record["id"], record["id"]
        if isinstance(identifier, str):
            return line, identifier, identifier
        if isinstance(identifier, (int, float)) and not isinstance(identifier, bool):
            return line, json.dumps(identifier), json.dumps(identifier)
    # Not a record lede can read: lede names it by its line; the message names it by its id
    # when one can be made out, else by its first characters.
    match = ID_PATTERN.search(line)
    if match:
        try:
            name = str(json.loads(match.group(1)))
        except ValueError:
            name = match.group(1).decode("utf-8", "replace")
    else:
        name = "a line starting " + json.dumps(line[:40].decode("utf-8", "replace"))
    return line, None, name


def text_file_record(path_and_text):
    """A JSON Lines record for one text file of --input text, named by its file name."""
    path, text = path_and_text
    return json.dumps({"id": os.path.basename(path), "text": text}, ensure_ascii=False).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------
# One partition through one lede process.

OUTPUT_ID_PATTERN = re.compile(rb'\{"id":("(?:[^"\\]|\\.)*")')


def lede_binary():
    """The lede binary of the unpacked tarball on this executor."""
    from pyspark import SparkFiles

    root = SparkFiles.get(ARCHIVE_ALIAS)
    for folder in [root] + sorted(os.path.join(root, name) for name in os.listdir(root)):
        binary = os.path.join(folder, "lede")
        if os.path.isfile(binary):
            if not os.access(binary, os.X_OK):
                os.chmod(binary, 0o755)
            return binary
    raise RuntimeError(f"no lede binary in the unpacked archive {root}")


class PartitionRun:
    """Feeds a partition's lines to lede on one thread, keeps lede's error stream on another, and
    pairs each document lede writes with the record it came from (lede keeps the input order and
    leaves out the records it cannot read)."""

    def __init__(self, binary, command, lines):
        self.records = []  # (id lede gives it, name for messages), in input order
        self.errors = []
        self.failures = []
        self.feed_error = None
        self.process = subprocess.Popen([binary] + command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.feeder = threading.Thread(target=self._feed, args=(lines,), daemon=True)
        self.reader = threading.Thread(target=self._read_errors, daemon=True)
        self.feeder.start()
        self.reader.start()

    def _feed(self, lines):
        try:
            for line in lines:
                prepared = prepare_record(line)
                if prepared is None:
                    continue
                sent, identifier, name = prepared
                self.records.append((identifier, name))
                self.process.stdin.write(sent + b"\n")
        except BrokenPipeError:
            pass
        except BaseException as error:  # reported by the task, not lost with this thread
            self.feed_error = error
        finally:
            try:
                self.process.stdin.close()
            except BrokenPipeError:
                pass

    def _read_errors(self):
        for raw in self.process.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.errors.append(line)
            print(line, file=sys.stderr)

    def documents(self):
        """Yields each document lede writes, as its line of UTF-8 bytes; after the last,
        `self.failures` holds (name, message) for each record lede left out."""
        left_out = []
        position = 0
        for line in self.process.stdout:
            line = line.rstrip(b"\n")
            match = OUTPUT_ID_PATTERN.match(line)
            identifier = json.loads(match.group(1)) if match else None
            # Every record before the one this document came from was left out by lede.
            while position < len(self.records) and self.records[position][0] != identifier:
                left_out.append(position)
                position += 1
            if position == len(self.records):
                raise RuntimeError(f"lede wrote a document with id {identifier!r} that was not sent to it")
            yield line
            position += 1
        self.feeder.join()
        self.reader.join()
        status = self.process.wait()
        if self.feed_error is not None:
            raise self.feed_error
        left_out += range(position, len(self.records))
        self.failures = [self._failure(position) for position in left_out]
        # Status 1 with every left-out record accounted for is lede's "some documents failed";
        # anything else (a crash, a usage error) fails the task, and Spark runs it again.
        if status != 0 and not (status == 1 and self.failures):
            raise RuntimeError(f"lede exited with status {status}: " + " | ".join(self.errors[-5:]))

    def _failure(self, position):
        """(name, lede's message) for the record at `position`, which lede left out."""
        identifier, name = self.records[position]
        # lede names a record by its id, or by its line on standard input when it has none.
        prefixes = ([f"lede: {identifier}: "] if identifier is not None else []) + [f"lede: stdin:{position + 1}: "]
        message = next((line[len(prefix):] for line in self.errors for prefix in prefixes if line.startswith(prefix)),
                       "not written by lede")
        print(f"lede-spark: record {name}: {message}", file=sys.stderr)
        return name, message


def annotate_partition(command, failed, listed, written):
    """The function each task runs over its partition's lines."""

    def annotate(lines):
        partition = PartitionRun(lede_binary(), command, lines)
        count = 0
        for line in partition.documents():
            count += 1
            yield line
        written.add(count)
        failed.add(len(partition.failures))
        listed.add(partition.failures[:LISTED_FAILURES])

    return annotate


# ---------------------------------------------------------------------------------------------
# Parquet rows.

def attribute_text(value):
    """An attribute as Spark SQL reads it: strings as they are, other values as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def document_row(line, layers):
    """A lede JSON document as a tuple: id, text, meta, then a list of annotations a layer."""
    document = json.loads(line)
    by_layer = {layer: [] for layer in layers}
    for annotation in document.get("annotations", []):
        annotations = by_layer.get(annotation["layer"])
        if annotations is not None:
            attrs = {key: attribute_text(value) for key, value in (annotation.get("attrs") or {}).items()}
            annotations.append((annotation["label"], annotation["start"], annotation["end"], annotation["text"], attrs))
    meta = {key: attribute_text(value) for key, value in (document.get("meta") or {}).items()}
    return (document["id"], document["text"], meta) + tuple(by_layer[layer] for layer in layers)


def parquet_schema(layers):
    from pyspark.sql.types import ArrayType, IntegerType, MapType, StringType, StructField, StructType

    annotation = StructType([
        StructField("label", StringType(), False),
        StructField("start", IntegerType(), False),
        StructField("end", IntegerType(), False),
        StructField("text", StringType(), False),
        StructField("attrs", MapType(StringType(), StringType(), True), False),
    ])
    return StructType(
        [StructField("id", StringType(), False), StructField("text", StringType(), False),
         StructField("meta", MapType(StringType(), StringType(), True), False)]
        + [StructField(layer, ArrayType(annotation, False), False) for layer in layers]
    )


# ---------------------------------------------------------------------------------------------
# The driver.

class LocalLede:
    """The tarball unpacked on the driver, to check the command line and list the layers before
    any executor starts."""

    def __init__(self, tarball):
        self.folder = tempfile.mkdtemp(prefix="lede-spark-")
        with tarfile.open(tarball) as archive:
            archive.extractall(self.folder, filter="tar")
        binaries = [os.path.join(root, "lede") for root, _, files in os.walk(self.folder) if "lede" in files]
        if not binaries:
            raise SystemExit(f"annotate.py: {tarball}: no lede binary in it (make one with `make dist`)")
        self.binary = binaries[0]

    def close(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def check(self, command):
        """Runs the command on no input: a usage error ends the job before it starts."""
        result = subprocess.run([self.binary] + command, input=b"", capture_output=True)
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode("utf-8", "replace"))
            raise SystemExit(2)

    def layers(self, arguments):
        """The layers a chain writes: those named by --layers, else every layer made by the
        annotators run (those of --with, less --without, and the ones they require)."""
        listing = subprocess.run([self.binary, "annotators", "--format", "jsonl"], capture_output=True, check=True)
        annotators = [json.loads(line) for line in listing.stdout.decode("utf-8").splitlines() if line]
        if arguments.layers:
            return [layer.strip() for layer in arguments.layers.split(",") if layer.strip()]
        split = lambda names: [name for name in re.split(r"[,\s]+", names or "") if name]
        chosen = split(arguments.with_annotators) or [annotator["name"] for annotator in annotators]
        chosen = [name for name in chosen if name not in split(arguments.without)]
        producer = {layer: annotator for annotator in annotators for layer in annotator["produces"]}
        by_name = {annotator["name"]: annotator for annotator in annotators}
        wanted, layers = [by_name[name] for name in chosen if name in by_name], []
        while wanted:
            annotator = wanted.pop()
            for layer in annotator["produces"]:
                if layer not in layers:
                    layers.append(layer)
                    wanted += [producer[required] for required in annotator["requires"] if required in producer]
        ordered = [layer for annotator in annotators for layer in annotator["produces"] if layer in layers]
        clashes = [layer for layer in ordered if layer in DOCUMENT_COLUMNS]
        if clashes:
            raise SystemExit(f"annotate.py: a layer is named like a document column: {', '.join(clashes)}")
        return ordered


def list_accumulator_param():
    from pyspark.accumulators import AccumulatorParam

    class ListParam(AccumulatorParam):
        def zero(self, value):
            return []

        def addInPlace(self, first, second):
            first.extend(second)
            return first[:LISTED_FAILURES]

    return ListParam()


def main(argv):
    arguments = parse_arguments(argv)
    if not os.path.isfile(arguments.lede):
        print(f"annotate.py: --lede {arguments.lede}: no such file (make one with `make dist`)", file=sys.stderr)
        return 2
    if "://" not in arguments.dest and os.path.exists(arguments.dest):
        print(f"annotate.py: {arguments.dest} exists already; name a new folder", file=sys.stderr)
        return 2
    command = lede_arguments(arguments)
    local = LocalLede(arguments.lede)
    try:
        local.check(command)
        layers = local.layers(arguments)
    finally:
        local.close()

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("lede annotate").getOrCreate()
    context = spark.sparkContext
    context.setLogLevel(os.environ.get("LEDE_SPARK_LOG_LEVEL", "WARN"))
    context.addArchive(os.path.abspath(arguments.lede) + "#" + ARCHIVE_ALIAS)
    partitions = arguments.partitions
    if arguments.input == "text":
        lines = context.wholeTextFiles(arguments.source, minPartitions=partitions).map(text_file_record)
    else:
        lines = context.textFile(arguments.source, minPartitions=partitions, use_unicode=False)

    written = context.accumulator(0)
    failed = context.accumulator(0)
    listed = context.accumulator([], list_accumulator_param())
    documents = lines.mapPartitions(annotate_partition(command, failed, listed, written), preservesPartitioning=True)
    if arguments.format == "parquet":
        rows = documents.map(lambda line: document_row(line, layers))
        spark.createDataFrame(rows, parquet_schema(layers)).write.parquet(arguments.dest)
    else:
        documents.saveAsTextFile(arguments.dest)
    spark.stop()

    print(f"lede-spark: {written.value} documents written to {arguments.dest}", file=sys.stderr)
    if failed.value:
        print(f"lede-spark: {failed.value} record{'s' if failed.value != 1 else ''} failed:", file=sys.stderr)
        for name, message in listed.value[:LISTED_FAILURES]:
            print(f"  {name}: {message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
