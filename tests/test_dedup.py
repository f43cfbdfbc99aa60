"""Near-duplicates: syndicated copies of one wire story link to one canonical document."""

from __future__ import annotations

from pathlib import Path

from sitrep.clean.dedup import shingles, signature
from sitrep.ingest import make_document
from sitrep.pipeline import Summary, ingest_paths, store_document
from webkit import NullExtractor, open_db, settings_for

WIRE = [
    "Gunmen killed four road workers and wounded two others on Wednesday when they opened fire on a "
    "construction camp beside the highway north of the provincial capital, local officials said.",
    "The workers had been repairing a bridge that was damaged by floods last year. The attackers arrived in "
    "two cars shortly after sunset, fired at the tents where the men were resting and set a bulldozer alight "
    "before escaping along a dirt track into the hills.",
    "A senior police officer said the camp had received threats from a local armed group which demanded "
    "payments from contractors working on the road. Security had been promised for the site but had not yet "
    "been deployed, he said.",
    "The two wounded men were taken by ambulance to the district hospital, where their condition was "
    "described as stable. Relatives of the dead gathered outside the hospital on Thursday morning.",
    "The provincial government condemned the attack and announced compensation for the families. Work on "
    "the bridge has been suspended until further notice, a spokesman for the contractor said.",
]

OTHER = [
    "A roadside bomb struck a police vehicle near the border crossing on Tuesday, killing two officers, "
    "according to a statement from the provincial police. The blast left a deep crater in the road.",
    "Police said the device had been buried under the tarmac overnight and was set off by remote control as "
    "the vehicle passed. Traffic through the crossing was halted for several hours while the area was searched.",
    "Officials said the highway north of the provincial capital had seen a rise in attacks on contractors "
    "and police this year, and promised more patrols.",
]


def story(title: str, paras: list[str], dateline: str = "", tail: str = "") -> str:
    body = list(paras)
    body[0] = dateline + body[0]
    return title + "\n\n" + "\n\n".join(body) + ("\n\n" + tail if tail else "") + "\n"


COPIES = {
    "wire.txt": story("Gunmen kill four road workers at highway camp", WIRE, "MARDAN, May 8 (Wire) - "),
    "daily.txt": story("Four labourers shot dead at bridge site", WIRE, "MARDAN: ",
                       "Copyright 2024 The Daily Courier. Reporting by staff correspondent."),
    "portal.txt": story("Attack on road camp leaves four dead", WIRE, "",
                        "Read more: regional security coverage on our website."),
    "other.txt": story("Roadside bomb kills two police officers", OTHER, "TORKHAM: "),
}


def test_signature_similarity_tracks_shared_text() -> None:
    a = signature(COPIES["wire.txt"])
    b = signature(COPIES["daily.txt"])
    c = signature(COPIES["other.txt"])
    assert a.similarity(b.values) >= 0.8
    assert a.similarity(c.values) < 0.2
    assert signature(COPIES["wire.txt"]).values == a.values  # deterministic across runs
    assert len(a.bands) > 1 and len(set(a.bands) & set(b.bands)) >= 1
    assert shingles("one two", 5) == {b"one two"} and shingles("", 5) == set()


def test_syndicated_copies_link_to_one_canonical_document(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in COPIES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    (inbox / "wire_copy.txt").write_text(COPIES["wire.txt"], encoding="utf-8")  # exact copy, another name
    settings = settings_for(tmp_path)
    extractor = NullExtractor()
    with open_db(tmp_path) as store:
        outcomes = {Path(o.name).name: o for o in ingest_paths([str(inbox)], settings, extractor, store)}
        summary = Summary()
        for o in outcomes.values():
            summary.add(o)
        assert summary.line() == "read 5, new 2, duplicate 3 (exact 1, near 2), rejected 0"
        # sorted order: daily.txt comes first, so it is the canonical copy of the wire story
        canonical = outcomes["daily.txt"]
        assert canonical.status == "new"
        assert outcomes["other.txt"].status == "new"
        for name in ("portal.txt", "wire.txt"):
            o = outcomes[name]
            assert (o.status, o.kind, o.document_id) == ("duplicate", "near", canonical.document_id)
            assert o.similarity is not None and o.similarity >= 0.8
        assert outcomes["wire_copy.txt"].kind == "exact"  # same text as wire.txt, a linked copy
        assert extractor.seen == 4  # exact copies are not extracted again; near ones are, to compare figures
        assert store.counts()["documents"] == 2
        sources = store.sources(canonical.document_id or "")
        assert [(Path(s.source).name, s.relation) for s in sources] == [
            ("daily.txt", "original"), ("portal.txt", "near"), ("wire.txt", "near"), ("wire_copy.txt", "exact"),
        ]
        near = [s for s in sources if s.relation == "near"]
        assert all(s.content_id != canonical.document_id and s.title for s in near)

        # a second run adds nothing: every copy is already linked
        again = Summary()
        for o in ingest_paths([str(inbox)], settings, extractor, store):
            again.add(o)
        assert (again.new, again.exact + again.near) == (0, 5)
        assert len(store.sources(canonical.document_id or "")) == 4


def test_near_duplicates_can_be_switched_off(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "[dedup]\nnear_duplicates = false\n")
    with open_db(tmp_path) as store:
        a = store_document(make_document(COPIES["wire.txt"], source="a"), settings, NullExtractor(), store)
        b = store_document(make_document(COPIES["daily.txt"], source="b"), settings, NullExtractor(), store)
        assert (a.status, b.status) == ("new", "new")


def test_threshold_is_configurable(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "[dedup]\nthreshold = 0.99\n")
    with open_db(tmp_path) as store:
        store_document(make_document(COPIES["wire.txt"], source="a"), settings, NullExtractor(), store)
        b = store_document(make_document(COPIES["portal.txt"], source="b"), settings, NullExtractor(), store)
        assert b.status == "new"


def test_near_copy_with_new_figures_is_kept_as_an_update(tmp_path: Path) -> None:
    from sitrep.config import load_settings
    from sitrep.extract import get_extractor
    from sitrep.resolve.merge import canonical_incidents

    first = story("Gunmen kill four road workers at highway camp", WIRE, "MARDAN, Pakistan (Wire) - ")
    update = first.replace("killed four road workers", "killed six road workers")
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(update, encoding="utf-8")
    settings = settings_for(tmp_path)
    extractor = get_extractor(load_settings(env={}))
    with open_db(tmp_path) as store:
        (a,) = ingest_paths([str(tmp_path / "a.txt")], settings, extractor, store, "2024-05-09")
        (b,) = ingest_paths([str(tmp_path / "b.txt")], settings, extractor, store, "2024-05-10")
        assert a.status == "new"
        assert b.status == "new" and "update of" in (b.note or "")
        assert store.counts()["documents"] == 2
        (event, canon), = canonical_incidents(store)
        assert canon.sources == 2
        assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (4, 6, 6)
        assert [(h.published, h.best) for h in canon.history] == [("2024-05-09", 4), ("2024-05-10", 6)]
