"""names: Sources/LedeEnglish/Resources/given-names.tsv (name, pFemale, count) from nomquamgender
and the US 1990 census, and surnames.tsv (name, rank): the top US census surnames."""
import collections
import json
import pathlib
import re

from . import sources

GIVEN_NAMES_TSV = sources.LANGUAGE_OUT / "given-names.tsv"
SURNAMES_TSV = sources.LANGUAGE_OUT / "surnames.tsv"
GIVEN_NAME_MIN_COUNT = 100          # nomquamgender rows with fewer observations are dropped
SURNAME_TOP = 30_000                # top census surnames kept

US_1990_POPULATION = {"male": 121_239_418, "female": 127_470_455}   # 1990 census totals


def read_census(path: pathlib.Path):
    for line in path.read_text(encoding="ascii").splitlines():
        t = line.split()
        if len(t) == 4:
            yield t[0], float(t[1]), int(t[3])


def build_given_names():
    nqg, census = sources.wheel("nomquamgender"), sources.sdist("names")
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


def build_surnames():
    rows = []
    for name, _, rank in read_census(sources.sdist("names") / "names" / "dist.all.last"):
        if rank <= SURNAME_TOP and re.fullmatch(r"[A-Z]+", name):
            rows.append((name.lower(), rank))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


def given_counts(given_rows) -> dict[str, tuple[float, int]]:
    """name -> (P(female), count) of the given-names rows."""
    return {n: (float(p), int(c)) for n, p, c in given_rows}


def person_names(given_rows, surname_rows) -> set[str]:
    """Frequent person names, which a one-word WordNet place name must not be ("Adams" for
    Mount Adams, "Charles" for the Charles River)."""
    return ({n for n, (_, c) in given_counts(given_rows).items() if c >= 20_000}
            | {n for n, rank in surname_rows if rank <= 3_000})


def build(inputs):
    given_rows, surname_rows = inputs.names
    return [(GIVEN_NAMES_TSV, ["name", "pFemale", "count"], given_rows),
            (SURNAMES_TSV, ["name", "rank"], surname_rows)]
