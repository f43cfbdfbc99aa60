"""Time series: counts and deaths per month or week, gaps as zeros, a spike far above its trailing
average flagged and ordinary variation not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.analyze.periods import bucket_of, bucket_range
from sitrep.analyze.trend import trend
from sitrep.cli import main
from sitrep.records import Incident
from sitrep.testing import Item, build_store, make_incident

# incidents per month, January to August 2024: steady, then a spike in August
MONTHLY = {"2024-01": 2, "2024-02": 3, "2024-03": 2, "2024-04": 0, "2024-05": 3, "2024-06": 2, "2024-07": 2,
           "2024-08": 14}


def _items() -> list[Item]:
    items = []
    for month, n in MONTHLY.items():
        for k in range(n):
            items.append(make_incident(f"inc-{month}-{k:02d}", f"{month}-{k + 1:02d}", "Bannu", "Khyber Pakhtunkhwa",
                                       "Pakistan", "PK", 32.99, 70.6, killed=(k, k, k)))
    items.append(make_incident("inc-af", "2024-08-20", "Kabul", "Kabul", "Afghanistan", "AF", 34.5, 69.2,
                               killed=(3, 3, 3)))
    return items


def _incidents() -> list[Incident]:
    return [i for item in _items() for i in item.incidents if i.location.country_code == "PK"]


def test_monthly_counts_deaths_and_gaps() -> None:
    points = trend(_incidents(), "month")
    assert [p.bucket for p in points] == list(MONTHLY)
    assert [p.incidents for p in points] == list(MONTHLY.values())
    assert points[3].incidents == 0 and points[3].deaths == 0 and points[3].ids == ()
    assert points[1].deaths == 0 + 1 + 2
    assert points[-1].deaths == sum(range(14))


def test_spike_is_flagged_and_ordinary_months_are_not() -> None:
    points = trend(_incidents(), "month")
    assert [p.bucket for p in points if p.spike] == ["2024-08"]
    august = points[-1]
    assert august.trailing_mean == pytest.approx((3 + 2 + 0 + 3 + 2 + 2) / 6)  # February to July
    assert len(august.ids) == 14
    assert all(p.trailing_mean is None for p in points[:3])  # too little history to judge


def test_a_small_rise_in_a_quiet_series_is_no_spike() -> None:
    quiet = [make_incident(f"q{k}", d, "X", "Y", "Z", "ZZ").incidents[0]
             for k, d in enumerate(["2024-01-05", "2024-02-05", "2024-03-05", "2024-04-05", "2024-04-06"])]
    assert not any(p.spike for p in trend(quiet, "month"))


def test_weeks_cross_the_year_and_ranges_fill_gaps() -> None:
    assert bucket_of("2024-12-30", "week") == "2025-W01"
    assert bucket_of("2024-12-29", "week") == "2024-W52"
    assert bucket_range("2024-12-20", "2025-01-08", "week") == ["2024-W51", "2024-W52", "2025-W01", "2025-W02"]
    assert bucket_range("2024-11-15", "2025-02-01", "month") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    points = trend(_incidents(), "week", since="2024-07-29", until="2024-08-31")
    assert [p.bucket for p in points] == ["2024-W31", "2024-W32", "2024-W33", "2024-W34", "2024-W35"]
    assert sum(p.incidents for p in points) == 14


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "trend.db"
    build_store(path, _items()).close()
    return path


def test_cli_prints_flags_filters_and_plots(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["trend", "--db", str(db), "--by", "month", "--country", "PK"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["PERIOD", "INCIDENTS", "DEATHS", "TRAILING", "MEAN", "FLAG"]
    august = next(line for line in lines if line.startswith("2024-08"))
    assert august.split()[1] == "14" and august.endswith("SPIKE")
    assert any(line.startswith("spike: 2024-08 has 14 incidents") for line in lines)
    result = runner.invoke(main, ["trend", "--db", str(db), "--country", "AF", "--format", "json"])
    data = json.loads(result.output)
    assert [(p["period"], p["incidents"], p["deaths"], p["spike"]) for p in data] == [("2024-08", 1, 3, False)]
    pytest.importorskip("matplotlib")
    plot = tmp_path / "trend.png"
    result = runner.invoke(main, ["trend", "--db", str(db), "--admin1", "Khyber Pakhtunkhwa", "--format", "csv",
                                  "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "period,incidents,deaths,trailing_mean,spike"
    assert result.stdout.splitlines()[-1].endswith(",1")
    assert plot.read_bytes().startswith(b"\x89PNG")
