"""HTML, JSONL, CSV and gzip inputs: main text and metadata kept, hostile input refused in one line."""

from __future__ import annotations

import csv
import gzip
import json
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("trafilatura", reason="needs the web extra: pip install -e '.[web]'")

from sitrep.config import IngestSettings  # noqa: E402
from sitrep.errors import (  # noqa: E402
    BinaryInputError,
    CorruptInputError,
    EncodingError,
    InputError,
    NoTextError,
    TooLargeError,
)
from sitrep.ingest.html import html_to_document  # noqa: E402
from sitrep.ingest.sources import iter_documents  # noqa: E402
from sitrep.pipeline import Summary, ingest_paths  # noqa: E402
from webkit import ARTICLES, NullExtractor, article_text, open_db, page, settings_for  # noqa: E402

SETTINGS = IngestSettings()


def one_line(err: BaseException, name: str, *words: str) -> None:
    msg = str(err)
    assert "\n" not in msg and name in msg, msg
    for w in words:
        assert w.lower() in msg.lower(), (w, msg)


def test_main_text_and_metadata() -> None:
    doc = html_to_document(page("kohat").encode(), source="kohat.html", settings=SETTINGS,
                           url="https://ledger.example/news/kohat")
    title = ARTICLES["kohat"][0]
    assert doc.title == title and doc.text.startswith(title + "\n\n")
    assert doc.author == "Amina Qureshi"
    assert doc.outlet == "The Frontier Ledger"
    assert doc.published == "2024-05-16"
    assert doc.url == "https://ledger.example/news/kohat"
    assert doc.source == "kohat.html"
    for para in ARTICLES["kohat"][1]:
        assert para in doc.text
    for furniture in ("Home", "Share on Facebook", "Most read", "Cricket board", "Copyright", "Privacy"):
        assert furniture not in doc.text, furniture


def test_hidden_date_found_by_htmldate() -> None:
    hidden = page("gao", date_meta=False).replace(
        "<h1>", '<p class="byline">Posted on 9 March 2024</p><h1>')
    doc = html_to_document(hidden.encode(), source="gao.html", settings=SETTINGS)
    assert doc.published == "2024-03-09"
    from_url = html_to_document(page("gao", date_meta=False).encode(), source="gao.html", settings=SETTINGS,
                                url="https://paper.example/2024/03/11/gao-traders")
    assert from_url.published == "2024-03-11"


def test_declared_charset_is_honoured() -> None:
    html = page("kismayo").replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    html = html.replace("Kismayo port", "Kismayo port \u2013 caf\u00e9")
    doc = html_to_document(html.encode("cp1252"), source="k.html", settings=SETTINGS)
    assert "\u2013 caf\u00e9" in doc.text


# --------------------------------------------------------------------------- hostile input


def test_binary_file_named_html() -> None:
    with pytest.raises(BinaryInputError) as info:
        html_to_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, source="photo.html", settings=SETTINGS)
    one_line(info.value, "photo.html", "binary")


def test_invalid_utf8_page() -> None:
    bad = page("kohat").encode() + b"<p>\xff\xfe broken \xc3</p>"
    with pytest.raises(EncodingError) as info:
        html_to_document(bad, source="bad.html", settings=SETTINGS)
    one_line(info.value, "bad.html", "UTF-8", "0xff")


def test_deeply_nested_markup_is_refused_quickly() -> None:
    deep = "<html><body>" + "<div>" * 200_000 + "deep text" + "</div>" * 200_000 + "</body></html>"
    with pytest.raises(InputError) as info:
        html_to_document(deep.encode(), source="deep.html", settings=SETTINGS)
    one_line(info.value, "deep.html")


def test_page_without_article() -> None:
    with pytest.raises(NoTextError) as info:
        html_to_document(b"<html><body><nav>Home | News</nav></body></html>", source="nav.html", settings=SETTINGS)
    one_line(info.value, "nav.html", "no article text")


def test_huge_page_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as fh:
        fh.write(b"<html><body>")
        fh.truncate(200 * 1024 * 1024)  # a sparse 200 MB file: no time or disk spent
    [(name, err)] = list(iter_documents([str(huge)], SETTINGS))
    assert isinstance(err, TooLargeError)
    one_line(err, str(huge), "209,715,200 bytes", "ingest.max_bytes")


def test_gzip_bomb_and_truncated_gzip(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb") as fh:
        block = b"<p>" + b"a" * 1_000_000 + b"</p>"
        for _ in range(25):
            fh.write(block)
    truncated = tmp_path / "cut.html.gz"
    whole = gzip.compress(page("gao").encode())
    truncated.write_bytes(whole[: len(whole) // 2])
    good = tmp_path / "good.html.gz"
    good.write_bytes(gzip.compress(page("kohat").encode()))
    items = dict(iter_documents([str(bomb), str(truncated), str(good)], SETTINGS))
    assert isinstance(items[str(bomb)], TooLargeError)
    one_line(items[str(bomb)], str(bomb), "decompressed", "ingest.max_bytes")
    assert isinstance(items[str(truncated)], CorruptInputError)
    one_line(items[str(truncated)], str(truncated), "gzip")
    assert items[str(good)].title == ARTICLES["kohat"][0]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- records


def test_jsonl_and_csv_with_configured_fields(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, '[ingest]\ntext_field = "body"\ntitle_field = "headline"\n'
                                      'published_field = "date"\nid_field = "ref"\n')
    jl = tmp_path / "batch.jsonl.gz"
    rows = [
        {"ref": "k1", "body": article_text("kohat"), "headline": "Kohat blast", "date": "2024-05-16T10:00:00Z",
         "outlet": "Ledger", "url": "https://ledger.example/k"},
        {"ref": "h1", "html": page("gao")},
        {"ref": "e1", "body": ""},
        {"ref": "m1", "text": "wrong field"},
    ]
    jl.write_bytes(gzip.compress(("\n".join(json.dumps(r) for r in rows) + "\n{broken\n").encode()))
    items = list(iter_documents([str(jl)], settings.ingest))
    names = [n for n, _ in items]
    assert names == [f"{jl}#k1", f"{jl}#h1", f"{jl}#e1", f"{jl}#m1", f"{jl}:5"]
    k1 = items[0][1]
    assert not isinstance(k1, InputError)
    assert (k1.title, k1.published, k1.outlet, k1.url) == ("Kohat blast", "2024-05-16", "Ledger",
                                                           "https://ledger.example/k")
    h1 = items[1][1]
    assert not isinstance(h1, InputError) and h1.title == ARTICLES["gao"][0]
    one_line(items[2][1], f"{jl}#e1", "empty")  # type: ignore[arg-type]
    one_line(items[3][1], f"{jl}#m1", '"body"')  # type: ignore[arg-type]
    one_line(items[4][1], f"{jl}:5", "invalid JSON")  # type: ignore[arg-type]

    table = tmp_path / "batch.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["ref", "headline", "body", "date"])
        w.writerow(["c1", "Kismayo shelling", article_text("kismayo"), "2024-06-03"])
        w.writerow(["c2", "nothing", "", ""])
    items = list(iter_documents([str(table)], settings.ingest))
    assert [n for n, _ in items] == [f"{table}#c1", f"{table}#c2"]
    c1 = items[0][1]
    assert not isinstance(c1, InputError) and c1.published == "2024-06-03" and "mortar" in c1.text
    assert isinstance(items[1][1], InputError)

    no_column = tmp_path / "other.csv"
    no_column.write_text("a,b\n1,2\n", encoding="utf-8")
    [(name, err)] = list(iter_documents([str(no_column)], settings.ingest))
    one_line(err, str(no_column), 'no "body" column', "a, b")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- through the pipeline


def test_directory_of_mixed_inputs(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "2024" / "05").mkdir(parents=True)
    (inbox / "2024" / "05" / "kohat.html").write_text(page("kohat"), encoding="utf-8")
    (inbox / "gao.htm.gz").write_bytes(gzip.compress(page("gao").encode()))
    (inbox / "kismayo.txt").write_text(article_text("kismayo"), encoding="utf-8")
    (inbox / "photo.html").write_bytes(b"\x00\x01\x02PNG" * 100)
    (inbox / "notes.csv").write_text("not,read\n", encoding="utf-8")  # csv is read only when named
    french = ("Une attaque contre un poste de police fait deux morts\n\nDeux policiers ont été tués dans la nuit de "
              "lundi à mardi lors d'une attaque contre leur poste, a indiqué le ministère de la sécurité. Les "
              "assaillants sont arrivés à moto et ont pris la fuite après une heure de combats avec les forces.\n")
    (inbox / "fr.txt").write_text(french, encoding="utf-8")
    settings = settings_for(tmp_path, f'[ingest]\nrejection_log = "{tmp_path / "rejected.log"}"\n')
    extractor = NullExtractor()
    with open_db(tmp_path) as store:
        outcomes = list(ingest_paths([str(inbox)], settings, extractor, store))
        summary = Summary()
        for o in outcomes:
            summary.add(o)
        assert summary.line() == "read 5, new 4, duplicate 0 (exact 0, near 0), rejected 1 (binary 1)"
        fr = [o for o in outcomes if o.name.endswith("fr.txt")][0]
        assert fr.note == "not extracted (language fr)"
        assert extractor.seen == 3  # the French document is stored and marked, not extracted
        assert [r.source for r in store.rejections()] == [str(inbox / "photo.html")]
        kohat = [o for o in outcomes if o.name.endswith("kohat.html")][0]
        [src] = store.sources(kohat.document_id or "")
        assert src.source == str(inbox / "2024" / "05" / "kohat.html") and src.relation == "original"
        assert store.document(kohat.document_id or "").author == "Amina Qureshi"
    log = (tmp_path / "rejected.log").read_text(encoding="utf-8").splitlines()
    assert len(log) == 1 and "photo.html" in log[0] and "binary" in log[0]
    with sqlite3.connect(str(tmp_path / "db" / "test.db")) as con:
        langs = dict(con.execute("SELECT source, language FROM documents"))
    assert langs[str(inbox / "fr.txt")] == "fr"
