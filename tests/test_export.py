"""Exports: ACLED and GTD column names, valid GeoJSON, a documented Parquet schema, and a JSONL
export that imports back into the same incidents, evidence included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.analyze.export import (
    ACLED_COLUMNS,
    GTD_COLUMNS,
    PARQUET_FIELDS,
    export_text,
    import_jsonl,
    read_jsonl,
)
from sitrep.cli import main
from sitrep.errors import AnalysisError
from sitrep.store import IncidentFilter, SQLStore
from sitrep.testing import build_store, make_incident, sample_items


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    items = [*sample_items(), make_incident("inc-nowhere", "2024-10-15", "Somewhere", "Unknown", "Pakistan", "PK",
                                            killed=(1, 1, 1))]
    s = build_store(tmp_path / "fixture.db", items)
    yield s
    s.close()


def _rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_csv_acled_columns_and_values(store: SQLStore) -> None:
    header, rows = _rows(export_text(store, store.incidents(), "csv-acled"))
    assert header == ACLED_COLUMNS
    for name in ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country",
                 "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities"):
        assert name in header
    by_id = {r["event_id_cnty"]: r for r in rows}
    ied = by_id["inc-pk-oct-04"]
    assert ied["fatalities"] == "3"  # ACLED: the most conservative figure
    assert ied["iso"] == "586" and ied["country"] == "Pakistan" and ied["admin2"] == "Dera Ismail Khan"
    assert ied["time_precision"] == "1" and ied["geo_precision"] == "1"
    assert by_id["inc-pk-oct-02"]["actor1"] == "Balochistan Liberation Army"
    assert by_id["inc-pk-oct-01"]["civilian_targeting"] == "Civilian targeting"
    assert by_id["inc-pk-oct-06"]["disorder_type"] == "Strategic developments"
    assert len(rows) == 10


def test_csv_gtd_columns_and_values(store: SQLStore) -> None:
    header, rows = _rows(export_text(store, store.incidents(IncidentFilter(country="PK")), "csv-gtd"))
    assert header == GTD_COLUMNS
    by_id = {r["eventid"]: r for r in rows}
    karachi = by_id["inc-pk-oct-01"]
    assert (karachi["iyear"], karachi["imonth"], karachi["iday"]) == ("2024", "10", "6")
    assert karachi["suicide"] == "1" and karachi["claimed"] == "1" and karachi["nkill"] == "2"
    assert karachi["nwound"] == "10" and karachi["attacktype1_txt"] == "Bombing/Explosion"
    assert karachi["gname"] == "Balochistan Liberation Army" and karachi["provstate"] == "Sindh"
    ied = by_id["inc-pk-oct-04"]
    assert ied["nkill"] == "4" and ied["nkillter"] == "1" and ied["gname"] == "Unknown" and ied["claimed"] == ""
    assert "inc-af-oct-01" not in by_id


def test_geojson_is_a_valid_feature_collection(store: SQLStore) -> None:
    data = json.loads(export_text(store, store.incidents(), "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 10
    located = 0
    for feature in data["features"]:
        assert feature["type"] == "Feature" and set(feature) >= {"geometry", "properties"}
        props = feature["properties"]
        assert props["id"] == feature["id"]
        geometry = feature["geometry"]
        if geometry is None:
            assert feature["id"] == "inc-nowhere"
            continue
        located += 1
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lon, lat) != (props.get("lat"), props.get("lon"))
    assert located == 9
    karachi = next(f for f in data["features"] if f["id"] == "inc-pk-oct-01")
    assert karachi["geometry"]["coordinates"] == [67.01, 24.86]
    assert karachi["properties"]["fatalities_best"] == 2 and karachi["properties"]["url"]


def test_parquet_schema_and_values(store: SQLStore, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (pip install 'sitrep[report]') is not installed")
    out = tmp_path / "incidents.parquet"
    result = CliRunner().invoke(main, ["export", "--db", str(store.target), "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(str(out))
    schema = table.schema
    assert schema.names == [name for name, _, _ in PARQUET_FIELDS]
    for name, kind, desc in PARQUET_FIELDS:
        assert str(schema.field(name).type).replace("element: ", "").replace("item: ", "") == kind or name == "evidence"
        assert schema.field(name).metadata[b"description"].decode() == desc
    assert str(schema.field("evidence").type).startswith("list<")
    assert schema.metadata[b"sitrep.schema"] == b"1"
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows["inc-pk-oct-03"]["fatalities_high"] is None and rows["inc-pk-oct-03"]["fatalities_best"] == 10
    assert {e["field"] for e in rows["inc-pk-oct-01"]["evidence"]} >= {"location", "date", "fatalities"}
    assert table.num_rows == 10


def test_jsonl_round_trip_keeps_incidents_and_evidence(store: SQLStore, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "all.jsonl"
    result = runner.invoke(main, ["export", "--db", str(store.target), "--format", "jsonl", "--out", str(out)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "copy.db"
    result = runner.invoke(main, ["import", "--db", str(target), str(out)])
    assert result.exit_code == 0, result.output
    assert "read 10, new 10" in result.output
    with SQLStore(str(target)) as copy:
        before, after = store.incidents(), copy.incidents()
        assert after == before  # frozen dataclasses: every field, evidence included
        assert all(inc.evidence for inc in after)
        for inc in after:
            original, imported = store.document(inc.document_id), copy.document(inc.document_id)
            assert imported.text == original.text and imported.segments == original.segments
            for ev in inc.evidence:
                assert imported.text[ev.start:ev.end] == ev.text
    result = runner.invoke(main, ["import", "--db", str(target), str(out)])  # a second import adds nothing
    assert result.exit_code == 0 and "new 0, already stored 10" in result.output


def test_jsonl_without_text_imports_stub_documents(store: SQLStore, tmp_path: Path) -> None:
    text = export_text(store, store.incidents(), "jsonl", include_text=False)
    for line in text.splitlines():
        document = json.loads(line)["document"]
        assert "text" not in document and "segments" not in document and document["source"]
    with SQLStore(str(tmp_path / "stub.db")) as copy:
        assert import_jsonl(copy, text.splitlines()) == (10, 10)
        assert copy.incidents() == store.incidents()
        doc = copy.document("".join(i.document_id for i in copy.incidents() if i.id == "inc-pk-oct-01"))
        assert doc.text == "" and doc.segments == ()
        assert doc.source == "fixtures/inc-pk-oct-01.txt" and doc.url == "https://example.org/inc-pk-oct-01"


def test_import_refuses_what_is_not_our_export(tmp_path: Path) -> None:
    with pytest.raises(AnalysisError) as info:
        list(read_jsonl(['{"format": "sitrep-incident/1", "incident": {"id": "a", "document_id": "d"}}',
                         "not json"], "x.jsonl"))
    assert str(info.value).startswith("x.jsonl:2: not JSON")
    with pytest.raises(AnalysisError) as info:
        list(read_jsonl(['{"id": "a"}'], "y.jsonl"))
    assert "y.jsonl:1" in str(info.value) and "sitrep export --format jsonl" in str(info.value)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "--db", str(tmp_path / "x.db"), str(bad), str(tmp_path / "nope")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("sitrep: error: ") for line in lines)


def test_cli_export_filters_and_period(store: SQLStore) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(store.target), "--format", "csv-acled", "--period", "2024-09"])
    assert result.exit_code == 0, result.output
    ids = [r["event_id_cnty"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert sorted(ids) == ["inc-pk-sep-01", "inc-pk-sep-02"]
    result = runner.invoke(main, ["export", "--db", str(store.target), "--format", "geojson", "--country", "AF"])
    assert [f["id"] for f in json.loads(result.stdout)["features"]] == ["inc-af-oct-01"]
    result = runner.invoke(main, ["export", "--db", str(store.target), "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output
