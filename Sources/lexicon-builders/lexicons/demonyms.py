"""demonyms: Sources/LedeEnglish/Resources/demonyms.tsv (word, country, countryName).

Nationality adjectives and people nouns with the country's ISO code and canonical name (as in
the gazetteer), and NORP group words with no country: the hand tables first, then countryinfo's
demonyms, then WordNet adjectives that are pertainyms of a country."""
import re

from . import sources
from .places import Countries, wn_country_map
from .sources import clean
from .wordnet import WordNet, wn_text
from .words import Words

DEMONYMS_TSV = sources.LANGUAGE_OUT / "demonyms.tsv"

# Demonym words written by hand: word -> ISO2 ('' for no country). These take precedence over
# countryinfo and WordNet; they add people nouns and plurals the sources lack and settle the
# ambiguous ones (Congolese -> CD, Dominican -> DO, Korean -> KR).
DEMONYM_OVERRIDES = {
    # United Kingdom and its nations
    "British": "GB", "Briton": "GB", "Britons": "GB", "Brit": "GB", "Brits": "GB",
    "English": "GB", "Englishman": "GB", "Englishmen": "GB", "Englishwoman": "GB",
    "Scottish": "GB", "Scot": "GB", "Scots": "GB", "Scotsman": "GB", "Scotsmen": "GB",
    "Welsh": "GB", "Welshman": "GB", "Northern Irish": "GB", "Ulsterman": "GB",
    # United States
    "American": "US", "Americans": "US", "Soviet": "", "Soviets": "",
    # Middle East
    "Emirati": "AE", "Emiratis": "AE", "Saudi": "SA", "Saudis": "SA", "Saudi Arabian": "SA",
    "Israeli": "IL", "Israelis": "IL", "Palestinian": "PS", "Palestinians": "PS",
    "Iranian": "IR", "Iranians": "IR", "Persian": "IR", "Iraqi": "IQ", "Iraqis": "IQ",
    "Syrian": "SY", "Syrians": "SY", "Lebanese": "LB", "Jordanian": "JO", "Jordanians": "JO",
    "Egyptian": "EG", "Egyptians": "EG", "Yemeni": "YE", "Yemenis": "YE", "Omani": "OM",
    "Omanis": "OM", "Qatari": "QA", "Qataris": "QA", "Kuwaiti": "KW", "Kuwaitis": "KW",
    "Bahraini": "BH", "Bahrainis": "BH", "Turkish": "TR", "Turk": "TR", "Turks": "TR",
    "Afghan": "AF", "Afghans": "AF", "Afghani": "AF", "Cypriot": "CY", "Cypriots": "CY",
    # Europe
    "French": "FR", "Frenchman": "FR", "Frenchmen": "FR", "Frenchwoman": "FR",
    "Irish": "IE", "Irishman": "IE", "Irishmen": "IE", "Dutch": "NL", "Dutchman": "NL",
    "Danish": "DK", "Dane": "DK", "Danes": "DK", "Swedish": "SE", "Swede": "SE", "Swedes": "SE",
    "Finnish": "FI", "Finn": "FI", "Finns": "FI", "Norwegian": "NO", "Norwegians": "NO",
    "Icelandic": "IS", "Icelander": "IS", "Icelanders": "IS", "Polish": "PL", "Pole": "PL",
    "Poles": "PL", "Spanish": "ES", "Spaniard": "ES", "Spaniards": "ES", "Portuguese": "PT",
    "Swiss": "CH", "German": "DE", "Germans": "DE", "Austrian": "AT", "Austrians": "AT",
    "Czech": "CZ", "Czechs": "CZ", "Slovak": "SK", "Slovaks": "SK", "Slovene": "SI",
    "Slovenes": "SI", "Slovenian": "SI", "Croat": "HR", "Croats": "HR", "Croatian": "HR",
    "Serb": "RS", "Serbs": "RS", "Serbian": "RS", "Bosnian": "BA", "Bosnians": "BA",
    "Bosniak": "BA", "Bosniaks": "BA", "Kosovar": "XK", "Kosovars": "XK", "Macedonian": "MK",
    "Greek": "GR", "Greeks": "GR", "Hungarian": "HU", "Hungarians": "HU", "Romanian": "RO",
    "Romanians": "RO", "Bulgarian": "BG", "Bulgarians": "BG", "Ukrainian": "UA",
    "Ukrainians": "UA", "Russian": "RU", "Russians": "RU", "Belarusian": "BY",
    "Belarusians": "BY", "Moldovan": "MD", "Moldovans": "MD", "Luxembourger": "LU",
    "Luxembourgers": "LU", "Luxembourgish": "LU", "Belgian": "BE", "Belgians": "BE",
    "Maltese": "MT", "Monegasque": "MC", "Italian": "IT", "Italians": "IT",
    # Asia and Oceania
    "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "Koreans": "KR", "South Korean": "KR",
    "South Koreans": "KR", "North Korean": "KP", "North Koreans": "KP", "Taiwanese": "TW",
    "Vietnamese": "VN", "Thai": "TH", "Thais": "TH", "Filipino": "PH", "Filipinos": "PH",
    "Filipina": "PH", "Philippine": "PH", "Indonesian": "ID", "Indonesians": "ID",
    "Malaysian": "MY", "Malaysians": "MY", "Singaporean": "SG", "Singaporeans": "SG",
    "Burmese": "MM", "Cambodian": "KH", "Cambodians": "KH", "Laotian": "LA",
    "Lao": "LA", "Indian": "IN", "Indians": "IN", "Pakistani": "PK", "Pakistanis": "PK",
    "Bangladeshi": "BD", "Bangladeshis": "BD", "Sri Lankan": "LK", "Sri Lankans": "LK",
    "Nepali": "NP", "Nepalese": "NP", "Bhutanese": "BT", "Maldivian": "MV", "Mongolian": "MN",
    "Kazakh": "KZ", "Kazakhs": "KZ", "Kazakhstani": "KZ", "Uzbek": "UZ", "Uzbeks": "UZ",
    "Kyrgyz": "KG", "Tajik": "TJ", "Tajiks": "TJ", "Turkmen": "TM", "Azerbaijani": "AZ",
    "Azerbaijanis": "AZ", "Azeri": "AZ", "Azeris": "AZ", "Armenian": "AM", "Armenians": "AM",
    "Georgian": "GE", "Georgians": "GE", "Australian": "AU", "Australians": "AU",
    "New Zealander": "NZ", "New Zealanders": "NZ", "Kiwi": "NZ", "Fijian": "FJ",
    "Papua New Guinean": "PG", "Samoan": "WS",
    # Africa
    "Congolese": "CD", "Nigerian": "NG", "Nigerians": "NG", "Nigerien": "NE",
    "Nigeriens": "NE", "South African": "ZA", "South Africans": "ZA", "Sudanese": "SD",
    "South Sudanese": "SS", "Ethiopian": "ET", "Ethiopians": "ET", "Eritrean": "ER",
    "Eritreans": "ER", "Somali": "SO", "Somalis": "SO", "Kenyan": "KE", "Kenyans": "KE",
    "Ugandan": "UG", "Ugandans": "UG", "Rwandan": "RW", "Rwandans": "RW", "Tanzanian": "TZ",
    "Ivorian": "CI", "Ivorians": "CI", "Ghanaian": "GH", "Ghanaians": "GH", "Senegalese": "SN",
    "Malian": "ML", "Malians": "ML", "Burkinabe": "BF", "Guinean": "GN", "Guineans": "GN",
    "Moroccan": "MA", "Moroccans": "MA", "Algerian": "DZ", "Algerians": "DZ",
    "Tunisian": "TN", "Tunisians": "TN", "Libyan": "LY", "Libyans": "LY", "Zimbabwean": "ZW",
    "Zimbabweans": "ZW", "Mozambican": "MZ", "Angolan": "AO", "Cameroonian": "CM",
    "Chadian": "TD", "Malagasy": "MG", "Beninese": "BJ", "Togolese": "TG",
    # Americas
    "Canadian": "CA", "Canadians": "CA", "Mexican": "MX", "Mexicans": "MX",
    "Brazilian": "BR", "Brazilians": "BR", "Argentine": "AR", "Argentines": "AR",
    "Argentinian": "AR", "Argentinians": "AR", "Chilean": "CL", "Chileans": "CL",
    "Colombian": "CO", "Colombians": "CO", "Venezuelan": "VE", "Venezuelans": "VE",
    "Peruvian": "PE", "Peruvians": "PE", "Bolivian": "BO", "Ecuadorian": "EC",
    "Uruguayan": "UY", "Paraguayan": "PY", "Cuban": "CU", "Cubans": "CU", "Haitian": "HT",
    "Haitians": "HT", "Dominican": "DO", "Dominicans": "DO", "Puerto Rican": "PR",
    "Puerto Ricans": "PR", "Jamaican": "JM", "Jamaicans": "JM", "Guatemalan": "GT",
    "Honduran": "HN", "Salvadoran": "SV", "Salvadorans": "SV", "Nicaraguan": "NI",
    "Costa Rican": "CR", "Panamanian": "PA", "Greenlandic": "GL", "Greenlander": "GL",
}

# NORP words with no country: supranational, religious, ethnic and political groups.
NORP_WORDS = [
    # supranational and regional
    "European", "Europeans", "Western", "Westerner", "Westerners", "African", "Africans",
    "Asian", "Asians", "Arab", "Arabs", "Arabian", "Latin American", "Latin Americans",
    "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas", "Middle Eastern",
    "Scandinavian", "Scandinavians", "Nordic", "Baltic", "Balkan", "Slavic", "Caucasian",
    "North American", "South American", "Central American", "Pan-African", "Pan-Arab",
    "Sub-Saharan", "Anglo-Saxon", "Eurasian", "Transatlantic",
    # religious
    "Muslim", "Muslims", "Moslem", "Islamic", "Islamist", "Islamists", "Christian",
    "Christians", "Jewish", "Jew", "Jews", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites",
    "Shi'ite", "Shi'ites", "Alawite", "Alawites", "Druze", "Hindu", "Hindus", "Buddhist",
    "Buddhists", "Sikh", "Sikhs", "Catholic", "Catholics", "Protestant", "Protestants",
    "Evangelical", "Evangelicals", "Orthodox", "Mormon", "Mormons", "Anglican", "Anglicans",
    "Lutheran", "Lutherans", "Methodist", "Methodists", "Baptist", "Baptists", "Coptic",
    "Copt", "Copts", "Maronite", "Maronites", "Yazidi", "Yazidis", "Salafi", "Salafist",
    "Salafists", "Wahhabi", "Zionist", "Zionists", "Hasidic", "Haredi",
    # ethnic groups spanning states
    "Kurdish", "Kurd", "Kurds", "Pashtun", "Pashtuns", "Baloch", "Tamil", "Tamils",
    "Hutu", "Hutus", "Tutsi", "Tutsis", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya",
    "Tibetan", "Tibetans", "Tatar", "Tatars", "Berber", "Berbers", "Bedouin", "Bedouins",
    "Basque", "Basques", "Catalan", "Catalans", "Chechen", "Chechens", "Roma", "Sami",
    "Aboriginal", "Amazigh", "Hazara", "Hazaras", "Druzes",
    # political groups
    "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
    "Tory", "Tories", "Communist", "Communists", "Socialist", "Socialists", "Marxist",
    "Marxists", "Maoist", "Maoists", "Fascist", "Fascists", "Nazi", "Nazis", "Neo-Nazi",
    "Neo-Nazis", "Bolshevik", "Bolsheviks", "Ba'athist", "Baathist", "Liberals",
    "Social Democrats", "Christian Democrats", "Greens", "Jihadist", "Jihadists",
]
# Political NORP words whose country is clear: none are assigned one.

# Words the sources give as demonyms that are not used as such in English text.
DEMONYM_DROP = {"Maroc", "Tai", "Tais", "Norse", "Norses", "Afghanis"}


def plural(word: str) -> str | None:
    """Plural people noun of a demonym ("Iranian" -> "Iranians", "Israeli" -> "Israelis"), or
    None where the plural is not formed with -s ("British", "Chinese", "Motswana")."""
    last = word.split()[-1]
    if re.search(r"(an|i|er|ot|ek|ik)$", last) and not last.endswith("ese"):
        return word + "s"
    return None


def build_demonyms(countries: Countries, wn: WordNet, words: Words):
    codes = set(countries.codes())
    # word -> (priority, population-sorted code); lower priority wins.
    table: dict[str, tuple[int, str]] = {}

    country_names = set()
    for code in countries.codes():
        country_names.update(countries.surfaces(code))

    def put(word: str, code: str, priority: int):
        word = clean(word)
        if not word or not word[0].isupper() or (code and code not in codes):
            return
        if priority > 0 and (word in country_names or word in DEMONYM_DROP
                             or " and " in word or len(word.split()) > 2):
            return   # "Burundi", "Kittian and Nevisian"
        old = table.get(word)
        if old is None or priority < old[0] or (
                priority == old[0] and code and old[1]
                and countries.population(code) > countries.population(old[1])):
            table[word] = (priority, code)

    for word, code in DEMONYM_OVERRIDES.items():
        put(word, code, 0)
    for word in NORP_WORDS:
        put(word, DEMONYM_OVERRIDES.get(word, ""), 0)
    for code in sorted(countries.info):
        dem = countries.info[code].get("demonym") or ""
        if code not in codes:
            continue
        for part in dem.split(","):
            part = part.strip()
            if not part:
                continue
            put(part, code, 1)
            p = plural(part)
            if p:
                put(p, code, 1)
    # WordNet adjectives that are pertainyms of a country ("Iranian" \ Iran).
    surf_to_code = {}
    for code in countries.codes():
        for s in countries.surfaces(code):
            surf_to_code.setdefault(s, code)
    wn_countries = wn_country_map(wn, surf_to_code)
    for s in wn.adjectives():
        for lemma in s.lemmas:
            if not lemma[0].isupper():
                continue
            targets = set()
            for sym, pos, off, st in s.ptrs:
                if sym == "\\" and pos == "n" and off in wn_countries:
                    src = int(st[:2], 16)
                    if src == 0 or s.lemmas[src - 1] == lemma:
                        targets.add(wn_countries[off])
            if len(targets) == 1:
                code = targets.pop()
                word = wn_text(lemma)
                put(word, code, 2)
                p = plural(word)
                if p:
                    put(p, code, 2)
    rows = []
    for word in sorted(table):
        code = table[word][1]
        rows.append((word, code, countries.canonical(code) if code else ""))
    return rows


def build(inputs):
    return [(DEMONYMS_TSV, ["word", "country", "countryName"], inputs.demonyms)]
