"""speech: Sources/LedeEnglish/Resources/speech-verbs.tsv (form, lemma, kind): every inflection
(lemminflect) of the hand-listed reporting verbs and phrasal cues, and fixed cues. WordNet's
verb.communication is only checked (the lemmas outside it are listed in DATA-SOURCES.md)."""
import csv
import gzip

from . import sources
from .sources import phrase_list
from .wordnet import WordNet

SPEECH_TSV = sources.LANGUAGE_OUT / "speech-verbs.tsv"

# Reporting verbs that introduce direct or indirect speech in news copy. Cognition verbs
# (believe, think, hope, fear) are left out on purpose; call and describe are kept for the
# fragments they quote ("called the floods ‘the worst in a generation’"), rule and find for courts.
# British and American spellings are both listed.
SPEECH_VERBS = """
say, tell, add, claim, deny, warn, insist, argue, note, state, explain, announce, acknowledge,
admit, write, tweet, post, urge, confirm, reply, respond, conclude, concede, declare, stress,
emphasise, emphasize, allege, caution, vow, pledge, reveal, testify, complain, joke, quip, sigh,
grumble, ask, assert, maintain, suggest, predict, estimate, report, recall, remark, observe,
reiterate, underline, underscore, contend, promise, threaten, demand, comment, mention,
disclose, indicate, agree, counter, retort, answer, shout, scream, yell, whisper, murmur,
mutter, exclaim, cry, plead, beg, implore, propose, recommend, advise, inform, assure,
reassure, boast, brag, lament, bemoan, protest, criticise, criticize, condemn, denounce,
decry, deplore, accuse, charge, forecast, speculate, hint, imply, signal, specify, clarify,
elaborate, continue, summarise, summarize, wonder, question, inquire, enquire, muse, recount,
proclaim, affirm, reaffirm, guarantee, swear, interject, snap, scoff, laugh, chuckle, fume,
repeat, echo, remind, dispute, rebut, refute, confess, read, speak, reckon, opine, slam, blast,
call, rule, find, describe
"""
# Phrasal verbs: every form is generated from the verb's inflections, minus PHRASAL_SKIP.
SPEECH_PHRASAL = """
point out, go on, spell out, make clear, speak out, chime in, weigh in, lash out, fire back,
hit back, hit out, say in a statement, say in an interview, tell reporters, tell journalists,
tell the media, tell the press, tell a news conference, tell a press conference,
tell a briefing
"""
# forms of the phrasal verbs above that are mostly not about speech ("what is going on")
PHRASAL_SKIP = {"going on", "gone on", "go on"}
# Fixed cues that do not inflect.
SPEECH_FIXED = """
according to, in a statement, in a joint statement, in a statement to, in an interview,
in an interview with, in a speech, in a letter, in a post, in a post on, in a tweet,
in a video, in a televised address, in remarks, in comments, at a news conference,
at a press conference, at a briefing, in a briefing, quoted as saying, as saying,
speaking on condition of anonymity, on condition of anonymity, in a message, in a report,
in a filing, in a court filing, in testimony, in an email, in a blog post, in an op-ed,
in a news release, in a press release
"""
# Lemmas that carry a speech sense only as part of a phrase; their bare forms are not listed.
SPEECH_ONLY_IN_PHRASES: set[str] = set()


def lemminflect_table() -> dict[str, tuple[list[str], ...]]:
    """lemma -> (past, past participle, -ing, -s) forms for verbs, from infl_lu.csv.gz.
    Fields are slash-separated alternatives; an empty field repeats the field before it."""
    path = sources.wheel("lemminflect") / "lemminflect/resources/infl_lu.csv.gz"
    table: dict[str, tuple[list[str], ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) < 3 or row[1] != "verb":
                continue
            fields, previous = [], [row[0]]
            for cell in row[2:6] + [""] * (6 - len(row)):
                forms = [x for x in cell.split("/") if x] if cell else previous
                fields.append(forms)
                previous = forms
            table[row[0]] = tuple(fields)
    return table


def inflect(lemma: str, table: dict) -> list[str]:
    if lemma not in table:
        raise SystemExit(f"speech verbs: lemminflect has no verb entry for {lemma!r}")
    forms = [lemma]
    for field in table[lemma]:
        forms.extend(field)
    # drop archaic alternatives the SPECIALIST lexicon lists ("saith", "spake")
    archaic = {"saith", "sayeth", "spake", "spoken"} - ({"spoken"} if lemma == "speak" else set())
    out = []
    for form in forms:
        if form not in out and form not in archaic:
            out.append(form)
    return out


def build_speech_verbs() -> list[tuple]:
    table = lemminflect_table()
    rows: set[tuple[str, str, str]] = set()
    lemmas = sorted(set(phrase_list(SPEECH_VERBS)))
    for lemma in lemmas:
        if lemma in SPEECH_ONLY_IN_PHRASES:
            continue
        for form in inflect(lemma, table):
            rows.add((form, lemma, "verb"))
    for phrase in sorted(set(phrase_list(SPEECH_PHRASAL))):
        verb, _, rest = phrase.partition(" ")
        for form in inflect(verb, table):
            if f"{form} {rest}" not in PHRASAL_SKIP:
                rows.add((f"{form} {rest}", phrase, "phrase"))
    for phrase in sorted(set(phrase_list(SPEECH_FIXED))):
        rows.add((phrase, phrase, "phrase"))
    return sorted(rows, key=lambda r: (r[2] != "verb", r[1], r[0]))


def not_communication(wn: WordNet) -> list[str]:
    """The listed lemmas that WordNet does not file under verb.communication."""
    missing = []
    for lemma in sorted(set(phrase_list(SPEECH_VERBS))) + sorted(set(phrase_list(SPEECH_PHRASAL))):
        key = lemma.replace(" ", "_")
        if WordNet.LEX_COMMUNICATION not in wn.lexfiles(key, "v"):
            missing.append(lemma)
    return missing


def build(inputs):
    rows = build_speech_verbs()
    print("speech verbs not in WordNet verb.communication: "
          + ", ".join(not_communication(inputs.wordnet)))
    return [(SPEECH_TSV, ["form", "lemma", "kind"], rows)]
