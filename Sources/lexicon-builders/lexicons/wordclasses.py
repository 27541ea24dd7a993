"""wordnet-classes.tsv: the parts of speech WordNet 3.0 gives each English word (n noun, v verb,
a adjective, r adverb), for the part-of-speech tagger's features. Single-word lemmas of the
index files, and the irregular inflections of the exception lists (ran → v, mice → n, better →
a r); regular inflections are left to the reader's suffix rules (WordNet's own "morphy")."""
from . import sources

WORDNET_CLASSES_TSV = sources.ROOT / "Sources/LedeEnglish/Resources/wordnet-classes.tsv"
PARTS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
ORDER = "nvar"


def build(inputs):
    folder = sources.deb("wordnet-base") / "usr" / "share" / "wordnet"
    classes: dict[str, set[str]] = {}
    for letter, part in PARTS.items():
        with open(folder / f"index.{part}", encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                lemma = line.split(" ", 1)[0]
                if "_" not in lemma and lemma.isascii():
                    classes.setdefault(lemma, set()).add(letter)
        with open(folder / f"{part}.exc", encoding="utf-8") as f:
            for line in f:
                form = line.split(" ", 1)[0]
                if "_" not in form and form.isascii():
                    classes.setdefault(form, set()).add(letter)
    rows = [(word, "".join(c for c in ORDER if c in letters)) for word, letters in classes.items()]
    return [(WORDNET_CLASSES_TSV, ["word", "classes"], rows)]
