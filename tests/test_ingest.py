"""Reading inputs: every refusal has its own exception class and a one-line message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.config import IngestSettings
from sitrep.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MissingInputError,
    SitrepError,
    TooLargeError,
    UnreadableInputError,
)
from sitrep.ingest import expand_paths, iter_jsonl, make_document, read_document
from sitrep.ingest.files import decode
from sitrep.records import content_hash

REPORT = (
    "Roadside blast wounds four in Kohat\n"
    "\n"
    "KOHAT: Four labourers were wounded when a roadside device exploded next to their "
    "pickup truck on the outskirts of Kohat on 9 April 2024, district police said.\n"
)

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"

SETTINGS = IngestSettings()


def assert_one_line(err: BaseException, name: str, *reason_words: str) -> None:
    """The message is a single line that names the input and gives the reason."""
    msg = str(err)
    assert "\n" not in msg and "\r" not in msg, f"message spans several lines: {msg!r}"
    assert name in msg, f"{name!r} not named in {msg!r}"
    for word in reason_words:
        assert word.lower() in msg.lower(), f"reason {word!r} missing from {msg!r}"
    assert isinstance(err, InputError)
    assert err.source == name
    assert err.reason and err.reason in msg


# --------------------------------------------------------------------------- good files


def test_good_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "kohat.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, SETTINGS)
    assert doc.text == REPORT
    assert doc.id == content_hash(REPORT)
    assert doc.source == str(path)
    assert doc.title == "Roadside blast wounds four in Kohat"


def test_source_and_published_are_passed_through(tmp_path: Path) -> None:
    path = tmp_path / "kohat.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, SETTINGS, published="2024-04-10", source="wire/kohat")
    assert doc.source == "wire/kohat"
    assert doc.published == "2024-04-10"


def test_bom_is_dropped_and_crlf_normalised(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(REPORT, encoding="utf-8")
    windows = tmp_path / "windows.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + REPORT.replace("\n", "\r\n").encode("utf-8"))
    mac = tmp_path / "mac.txt"
    mac.write_bytes(REPORT.replace("\n", "\r").encode("utf-8"))

    a = read_document(plain, SETTINGS)
    b = read_document(windows, SETTINGS)
    c = read_document(mac, SETTINGS)
    assert b.text == REPORT
    assert c.text == REPORT
    assert "\ufeff" not in b.text and "\r" not in b.text
    # same content, same id: a re-saved copy is recognised as the same document
    assert a.id == b.id == c.id
    assert b.title == "Roadside blast wounds four in Kohat"


def test_make_document_normalises_newlines_and_hashes() -> None:
    doc = make_document("Line one\r\nLine two\rLine three", source="x")
    assert doc.text == "Line one\nLine two\nLine three"
    assert doc.id == content_hash(doc.text)
    assert make_document("same text", doc_id="given").id == "given"


def test_fallback_encoding_decodes_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Explosion near the caf\u00e9 in Kohat wounds two.\n".encode("latin-1"))
    doc = read_document(path, IngestSettings(fallback_encodings=("latin-1",)))
    assert "caf\u00e9" in doc.text


# --------------------------------------------------------------------------- refusals


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError) as info:
        read_document(path, SETTINGS)
    assert type(info.value) is EmptyInputError
    assert_one_line(info.value, str(path), "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n   \n\n")
    with pytest.raises(EmptyInputError) as info:
        read_document(path, SETTINGS)
    assert type(info.value) is EmptyInputError
    assert_one_line(info.value, str(path), "empty")


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(EmptyInputError) as info:
        read_document(path, SETTINGS)
    assert_one_line(info.value, str(path), "empty")


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG_HEAD)
    with pytest.raises(BinaryInputError) as info:
        read_document(path, SETTINGS)
    assert type(info.value) is BinaryInputError
    assert_one_line(info.value, str(path), "binary")


def test_binary_file_with_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"some text")
    with pytest.raises(BinaryInputError) as info:
        read_document(path, SETTINGS)
    assert_one_line(info.value, str(path), "binary")


def test_decode_refuses_nul_even_with_fallbacks() -> None:
    with pytest.raises(BinaryInputError) as info:
        decode(b"abc\x00def", "blob", ("latin-1",))
    assert_one_line(info.value, "blob", "binary")


def test_non_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Explosion near the caf\u00e9 in Kohat wounds two.\n".encode("latin-1"))
    with pytest.raises(EncodingError) as info:
        read_document(path, SETTINGS)
    assert type(info.value) is EncodingError
    assert_one_line(info.value, str(path), "UTF-8", "0xe9")


def test_decode_names_offending_byte_and_offset() -> None:
    with pytest.raises(EncodingError) as info:
        decode(b"ok \xff bad", "memo")
    assert_one_line(info.value, "memo", "0xff", "offset 3")


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 40, encoding="utf-8")  # 200 bytes
    with pytest.raises(TooLargeError) as info:
        read_document(path, IngestSettings(max_bytes=100))
    assert type(info.value) is TooLargeError
    assert_one_line(info.value, str(path), "200 bytes", "100-byte limit", "ingest.max_bytes")


def test_file_at_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_text("word " * 20, encoding="utf-8")  # exactly 100 bytes
    doc = read_document(path, IngestSettings(max_bytes=100))
    assert len(doc.text) == 100


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(MissingInputError) as info:
        read_document(path, SETTINGS)
    assert type(info.value) is MissingInputError
    assert_one_line(info.value, str(path), "no such file")


def test_directory_given_as_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError) as info:
        read_document(tmp_path, SETTINGS)
    assert_one_line(info.value, str(tmp_path), "directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read mode-000 files")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(REPORT, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableInputError) as info:
            read_document(path, SETTINGS)
        assert type(info.value) is UnreadableInputError
        assert_one_line(info.value, str(path), "permission denied")
    finally:
        path.chmod(0o644)


def test_newline_in_file_name_keeps_message_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError) as info:
        read_document(path, SETTINGS)
    msg = str(info.value)
    assert "\n" not in msg, f"a newline in the file name splits the message: {msg!r}"
    assert "lines.txt" in msg and "empty" in msg


def test_every_input_error_is_a_sitrep_error() -> None:
    for cls in (MissingInputError, UnreadableInputError, EmptyInputError, BinaryInputError,
                EncodingError, TooLargeError):
        err = cls("some/file.txt", "a reason")
        assert isinstance(err, InputError) and isinstance(err, SitrepError)
        assert str(err) == "some/file.txt: a reason"


# --------------------------------------------------------------------------- directories


def _names(items: list[tuple[str, Path | InputError]], root: Path) -> list[str]:
    return [str(Path(name).relative_to(root)) for name, _ in items]


def test_recursive_walk_with_suffix_filter(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "C.TXT").write_text("c", encoding="utf-8")
    (tmp_path / "data.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(PNG_HEAD)
    (tmp_path / "noext").write_text("n", encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "z.text").write_text("z", encoding="utf-8")
    (sub / "skip.json").write_text("{}", encoding="utf-8")
    (tmp_path / "another").mkdir()
    (tmp_path / "another" / "y.txt").write_text("y", encoding="utf-8")

    items = list(expand_paths([str(tmp_path)], SETTINGS.suffixes))
    assert all(isinstance(p, Path) for _, p in items)
    assert all(name == str(p) for name, p in items)
    assert _names(items, tmp_path) == [
        "C.TXT", "a.md", "b.txt", "another/y.txt", "sub/deeper/z.text",
    ]
    only_md = list(expand_paths([str(tmp_path)], (".md",)))
    assert _names(only_md, tmp_path) == ["a.md"]


def test_explicit_file_is_not_suffix_filtered(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text(REPORT, encoding="utf-8")
    assert list(expand_paths([str(path)], (".txt",))) == [(str(path), path)]


def test_missing_path_is_yielded_as_error_and_the_rest_go_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    missing = str(tmp_path / "gone.txt")
    items = list(expand_paths([missing, str(good)], SETTINGS.suffixes))
    assert len(items) == 2
    name, err = items[0]
    assert name == missing
    assert type(err) is MissingInputError
    assert_one_line(err, missing, "no such file")
    assert items[1] == (str(good), good)


def test_directory_with_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(tmp_path / "target-that-does-not-exist.txt")

    results: dict[str, object] = {}
    for name, item in expand_paths([str(tmp_path)], SETTINGS.suffixes):
        if isinstance(item, InputError):
            results[name] = item
            continue
        try:
            results[name] = read_document(item, SETTINGS, source=name)
        except InputError as exc:
            results[name] = exc
    bad_name = str(tmp_path / "x.txt")
    assert set(results) == {str(tmp_path / "good.txt"), bad_name}
    assert results[str(tmp_path / "good.txt")].text == REPORT  # type: ignore[union-attr]
    err = results[bad_name]
    assert type(err) is UnreadableInputError
    assert_one_line(err, bad_name)  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read mode-000 files")
def test_directory_with_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(REPORT, encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(expand_paths([str(tmp_path)], SETTINGS.suffixes))
        assert [n for n, _ in items] == [str(tmp_path / "good.txt"), str(locked)]
        with pytest.raises(UnreadableInputError) as info:
            read_document(items[1][1], SETTINGS)  # type: ignore[arg-type]
        assert_one_line(info.value, str(locked), "permission denied")
        assert read_document(items[0][1], SETTINGS).text == REPORT  # type: ignore[arg-type]
    finally:
        locked.chmod(0o644)


# --------------------------------------------------------------------------- JSONL


def test_jsonl_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "r1", "text": "Two shot dead in Kohat."}\n'
        '{"id": "r2", "text": "broken\n'
        "\n"
        '["not", "an", "object"]\n'
        '{"id": "r5", "title": "no text"}\n'
        '{"id": "r6", "text": "Clash near Bannu leaves one dead."}\n',
        encoding="utf-8",
    )
    items = list(iter_jsonl(path, SETTINGS))
    assert [n for n, _, _ in items] == [1, 2, 4, 5, 6]  # blank line 3 is skipped, numbering kept
    assert items[0][1] == {"id": "r1", "text": "Two shot dead in Kohat."}
    assert items[4][1] == {"id": "r6", "text": "Clash near Bannu leaves one dead."}

    bad = items[1][1]
    assert type(bad) is InputError
    assert_one_line(bad, f"{path}:2", "invalid JSON")  # type: ignore[arg-type]
    not_object = items[2][1]
    assert type(not_object) is InputError
    assert_one_line(not_object, f"{path}:4", "JSON object")  # type: ignore[arg-type]
    assert [rid for _, _, rid in items] == ["r1", None, None, "r5", "r6"]  # ids kept where the line parsed
    no_text = items[3][1]
    assert type(no_text) is InputError
    assert_one_line(no_text, f"{path}:5", '"text"')  # type: ignore[arg-type]


def test_jsonl_line_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "a", "text": "short"}\n{"id": "b", "text": "' + "x" * 200 + '"}\n',
                    encoding="utf-8")
    items = list(iter_jsonl(path, IngestSettings(max_bytes=100)))
    assert items[0] == (1, {"id": "a", "text": "short"}, "a")
    assert items[1][0] == 2
    err = items[1][1]
    assert type(err) is TooLargeError
    assert_one_line(err, f"{path}:2", "max_bytes")  # type: ignore[arg-type]


def test_jsonl_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    path.write_bytes(b'{"id": "a", "text": "one"}\r\n{"id": "b", "text": "two"}\r\n')
    assert [r for _, r, _ in iter_jsonl(path, SETTINGS)] == [
        {"id": "a", "text": "one"}, {"id": "b", "text": "two"},
    ]


def test_jsonl_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n')
    assert [r for _, r, _ in iter_jsonl(path, SETTINGS)] == [
        {"id": "a", "text": "one"}, {"id": "b", "text": "two"},
    ]


def test_jsonl_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    with pytest.raises(MissingInputError) as info:
        list(iter_jsonl(path, SETTINGS))
    assert type(info.value) is MissingInputError
    assert_one_line(info.value, str(path), "no such file")


def test_jsonl_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"id": "a", "text": "caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(EncodingError) as info:
        list(iter_jsonl(path, SETTINGS))
    assert type(info.value) is EncodingError
    assert_one_line(info.value, str(path), "UTF-8")


def test_jsonl_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError) as info:
        list(iter_jsonl(tmp_path, SETTINGS))
    assert_one_line(info.value, str(tmp_path), "directory")


# --------------------------------------------------------------------------- a real 50 MB file


def test_fifty_megabyte_file_through_the_cli(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    big = tmp_path / "huge.txt"
    chunk = (REPORT + "\n") * 1000
    with big.open("w", encoding="utf-8") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    size = big.stat().st_size
    assert size >= 50 * 1024 * 1024
    small = tmp_path / "small.txt"
    small.write_text(REPORT, encoding="utf-8")

    cache = tmp_path_factory.getbasetemp() / "sitrep-cache"
    cache.mkdir(exist_ok=True)
    config = tmp_path / "config"
    config.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_DB=str(tmp_path / "db" / "sitrep.db"), XDG_CONFIG_HOME=str(config),
               XDG_CACHE_HOME=str(cache), XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", "--format", "jsonl", str(big), str(small)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("sitrep: error:")]
    assert errors == [
        f"sitrep: error: {big}: {size:,} bytes is over the 20,000,000-byte limit (ingest.max_bytes)"
    ]
    # the rest of the batch still goes through
    out = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    assert len(out) == 1
    assert '"Roadside blast wounds four in Kohat"' in out[0]
