#!/usr/bin/env python3
"""Builds lede's lexicon TSVs from pinned, licensed upstream packages (see README.md).

    python3 Sources/lexicon-builders/build.py [family ...]

Families: places, demonyms, names, words, organizations, titles, speech, currencies, units,
wordclasses
(the modules of lexicons/); without arguments, all of them. A family that needs another's
data (places: the demonyms and names; organizations: the gazetteer) computes it in memory
without writing it. The build also writes the licence texts of every package it read into
licenses/ and rewrites the DATA-SOURCES.md sections of the families built. The output is
deterministic: every set is sorted before it is written.
"""
import functools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from lexicons import (currencies, demonyms, licences, names, organizations,  # noqa: E402
                      places, sources, speech, titles, units, wordclasses, words)
from lexicons.wordnet import WordNet  # noqa: E402

FAMILIES = {"places": places, "demonyms": demonyms, "names": names, "words": words,
            "organizations": organizations, "titles": titles, "speech": speech,
            "currencies": currencies, "units": units, "wordclasses": wordclasses}
# The sections of DATA-SOURCES.md: (title, the families it describes, its text).
SECTIONS = [(licences.LANGUAGE_TITLE, {"titles", "speech", "currencies", "units", "wordclasses"},
             licences.language_section),
            (licences.PLACES_TITLE, {"places", "demonyms", "names", "words", "organizations"},
             licences.places_section)]


class Inputs:
    """The data that several families read, loaded on first use and then kept in memory. The
    families' build(inputs) functions ask for what they need. (In the methods, words, names and
    demonyms are the modules.)"""

    @functools.cached_property
    def wordnet(self) -> WordNet:
        return WordNet()

    @functools.cached_property
    def scowl(self) -> words.Scowl:
        return words.Scowl()

    @functools.cached_property
    def words(self) -> words.Words:
        return words.Words(self.scowl, words.load_lexeme_probs())

    @functools.cached_property
    def countries(self) -> places.Countries:
        return places.Countries()

    @functools.cached_property
    def names(self) -> tuple[list, list]:
        """(given-names rows, surnames rows)."""
        return names.build_given_names(), names.build_surnames()

    @functools.cached_property
    def demonyms(self) -> list[tuple]:
        return demonyms.build_demonyms(self.countries, self.wordnet, self.words)

    @functools.cached_property
    def gazetteer(self) -> places.Gazetteer:
        norp_words = {r[0] for r in self.demonyms}
        return places.build_gazetteer(self.words, self.countries, self.wordnet,
                                      names.person_names(*self.names), norp_words)


def main(argv: list[str]) -> None:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return
    unknown = [a for a in argv if a not in FAMILIES]
    if unknown:
        sys.exit(f"build: unknown famil{'ies' if len(unknown) > 1 else 'y'} "
                 f"{', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    chosen = set(argv or FAMILIES)
    inputs = Inputs()
    for name, module in FAMILIES.items():
        if name not in chosen:
            continue
        for path, header, rows in module.build(inputs):
            n = sources.write_tsv(path, header, rows)
            print(f"{path.relative_to(sources.ROOT)}: {n} rows, "
                  f"{path.stat().st_size / 1024:.0f} KiB")
    for title, families, text in SECTIONS:
        if families & chosen:
            licences.update_data_sources(title, text(inputs))
            print(f"DATA-SOURCES.md: section \"{title}\"")
    written = licences.copy_licences(sources.USED)
    print(f"{licences.LICENSES.relative_to(sources.ROOT)}/: {len(written)} licence texts of "
          f"{len(sources.USED)} packages")


if __name__ == "__main__":
    main(sys.argv[1:])
