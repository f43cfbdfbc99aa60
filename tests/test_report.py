"""Situation reports from a fixture database: figures equal the fixture's sums, published statistics
stay apart, every number leads to its incidents, and the PDF holds the text and the figures."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.analyze.periods import parse_period
from sitrep.analyze.report import ReportData, build_report, markdown
from sitrep.cli import main
from sitrep.errors import AnalysisError, MissingDependencyError
from sitrep.records import Incident
from sitrep.store import SQLStore
from sitrep.testing import sample_items, sample_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "fixture.db"
    sample_store(path).close()
    return path


@pytest.fixture(scope="module")
def store(db: Path):  # type: ignore[no-untyped-def]
    s = SQLStore(str(db))
    yield s
    s.close()


@pytest.fixture(scope="module")
def data(store: SQLStore) -> ReportData:
    return build_report(store, parse_period("2024-10"), country="PK")


def fixture_incidents(prefix: str) -> list[Incident]:
    return [i for item in sample_items() for i in item.incidents if i.id.startswith(prefix)]


def best(low: int | None, b: int | None) -> int:
    return b if b is not None else (low or 0)


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(("text", "since", "until", "prev"), [
    ("2024-10", "2024-10-01", "2024-10-31", ("2024-09-01", "2024-09-30")),
    ("2024-01", "2024-01-01", "2024-01-31", ("2023-12-01", "2023-12-31")),
    ("2024-W41", "2024-10-07", "2024-10-13", ("2024-09-30", "2024-10-06")),
    ("2024", "2024-01-01", "2024-12-31", ("2023-01-01", "2023-12-31")),
    ("2024-10-01..2024-10-10", "2024-10-01", "2024-10-10", ("2024-09-21", "2024-09-30")),
])
def test_periods_and_previous(text: str, since: str, until: str, prev: tuple[str, str]) -> None:
    p = parse_period(text)
    assert (p.since, p.until) == (since, until)
    assert (p.previous().since, p.previous().until) == prev


@pytest.mark.parametrize("text", ["October", "2024-13", "2024-10-10..2024-10-01", "2024-W60"])
def test_bad_period_is_one_line_error(text: str) -> None:
    with pytest.raises(AnalysisError) as info:
        parse_period(text)
    assert "\n" not in str(info.value) and text in str(info.value)


# --------------------------------------------------------------------------- figures


def test_totals_equal_fixture_sums(data: ReportData) -> None:
    october = fixture_incidents("inc-pk-oct")
    assert sorted(data.total.ids) == sorted(i.id for i in october)
    assert data.total.count == 6
    assert data.total.deaths.best == sum(best(i.fatalities.low, i.fatalities.best) for i in october) == 37
    assert data.total.deaths.low == 36  # the IED's lower bound is 3, not 4
    assert data.total.deaths.high == 39 and data.total.deaths.open_high == 1  # Bannu: "at least 10"
    assert data.total.deaths.unknown == 1  # the defused bomb gives no toll
    assert data.total.injuries.best == sum(best(i.injuries.low, i.injuries.best) for i in october) == 25
    assert data.total.injuries.high == 27


def test_categories_places_types_perpetrators(data: ReportData) -> None:
    cats = {c.name: c.deaths for c in data.categories}
    assert cats == {"Civilians": 23, "Security forces": 12, "Militants": 1, "Not broken down": 1}
    assert sum(cats.values()) == data.total.deaths.best
    admin1 = {r.key: (r.tally.count, r.tally.deaths.best) for r in data.by_admin1}
    assert admin1 == {"Balochistan": (2, 21), "Khyber Pakhtunkhwa": (3, 14), "Sindh": (1, 2)}
    assert {r.key for r in data.by_admin2} == {"Duki", "Bannu", "Dera Ismail Khan", "Karachi", "Peshawar", "Quetta"}
    attack = {r.key: r.tally.count for r in data.by_attack_type}
    assert attack == {"Armed Assault": 2, "Bombing/Explosion": 4}
    perp = {r.key: r.tally.deaths.best for r in data.by_perpetrator}
    assert perp == {"Balochistan Liberation Army": 23, "Tehrik-i-Taliban Pakistan": 10, "Not identified": 4}
    assert sum(r.tally.count for r in data.by_event_type) == data.total.count


def test_deadliest_with_sources_and_change(data: ReportData) -> None:
    ids = [inc.id for inc, _ in data.deadliest]
    assert ids[:2] == ["inc-pk-oct-02", "inc-pk-oct-03"]
    assert all(src.url and src.title for _, src in data.deadliest)
    change = {c.measure: (c.current, c.previous) for c in data.changes}
    assert change == {"Incidents": (6, 2), "Deaths (best)": (37, 6), "Injuries (best)": (25, 9)}


def test_statistics_are_quoted_apart_and_never_added(data: ReportData) -> None:
    quoted = {(q.statistic.measure, q.statistic.value): q for q in data.statistics}
    # October's figures and the January-October figure for Pakistan; not Afghanistan's, not August's
    assert set(quoted) == {("attacks", 85), ("deaths", 198), ("deaths", 951)}
    assert quoted[("deaths", 198)].coverage == "same period"
    assert quoted[("deaths", 951)].coverage == "overlaps the period"
    # beside each one, our own figure for exactly its dates and place
    assert quoted[("deaths", 198)].our_value == data.total.deaths.best == 37
    assert quoted[("attacks", 85)].our_value == 6
    assert quoted[("deaths", 951)].our_value == 37 + 6  # September's incidents are inside January-October
    text = markdown(data)
    totals, rest = text.split("## Deaths by category", 1)
    assert "198" not in totals and "85" not in totals
    stats = text.split("## Published statistics", 1)[1].split("## ", 1)[0]
    assert "198 deaths" in stats and "Fixture Institute for Conflict Studies" in stats
    assert "militants 98" in stats


def test_country_filter_and_all_places(store: SQLStore) -> None:
    af = build_report(store, parse_period("2024-10"), country="AF")
    assert af.total.count == 1 and af.total.deaths.best == 6
    assert {q.statistic.source for q in af.statistics} == {"Fixture Afghan Monitor"}
    everywhere = build_report(store, parse_period("2024-10"))
    assert everywhere.total.count == 7
    assert {q.statistic.value for q in everywhere.statistics} == {85, 198, 951, 40}
    kp = build_report(store, parse_period("2024-10"), country="PK", admin1="Khyber Pakhtunkhwa")
    assert kp.total.count == 3 and kp.total.deaths.best == 14


def _sets(text: str) -> dict[str, list[str]]:
    return {m.group(1): m.group(2).split(", ") for m in re.finditer(r"^- \*\*(S\d+)\*\* \(\d+\): (.+)$", text, re.M)}


def test_markdown_numbers_carry_their_incident_ids(data: ReportData) -> None:
    text = markdown(data)
    sets = _sets(text)
    count = re.search(r"\*\*Incidents: 6 \[(S\d+)\]\*\*", text)
    assert count is not None
    assert sorted(sets[count.group(1)]) == sorted(data.total.ids)
    deaths = re.search(r"^\| Deaths \| 36 \[(S\d+)\] \| 37 \[(S\d+)\] \| 39\+ \[(S\d+)\] \|$", text, re.M)
    assert deaths is not None
    assert sorted(sets[deaths.group(2)]) == ["inc-pk-oct-01", "inc-pk-oct-02", "inc-pk-oct-03", "inc-pk-oct-04"]
    civilians = re.search(r"^\| Civilians \| 23 \[(S\d+)\] \|$", text, re.M)
    assert civilians is not None and sorted(sets[civilians.group(1)]) == ["inc-pk-oct-01", "inc-pk-oct-02"]
    for label in re.findall(r"\[(S\d+)\]", text):
        assert label in sets


def test_html_numbers_link_to_incidents(data: ReportData) -> None:
    from sitrep.analyze.html import html

    page = html(data)
    m = re.search(r'<b>Incidents: <a class="n" href="#(S\d+)" title="([^"]+)">6</a>', page)
    assert m is not None
    assert sorted(m.group(2).split(", ")) == sorted(data.total.ids)
    assert f'<li id="{m.group(1)}">' in page
    for inc_id in data.total.ids:
        assert f'id="inc-{inc_id}"' in page and f'href="#inc-{inc_id}"' in page
    for target in set(re.findall(r'href="#(S\d+)"', page)):
        assert f'id="{target}"' in page


# --------------------------------------------------------------------------- figures, map, PDF



def test_figures_and_map(data: ReportData) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("shapefile")
    from sitrep.analyze.charts import report_figures
    from sitrep.analyze.maps import boundaries_path, extent, incident_map

    figures = report_figures(data)
    captions = [c for c, _ in figures]
    assert captions[-1] == "Map of the period's incidents" and len(figures) == 5
    assert all(png.startswith(b"\x89PNG") for _, png in figures)
    assert incident_map([Incident("x", "d")], "nothing located") is None
    assert boundaries_path().name.endswith(".zip")
    west, south, east, north = extent([(67.0, 24.8), (71.6, 34.0)])
    assert west < 67.0 < 71.6 < east and south < 24.8 < 34.0 < north


def test_missing_dependency_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from sitrep.analyze import _deps

    real = importlib.import_module

    def fake(name: str, package: str | None = None):  # type: ignore[no-untyped-def]
        if name.startswith("weasyprint"):
            raise ImportError("no weasyprint")
        return real(name, package)

    monkeypatch.setattr(_deps.importlib, "import_module", fake)
    with pytest.raises(MissingDependencyError) as info:
        _deps.need("weasyprint", "PDF reports")
    assert "pip install 'sitrep[report]'" in str(info.value) and "\n" not in str(info.value)


def _poppler(*tools: str) -> None:
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (Debian package poppler-utils) is not installed")


def test_pdf_pages_text_and_figures(db: Path, tmp_path: Path) -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint without the system's Pango
        pytest.skip(f"WeasyPrint is not usable (pip install 'sitrep[report]'; Debian: libpango-1.0-0): {exc}")
    pytest.importorskip("matplotlib")
    _poppler("pdftotext", "pdfimages", "pdftoppm", "pdfinfo")
    out = tmp_path / "october.pdf"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--period", "2024-10", "--country", "PK",
                                       "--format", "pdf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Situation report: October 2024, Pakistan (PK)" in text
    assert re.search(r"Incidents: 6\s*S\d+", text)
    assert "Published statistics" in text and re.search(r"198\s+deaths", text)
    for inc_id in ("inc-pk-oct-01", "inc-pk-oct-06"):
        assert inc_id in text
    for caption in ("Figure 1: Incidents and deaths over the period", "Deaths by category",
                    "Map of the period's incidents"):
        assert caption in text
    assert "inc-af-oct-01" not in text  # Afghanistan is outside the report
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in images.splitlines()[2:]]
    assert len([r for r in rows if r[2] == "image"]) == 5  # four charts and the map
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages


# --------------------------------------------------------------------------- command line


def test_cli_markdown_and_html(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["report", "--db", str(db), "--period", "2024-10", "--country", "PK"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Situation report: October 2024, Pakistan (PK)")
    out = tmp_path / "r.html"
    result = runner.invoke(main, ["report", "--db", str(db), "--period", "2024-10", "--format", "html",
                                  "--out", str(out), "--no-figures"])
    assert result.exit_code == 0, result.output
    assert "<h1>Situation report: October 2024, all places</h1>" in out.read_text(encoding="utf-8")


def test_cli_markdown_writes_figures_beside_the_file(db: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "oct.md"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--period", "2024-10", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", text)
    assert len(links) == 5 and all((tmp_path / link).is_file() for link in links)


def test_cli_errors(db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["report", "--db", str(db), "--period", "last month"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("sitrep: error: period 'last month'") and result.output.count("\n") == 1
    result = runner.invoke(main, ["report", "--db", str(db), "--period", "2024-10", "--format", "pdf"])
    assert result.exit_code == 2 and "--out" in result.output
