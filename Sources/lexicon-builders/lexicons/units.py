"""units: Plugins/Numbers/Resources/units.tsv (surface, unit, dimension) for the units listed
below, from CLDR 49 (babel), quantulum3 and the extras listed with each unit."""
import json
import re

from . import sources
from .sources import clean, phrase_list

UNITS_TSV = sources.ROOT / "Plugins" / "Numbers" / "Resources" / "units.tsv"

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
    sources.module("babel")
    from babel import Locale
    qpath = sources.wheel("quantulum3") / "quantulum3/units.json"
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


def build(inputs):
    return [(UNITS_TSV, ["surface", "unit", "dimension"], build_units())]
