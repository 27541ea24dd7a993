"""One reader of WordNet 3.0 (Debian wordnet-base; data.* and index.* files, ASCII) for every
family: natural features, regions and city names (places), country pertainyms (demonyms),
noun.group synsets (organizations), noun.person subtrees (titles), verb.communication (speech)."""
import collections
import pathlib
import re
import sys

from . import sources


class Synset:
    __slots__ = ("pos", "offset", "lexfile", "lemmas", "ptrs", "gloss")
    # ptrs: (symbol, target pos, target offset, source/target word numbers); the pos of an
    # adjective satellite ("s") is written "a".


class WordNet:
    # lexicographer file numbers (lexnames)
    LEX_ARTIFACT, LEX_GROUP, LEX_LOCATION, LEX_OBJECT, LEX_PERSON = 6, 14, 15, 17, 18
    LEX_COMMUNICATION = 32            # verb.communication
    FILES = {"n": "noun", "v": "verb", "a": "adj"}

    def __init__(self, folder: pathlib.Path | None = None):
        folder = folder or sources.deb("wordnet-base") / "usr" / "share" / "wordnet"
        self.synsets: dict[tuple[str, str], Synset] = {}
        self.index: dict[str, dict[str, list[str]]] = {}   # pos -> lemma -> offsets, sense order
        for pos, part in self.FILES.items():
            with open(folder / f"data.{part}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("  "):
                        continue                                  # licence header
                    data, _, gloss = line.partition(" | ")
                    t = data.split()
                    s = Synset()
                    s.offset, s.lexfile, s.pos = t[0], int(t[1]), pos
                    count, i, lemmas = int(t[3], 16), 4, []
                    for _ in range(count):
                        word = re.sub(r"\([a-z]+\)$", "", t[i])   # adjective markers (a), (p)
                        lemmas.append(word)                       # case as in WordNet
                        i += 2
                    pcount = int(t[i])
                    i += 1
                    ptrs = []
                    for _ in range(pcount):
                        ptrs.append((t[i], "a" if t[i + 2] == "s" else t[i + 2], t[i + 1], t[i + 3]))
                        i += 4
                    s.lemmas, s.ptrs, s.gloss = lemmas, ptrs, gloss.strip()
                    self.synsets[(pos, s.offset)] = s
            self.index[pos] = {}
            with open(folder / f"index.{part}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    t = line.split()
                    self.index[pos][t[0]] = t[-int(t[2]):]
        self.sorted = {pos: [s for (p, _), s in sorted(self.synsets.items()) if p == pos]
                       for pos in self.FILES}
        self.instances = collections.defaultdict(list)   # class offset -> instance synsets
        self.hyponyms = collections.defaultdict(list)    # class offset -> hyponym synsets
        for s in self.nouns():
            for sym, pos, off, _ in s.ptrs:
                if sym == "@i":
                    self.instances[off].append(s)
                elif sym == "@":
                    self.hyponyms[off].append(s)
        self.check()

    def nouns(self):
        return iter(self.sorted["n"])

    def adjectives(self):
        return iter(self.sorted["a"])

    def get(self, pos: str, offset: str) -> Synset:
        return self.synsets[(pos, offset)]

    def senses(self, lemma: str, pos: str = "n") -> list[str]:
        """Offsets of the synsets of LEMMA (lowercase, '_' for spaces), in sense order."""
        return self.index[pos].get(lemma, [])

    def synset(self, name: str) -> Synset:
        """'official.n.01' -> its synset (NLTK-style names: the n-th sense in index order)."""
        lemma, pos, number = name.rsplit(".", 2)
        return self.get(pos, self.senses(lemma, pos)[int(number) - 1])

    def lexfiles(self, lemma: str, pos: str) -> list[int]:
        return [self.get(pos, o).lexfile for o in self.senses(lemma, pos)]

    def targets(self, s: Synset, *symbols: str) -> list[Synset]:
        return [self.synsets[(pos, off)] for sym, pos, off, _ in s.ptrs if sym in symbols]

    def ancestors(self, s: Synset) -> set[str]:
        """Offsets of all hypernyms and instance hypernyms, transitively."""
        seen, stack = set(), [s]
        while stack:
            for h in self.targets(stack.pop(), "@", "@i"):
                if h.offset not in seen:
                    seen.add(h.offset)
                    stack.append(h)
        return seen

    def below(self, offset: str) -> set[str]:
        """The noun class OFFSET and all its (non-instance) hyponym classes, transitively.
        (In WordNet 3.0 the hyponym pointers "~" are exactly the inverted hypernym pointers "@".)"""
        seen, stack = {offset}, [offset]
        while stack:
            for h in self.hyponyms[stack.pop()]:
                if h.offset not in seen:
                    seen.add(h.offset)
                    stack.append(h.offset)
        return seen

    def instances_of(self, offset: str) -> list[Synset]:
        out = {}
        for cls in self.below(offset):
            for s in self.instances[cls]:
                out[s.offset] = s
        return [out[k] for k in sorted(out)]

    def check(self) -> None:
        """Fails loudly if an offset of WN does not name the expected synset (the key, or for
        the keys below, another lemma of it)."""
        lemma_of = {"international_organization": "world_organization",
                    "government_agency": "agency", "country_territory": "country",
                    "country_state": "state", "plateau": "tableland",
                    "legislative_house": "house", "administrative_council": "council",
                    "family_line": "family", "noble_house": "house", "church_council": "council",
                    "monastic_order": "order", "urban_area": "urban_area"}
        for key, offset in WN.items():
            lemma = lemma_of.get(key, key)
            s = self.synsets.get(("n", offset))
            if s is None or lemma not in s.lemmas:
                sys.exit(f"build: WordNet offset {offset} is not {lemma!r} "
                         f"({s.lemmas if s else 'missing'})")


def wn_text(lemma: str) -> str:
    return lemma.replace("_", " ")


# WordNet 3.0 synset offsets used by places, demonyms and organizations (noun unless noted).
# Offsets are stable in WordNet 3.0.
WN = {
    # organisations
    "organization": "08008335", "political_party": "08256968", "military_unit": "08198398",
    "international_organization": "08294696", "news_agency": "08355075",
    "terrorist_organization": "08392137", "political_movement": "08472335",
    "government_agency": "08337324", "company": "08058098", "business": "08061042",
    "corporation": "08059412", "newspaper": "08062970", "legislature": "08163273",
    "legislative_house": "08163025", "senate": "08161477", "congress": "08318691",
    "parliament": "08319198", "deliberative_assembly": "08295894",
    "administrative_council": "08310949", "court": "08329453", "armed_forces": "08199025",
    "military_service": "08198137", "guerrilla_force": "08197895", "paramilitary": "08207209",
    "police": "08209687", "law_enforcement_agency": "08348815", "intelligence": "08339454",
    "executive_department": "08123167", "ministry": "08114004",
    "government_department": "08119821", "high_command": "08405267",
    "civil_service": "08357258", "organized_crime": "08245172", "syndicate": "08246302",
    "religion": "08081668", "church": "08082602", "sect": "08149781",
    "denomination": "08146782", "monastic_order": "08147794", "dynasty": "07971582",
    "family_line": "07970721", "noble_house": "07971449", "ecumenical_council": "08312988",
    "church_council": "08312559", "team": "08208560", "baseball_club": "08079613",
    # places
    "country_territory": "08544813", "country_state": "08168978",
    "geographical_area": "08574314", "region": "08630985", "continent": "09254614",
    "sea": "09426788", "ocean": "09376198", "river": "09411430", "lake": "09328904",
    "mountain": "09359803", "mountain_peak": "09360122", "range": "09403734",
    "volcano": "09472597", "desert": "08505573", "strait": "09446115", "gulf": "09296121",
    "bay": "09215664", "canal": "02947212", "island": "09316454", "archipelago": "09203827",
    "peninsula": "09388848", "channel": "09241247", "valley": "09468604",
    "waterfall": "09475292", "isthmus": "09319604", "cape": "09233715", "hill": "09303008",
    "plateau": "09453008", "sound": "09440186", "inlet": "09313716", "estuary": "09274500",
    "glacier": "09289331", "national_park": "08600992", "forest": "09284015",
    "city": "08524735", "town": "08665504", "port": "08633957", "capital": "08518505",
    "municipality": "08626283", "urban_area": "08675967",
}
