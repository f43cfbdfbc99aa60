"""Pages, articles and helpers shared by the web-ingest tests (all text written for these tests)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sitrep.config import Settings, load_settings
from sitrep.records import Document, Extraction
from sitrep.store import SQLStore

ARTICLES = {
    "kohat": (
        "Roadside bomb wounds five labourers near Kohat",
        [
            "KOHAT: Five labourers were wounded on Thursday when a bomb hidden beside a dirt road went off as "
            "their pickup truck passed a brick kiln on the edge of Kohat, district police said.",
            "The men were taken to a government hospital, where doctors described two of them as being in a "
            "serious condition. Police cordoned off the road and bomb disposal staff searched the fields nearby.",
            "No group said it had planted the device. Officers said they were questioning kiln workers about a "
            "motorcycle seen near the road shortly before the blast.",
        ],
    ),
    "gao": (
        "Gunmen attack market traders on the road to Gao",
        [
            "GAO: Armed men on motorbikes stopped two lorries carrying market traders on the road to Gao on "
            "Saturday and shot dead three of the passengers, a local official told reporters.",
            "The attackers set one lorry on fire before driving off towards the river, the official said, "
            "adding that soldiers had been sent to the area to search for them.",
            "Traders in the town said the road had become too dangerous to travel after dark and that several "
            "of them had stopped going to the weekly market altogether.",
        ],
    ),
    "kismayo": (
        "Mortar rounds land near Kismayo port",
        [
            "KISMAYO: Three mortar rounds landed close to the port in Kismayo late on Monday, damaging a "
            "warehouse and a fishing boat, regional security officials said.",
            "Nobody was hurt, according to the officials, who blamed militants operating from villages across "
            "the river. Port workers said the shells struck shortly after the evening prayer.",
            "The regional administration said patrols around the port would be stepped up during the night.",
        ],
    ),
}


def article_text(key: str) -> str:
    title, paras = ARTICLES[key]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def page(key: str, *, date_meta: bool = True, author: str = "Amina Qureshi", outlet: str = "The Frontier Ledger",
         extra: str = "", date: str = "2024-05-16") -> str:
    """A news page with navigation, a share row, the article and a footer."""
    title, paras = ARTICLES[key]
    meta = f'<meta property="article:published_time" content="{date}T08:30:00+05:00">' if date_meta else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta name="author" content="{author}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
{meta}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{title}</h1>
<div class="share">Share on Facebook | Twitter | WhatsApp</div>
{body}
{extra}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Cricket board names new captain</a></li>
<li><a href="/b">Fuel prices to rise next month</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 {outlet}. All rights reserved.</p><p>Privacy policy | Terms of use</p></footer>
</body></html>
"""


@dataclasses.dataclass
class NullExtractor:
    """Stores documents without extracting anything (keeps these tests fast and offline)."""

    name: str = "null"
    seen: int = 0

    def extract(self, doc: Document) -> Extraction:
        self.seen += 1
        return Extraction(doc)


def settings_for(tmp_path: Path, toml: str = "") -> Settings:
    cfg = tmp_path / "sitrep-test.toml"
    cfg.write_text(toml, encoding="utf-8")
    return load_settings(cfg, env={})


def open_db(tmp_path: Path) -> SQLStore:
    return SQLStore(str(tmp_path / "db" / "test.db"))
