"""Load lede's spaCy exports into spaCy Docs with every attribute: the JSON of
`lede annotate --format spacy`, a Doc a line, or the DocBin of
`lede annotate --format docbin --output corpus.spacy`.

    import spacy
    from lede_spacy import docs_from_lede, docs_from_docbin

    nlp = spacy.blank("en")
    for doc in docs_from_docbin(nlp, "corpus.spacy"):   # or docs_from_lede(nlp, "annotated.jsonl")
        for quote in doc.spans["quotes"]:
            print(quote.text, "—", quote._.speaker)

Each line of the export is spaCy's `Doc.to_json()`, with lede's layers as span groups
(`doc.spans["quotes"]`, `["roles"]`, `["numbers"]`…), the entity-like layers as `doc.ents`,
the tokens' tags and lemmas, and each span's attributes under `underscore_span`. spaCy sets those
as `Span._` extensions only once they are registered, which `register_extensions` does: a
quote's `span._.speaker` and `._.cue`, a number's `._.value`, a role's `._.title`, `._.person`
and `._.org`, an entity's `._.canonical`. As spaCy keeps `Span._` values by character offsets,
they are also in `doc.user_data`, which `DocBin(store_user_data=True)` saves with the Docs.
"""

import json

from spacy.tokens import Doc, DocBin, Span


def register_extensions(names):
    """Registers each name as a `Span._` extension (default None), unless it already is one."""
    for name in names:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def doc_from_lede(vocab, data):
    """One Doc from one line of the export, already parsed (a dict)."""
    register_extensions(data.get("underscore_span", {}).keys())
    return Doc(vocab).from_json(data)


def docs_from_lede(nlp, path):
    """The Docs of an export file, one a line, in order."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield doc_from_lede(nlp.vocab, json.loads(line))


def docs_from_docbin(nlp, path):
    """The Docs of a DocBin file, their span attributes registered as `Span._` extensions."""
    for doc in DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab):
        register_extensions({key[1] for key in doc.user_data if isinstance(key, tuple) and key[:1] == ("._.",)})
        yield doc
