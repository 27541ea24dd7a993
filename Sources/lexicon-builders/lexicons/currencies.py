"""currencies: Plugins/Numbers/Resources/currencies.tsv (surface, code, kind) from ISO 4217
(iso4217), CLDR 49 (babel), CLDR 41 root.xml symbols and the hand tables below."""
import datetime
import re
import xml.etree.ElementTree as ET

from . import sources
from .sources import clean, phrase_list

CURRENCIES_TSV = sources.ROOT / "Plugins" / "Numbers" / "Resources" / "currencies.tsv"

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


def iso4217_active() -> dict[str, str]:
    """Active ISO 4217 codes (not funds, metals, test codes) -> ISO currency name."""
    path = sources.wheel("iso4217") / "iso4217/table.xml"
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
    path = sources.cldr() / "common/main/root.xml"
    out = {}
    for currency in ET.parse(path).getroot().iter("currency"):
        for symbol in currency.findall("symbol"):
            if symbol.get("alt") in ("narrow", "variant") and symbol.text:
                out.setdefault(currency.get("type"), []).append(symbol.text.strip())
    return out


def build_currencies() -> list[tuple]:
    sources.module("babel")
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


def build(inputs):
    return [(CURRENCIES_TSV, ["surface", "code", "kind"], build_currencies())]
