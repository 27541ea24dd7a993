"""Inputs for the tests and benchmarks of the Spark example: a small corpus repeated to many
documents, each copy with an id of its own and a date, as a newsroom archive would have."""

import json


def repeat_corpus(source, documents, path):
    """Writes `documents` records to `path`, the records of the JSON Lines file `source` again
    and again; copy k of record "x" is "x#k", dated in 2023 or 2024 by turns. Returns the ids."""
    with open(source, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    ids = []
    with open(path, "w", encoding="utf-8") as out:
        for number in range(documents):
            record = dict(records[number % len(records)])
            copy = number // len(records)
            record["id"] = f"{record.get('id', 'record')}#{copy}"
            record["date"] = f"{2023 + copy % 2}-{1 + copy % 12:02d}-{1 + number % 28:02d}"
            ids.append(record["id"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return ids


def read_lines(folder):
    """The lines of Spark's part files in `folder`, in partition order."""
    import glob
    import os

    lines = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as text:
            lines += text.read().splitlines()
    return lines
