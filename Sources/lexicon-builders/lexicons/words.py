"""words: Sources/LedeEnglish/Resources/words.tsv (word, level, capRatio) from SCOWL and the spaCy
lexeme probabilities; the SCOWL reader and the "ordinary English word" test the other families
use."""
import gzip
import json
import math
import pathlib
import re

from . import sources

WORDS_TSV = sources.LANGUAGE_OUT / "words.tsv"

SCOWL_MAX_LEVEL = 50                # SCOWL size levels 10..50 are "ordinary English words"
LEXEME_TOP_LOWER = 60_000           # lexeme-table-only words kept if among the top N lowercase
COMMON_MAX_CAP_RATIO = 0.5          # a SCOWL word is "common" unless mostly written capitalised


# ----------------------------------------------------------------------------------------------
# SCOWL levels (a word's commonness band: 10 = most common ... 95 = rarest)
# ----------------------------------------------------------------------------------------------


class Scowl:
    """The SCOWL lists of the Debian package (UTF-8 files named SPELLING[_variant_N]-KIND.LEVEL),
    read once. Words takes the english, american and british words of levels <= 50; titles
    takes every list and level, for lowercase words and for any entry lowercased."""
    SPELLINGS = ("english", "american", "british", "british_z", "canadian", "australian")
    FILE_RE = re.compile(r"(english|american|british|british_z|canadian|australian)"
                         r"(_variant_[12])?-(words|upper|abbreviations)\.(\d+)")

    def __init__(self, folder: pathlib.Path | None = None):
        folder = folder or sources.deb("scowl") / "usr" / "share" / "dict" / "scowl"
        self.lists = []   # (spelling, variant, kind, level, entries)
        for path in sorted(folder.iterdir()):
            m = self.FILE_RE.fullmatch(path.name)
            if m:
                entries = [w for w in path.read_text(encoding="utf-8").split("\n")
                           if w and not w.endswith("'s")]
                self.lists.append((m.group(1), bool(m.group(2)), m.group(3), int(m.group(4)),
                                   entries))

    def levels(self, spellings=SPELLINGS, variants: bool = True, kinds=("words",),
               max_level: int = 95, lowercase_only: bool = True) -> dict[str, int]:
        """Lowercased entry -> its smallest level among the lists of SPELLINGS (and their
        variant lists if VARIANTS) of KINDS up to MAX_LEVEL. With LOWERCASE_ONLY, entries
        written with a capital are left out."""
        out: dict[str, int] = {}
        for spelling, variant, kind, level, entries in self.lists:
            if (spelling not in spellings or (variant and not variants) or kind not in kinds
                    or level > max_level):
                continue
            for word in entries:
                key = word.lower()
                if lowercase_only and word != key:
                    continue
                if level < out.get(key, 999):
                    out[key] = level
        return out


# ----------------------------------------------------------------------------------------------
# The spaCy lexeme probabilities and the "ordinary English word" test
# ----------------------------------------------------------------------------------------------


def load_lexeme_probs() -> dict[str, float]:
    path = (sources.wheel("spacy-lookups-data") / "spacy_lookups_data" / "data"
            / "en_lexeme_prob.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def cap_ratio(word: str, probs: dict[str, float]) -> float | None:
    """Share of the capitalised form among lower + Title forms of WORD, or None if unknown."""
    lower = word.lower()
    title = lower[:1].upper() + lower[1:]
    pl, pt = probs.get(lower), probs.get(title)
    if pl is None and pt is None:
        return None
    el = math.exp(pl) if pl is not None else 0.0
    et = math.exp(pt) if pt is not None else 0.0
    return et / (el + et)


class Words:
    """Decides whether a surface is an ordinary English word."""

    def __init__(self, scowl: Scowl, probs: dict[str, float]):
        # lowercase word -> smallest SCOWL level (english, american and british words, <= 50)
        self.scowl = scowl.levels(spellings=("english", "american", "british"), variants=False,
                                  max_level=SCOWL_MAX_LEVEL)
        self.probs = probs

    def in_scowl(self, surface: str) -> bool:
        return surface.lower() in self.scowl

    def common(self, surface: str) -> bool:
        """True when SURFACE, lowercased, is a SCOWL (<= 50) word that is not mostly written
        capitalised ("Nice", "Reading", "Split"; not "China", "Turkey", "Congress")."""
        lower = surface.lower()
        if lower not in self.scowl:
            return False
        ratio = cap_ratio(lower, self.probs)
        return ratio is None or ratio < COMMON_MAX_CAP_RATIO


# ----------------------------------------------------------------------------------------------
# words.tsv
# ----------------------------------------------------------------------------------------------

WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def build_words(scowl: dict[str, int], probs: dict[str, float]):
    lower_tokens = sorted(((p, w) for w, p in probs.items() if WORD_RE.fullmatch(w)),
                          key=lambda x: (-x[0], x[1]))
    top = {w for _, w in lower_tokens[:LEXEME_TOP_LOWER]}
    rows = []
    for w in sorted(set(scowl) | top):
        if not WORD_RE.fullmatch(w):
            continue
        r = cap_ratio(w, probs)
        rows.append((w, scowl.get(w, ""), "" if r is None else f"{r:.3f}"))
    return rows


def build(inputs):
    words = inputs.words
    return [(WORDS_TSV, ["word", "level", "capRatio"], build_words(words.scowl, words.probs))]
