"""WARC archives written with warcio: HTML responses become documents; damaged records are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="needs the web extra: pip install -e '.[web]'")
pytest.importorskip("trafilatura", reason="needs the web extra: pip install -e '.[web]'")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from sitrep.config import IngestSettings  # noqa: E402
from sitrep.errors import CorruptInputError, InputError  # noqa: E402
from sitrep.ingest.sources import iter_documents  # noqa: E402
from sitrep.pipeline import Summary, ingest_paths  # noqa: E402
from webkit import ARTICLES, NullExtractor, open_db, page, settings_for  # noqa: E402

SETTINGS = IngestSettings()


def warc_bytes(records: list[tuple[str, str, bytes, str]], gz: bool) -> bytes:
    """records: (url, content type, body, status)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "sitrep tests"}))
    for url, ctype, body, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


PAGES = [
    ("https://ledger.example/kohat", "text/html; charset=utf-8", page("kohat").encode(), "200 OK"),
    ("https://ledger.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "200 OK"),
    ("https://ledger.example/gone", "text/html", b"<html>not found</html>", "404 Not Found"),
    ("https://wire.example/gao", "text/html", page("gao", outlet="Sahel Wire").encode(), "200 OK"),
    ("https://wire.example/kismayo", "text/html", page("kismayo").encode(), "200 OK"),
]


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(warc_bytes(PAGES, gz))
    items = list(iter_documents([str(tmp_path)], SETTINGS))
    assert [n for n, _ in items] == [
        f"{path}#2 https://ledger.example/kohat", f"{path}#5 https://wire.example/gao",
        f"{path}#6 https://wire.example/kismayo",
    ]
    docs = [d for _, d in items]
    assert all(not isinstance(d, InputError) for d in docs)
    assert [d.url for d in docs] == ["https://ledger.example/kohat", "https://wire.example/gao",  # type: ignore[union-attr]
                                     "https://wire.example/kismayo"]
    assert docs[1].title == ARTICLES["gao"][0] and docs[1].outlet == "Sahel Wire"  # type: ignore[union-attr]


def _lie(data: bytes, record_index: int, delta: int) -> bytes:
    """Change the WARC Content-Length of the record_index-th record by delta."""
    pos = -1
    for _ in range(record_index + 1):
        pos = data.index(b"WARC/1", pos + 1)
    i = data.index(b"Content-Length: ", pos)
    j = data.index(b"\r\n", i)
    n = int(data[i + 16 : j])
    return data[:i] + f"Content-Length: {n + delta}".encode() + data[j:]


@pytest.mark.parametrize("delta", [-40, +300])
def test_record_with_lying_length(tmp_path: Path, delta: int, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lying.warc"
    path.write_bytes(_lie(warc_bytes(PAGES, gz=False), 4, delta))  # the Gao page lies
    items = list(iter_documents([str(path)], SETTINGS))
    assert items[0][0].endswith("#2 https://ledger.example/kohat")
    assert not isinstance(items[0][1], InputError)
    name, err = items[-1]
    assert isinstance(err, CorruptInputError), items
    assert name == f"{path}#5" and "\n" not in str(err) and "damaged WARC record" in str(err)
    assert len(items) == 2  # nothing after the damage is trusted
    assert "WARNING" not in capfd.readouterr().err  # warcio's own warnings do not leak


def test_truncated_warc_gz_keeps_what_came_before(tmp_path: Path) -> None:
    data = warc_bytes(PAGES, gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.8)])
    items = list(iter_documents([str(path)], SETTINGS))
    good = [d for _, d in items if not isinstance(d, InputError)]
    bad = [d for _, d in items if isinstance(d, InputError)]
    assert len(good) >= 1 and len(bad) == 1
    assert isinstance(bad[0], CorruptInputError) and "\n" not in str(bad[0])


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is a shopping list, not an archive\n", encoding="utf-8")
    [(name, err)] = list(iter_documents([str(path)], SETTINGS))
    assert isinstance(err, CorruptInputError) and str(path) in str(err)


def test_warc_ingest_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(PAGES, gz=True))
    settings = settings_for(tmp_path)
    with open_db(tmp_path) as store:
        first, second = Summary(), Summary()
        for o in ingest_paths([str(path)], settings, NullExtractor(), store):
            first.add(o)
        for o in ingest_paths([str(path)], settings, NullExtractor(), store):
            second.add(o)
        assert (first.new, first.rejected) == (3, 0)
        assert (second.new, second.exact, second.near) == (0, 3, 0)
        assert store.counts()["documents"] == 3
