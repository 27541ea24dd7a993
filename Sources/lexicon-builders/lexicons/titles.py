"""titles: Sources/LedeEnglish/Resources/titles.tsv (phrase, kind, gender): WordNet noun.person
lemmas under the seeds below, filtered by SCOWL level and reviewed, and the hand tables (general
English news vocabulary; none was chosen from evaluation articles)."""
import re

from . import sources
from .sources import phrase_list
from .wordnet import WordNet

TITLES_TSV = sources.LANGUAGE_OUT / "titles.tsv"

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
    # occupations written lowercase before a name ("forecaster Jo Kim", "salesman Dan Ruiz")
    "salesperson.n.01", "forecaster.n.01", "meteorologist.n.01", "futurist.n.01",
    "craftsman.n.03", "critic.n.01",
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
potter weaver thatcher carver thrower wheeler splicer predictor prognosticator sibyl
soothsayer woodman woodsman fortune_teller palmist astrologer stylist hard_hat journeyman
joiner cartwright wheelwright die-sinker gold-beater rope-maker window_trimmer book_agent
""".split())

# Reviewed additions: news titles that WordNet lacks or that the filters above drop
# (multi-sense words such as "chair" and "justice", hyphenated and abbreviated forms).
TITLE_HEADS_HAND = """
assistant, personal assistant, queen consort, prince consort,
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
acting, assistant, consort, associate, chief, co, deputy, executive, first, former, general, head,
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
    """LOWER: SCOWL levels of lowercase words; ANYCASE: of any entry lowercased."""
    def level(lemma: str, table: dict[str, int]) -> int:
        return max(table.get(p, 999) for p in re.split(r"[_\- ]", lemma) if p)

    heads: dict[str, str] = {}       # phrase -> origin ("wordnet" / "hand")
    for seed in TITLE_SEEDS:
        root = wn.synset(seed)
        assert root.lexfile == WordNet.LEX_PERSON, seed
        for offset in sorted(wn.below(root.offset)):
            for word in wn.get("n", offset).lemmas:
                key = word.lower()
                senses = wn.senses(key)
                if offset not in senses or senses.index(offset) >= TITLE_MAX_SENSE:
                    continue                                   # a rare sense of this word
                if wn.get("n", senses[0]).lexfile != WordNet.LEX_PERSON:
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


def build(inputs):
    scowl = inputs.scowl
    lower = scowl.levels()
    anycase = scowl.levels(kinds=("words", "upper", "abbreviations"), lowercase_only=False)
    return [(TITLES_TSV, ["phrase", "kind", "gender"],
             build_titles(inputs.wordnet, lower, anycase))]
