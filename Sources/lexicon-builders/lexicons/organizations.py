"""organizations: Plugins/Entities/Resources/organizations.tsv (surface, canonical, kind) from
the hand lists below, WordNet noun.group synsets and stock-index companies (pytickersymbols), and
org-cues.tsv (word, position): head words and cleanco's legal-form suffixes."""
import re

from . import names, sources
from .places import Gazetteer
from .sources import clean
from .wordnet import WN, Synset, WordNet, wn_text
from .words import Words

ENTITIES_OUT = sources.ROOT / "Plugins" / "Entities" / "Resources"
ORGANIZATIONS_TSV = ENTITIES_OUT / "organizations.tsv"
ORG_CUES_TSV = ENTITIES_OUT / "org-cues.tsv"

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


def build_organizations(wn: WordNet, words: Words, gz: Gazetteer, given: dict, surnames):
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
        surface, canonical = clean(surface), clean(canonical)
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
    indices = sources.module("pytickersymbols", "pytickersymbols.indices_data").INDICES
    companies = sorted({clean(c["name"]) for idx in indices.values()
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
    termdata = sources.module("cleanco", "cleanco.termdata")
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


def build(inputs):
    given_rows, surname_rows = inputs.names
    words = inputs.words
    return [(ORGANIZATIONS_TSV, ["surface", "canonical", "kind"],
             build_organizations(inputs.wordnet, words, inputs.gazetteer,
                                 names.given_counts(given_rows), surname_rows)),
            (ORG_CUES_TSV, ["word", "position"], build_org_cues(words))]
