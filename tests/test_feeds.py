"""Feeds and fetching against a real HTTP server on 127.0.0.1 (allowed only in these tests' own settings)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("httpx", reason="needs the web extra: pip install -e '.[web]'")
pytest.importorskip("trafilatura", reason="needs the web extra: pip install -e '.[web]'")

from sitrep.errors import (  # noqa: E402
    BlockedAddressError,
    FetchError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)
from sitrep.ingest.feeds import parse_feed, poll_feed  # noqa: E402
from sitrep.ingest.fetch import Fetcher, blocked_reason  # noqa: E402
from webkit import ARTICLES, NullExtractor, open_db, page, settings_for  # noqa: E402

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Site:
    """Routes: path -> (status, headers, body); every request is logged."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.fail_first: dict[str, int] = {}


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if site.fail_first.get(self.path, 0) > 0:
                site.fail_first[self.path] -= 1
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    s.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, ROBOTS)
    try:
        yield s, base
    finally:
        server.shutdown()
        server.server_close()


ALLOW = ("[fetch]\nallow_private_addresses = true\nper_host_delay = 0.0\nretries = 2\nbackoff = 0.01\n"
         "timeout = 5.0\n")


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontier Ledger: security</title>
<link>{base}/</link><description>Test feed</description>
<item><title>{ARTICLES["kohat"][0]}</title><link>{base}/news/kohat</link><guid>ledger-1</guid>
<pubDate>Thu, 16 May 2024 08:30:00 +0500</pubDate></item>
<item><title>{ARTICLES["gao"][0]}</title><link>/news/gao</link><guid>ledger-2</guid></item>
<item><title>Members only</title><link>{base}/private/report</link><guid>ledger-3</guid></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Watch</title>
<entry><title>{ARTICLES["kismayo"][0]}</title><id>urn:coast:77</id>
<link rel="alternate" href="{base}/coast/kismayo"/><updated>2024-06-03T21:00:00Z</updated></entry>
</feed>""".encode()


def serve_news(s: Site, base: str) -> None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    s.routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, rss(base))
    s.routes["/atom.xml"] = (200, {"Content-Type": "application/atom+xml",
                                   "Last-Modified": "Mon, 03 Jun 2024 21:00:00 GMT"}, atom(base))
    s.routes["/news/kohat"] = (200, html, page("kohat").encode())
    s.routes["/news/gao"] = (200, html, page("gao", date_meta=False).encode())
    s.routes["/private/report"] = (200, html, page("gao").encode())
    s.routes["/coast/kismayo"] = (200, html, page("kismayo", date_meta=False).encode())


def test_parse_rss_and_atom() -> None:
    title, items = parse_feed(rss("http://h"), "http://h/feed.rss")
    assert title == "Frontier Ledger: security"
    assert [(i.key, i.url, i.published) for i in items] == [
        ("ledger-1", "http://h/news/kohat", "2024-05-16"), ("ledger-2", "http://h/news/gao", None),
        ("ledger-3", "http://h/private/report", None)]
    title, items = parse_feed(atom("http://h"), "http://h/atom.xml")
    assert title == "Coast Watch" and items[0].key == "urn:coast:77" and items[0].published == "2024-06-03"
    with pytest.raises(Exception, match="entities"):
        parse_feed(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss/>', "http://h/x")


def test_poll_ingests_new_items_once(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    serve_news(s, base)
    settings = settings_for(tmp_path, ALLOW)
    with open_db(tmp_path) as store, Fetcher(settings.fetch) as fetcher:
        rss_feed, _ = store.add_feed(base + "/feed.rss")
        atom_feed, _ = store.add_feed(base + "/atom.xml")
        results = [o for f in store.feeds() for o in poll_feed(f, fetcher, store, settings, NullExtractor())]
        assert sorted((o.name.replace(base, ""), o.status) for o in results) == [
            ("/coast/kismayo", "new"), ("/news/gao", "new"), ("/news/kohat", "new"), ("/private/report", "error")]
        robots = [o for o in results if o.status == "error"][0]
        assert "robots.txt" in robots.detail
        assert "/private/report" not in [p for p, _ in s.log]  # never fetched
        assert {h["user-agent"] for _, h in s.log} == {settings.fetch.user_agent}
        kismayo = store.document(store.document_for_content(_doc_id(store, base + "/coast/kismayo")) or "")
        assert kismayo.published == "2024-06-03"  # the page hides its date; the feed gives it
        assert kismayo.url == base + "/coast/kismayo"
        assert [r.source for r in store.rejections()] == [base + "/private/report"]

        s.log.clear()
        again = [o for f in store.feeds() for o in poll_feed(f, fetcher, store, settings, NullExtractor())]
        assert again == []
        paths = [p for p, _ in s.log]
        assert paths == ["/feed.rss", "/atom.xml"]  # no item page is fetched again
        rss_headers = s.log[0][1]
        assert rss_headers.get("if-none-match") == '"v1"'  # conditional GET, answered 304
        assert s.log[1][1].get("if-modified-since") == "Mon, 03 Jun 2024 21:00:00 GMT"
        assert store.feeds()[0].status == "not modified"
        assert store.feed_item_counts(rss_feed.id) == {"new": 2, "rejected": 1}
        assert store.feed_item_counts(atom_feed.id) == {"new": 1}


def _doc_id(store: object, url: str) -> str:
    from sitrep.store import SQLStore

    assert isinstance(store, SQLStore)
    with store.engine.connect() as conn:
        from sqlalchemy import text

        return str(conn.execute(text("SELECT content_id FROM document_sources WHERE source = :u"), {"u": url}).scalar())


def test_redirects_are_followed_up_to_the_limit(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    for i in range(10):
        s.routes[f"/hop{i}"] = (302, {"Location": f"/hop{i + 1}"}, b"")
    s.routes["/hop10"] = (200, {"Content-Type": "text/plain"}, b"arrived")
    settings = settings_for(tmp_path, ALLOW + "max_redirects = 3\n")
    with Fetcher(settings.fetch) as fetcher:
        assert fetcher.get(base + "/hop8").content == b"arrived"
        assert fetcher.get(base + "/hop8").url == base + "/hop10"
        with pytest.raises(TooManyRedirectsError) as info:
            fetcher.get(base + "/hop0")
        assert "more than 3 redirects" in str(info.value) and "\n" not in str(info.value)


def test_retries_with_backoff_then_gives_up(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    s.routes["/flaky"] = (200, {}, b"fine")
    s.fail_first["/flaky"] = 2
    s.routes["/down"] = (200, {}, b"never")
    s.fail_first["/down"] = 10
    waits: list[float] = []
    settings = settings_for(tmp_path, ALLOW)
    with Fetcher(settings.fetch, sleep=waits.append) as fetcher:
        assert fetcher.get(base + "/flaky").content == b"fine"
        assert waits == [0.01, 0.02]
        with pytest.raises(FetchError, match="HTTP 503"):
            fetcher.get(base + "/down")


def test_per_host_rate_limit(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    s.routes["/a"] = (200, {}, b"a")
    settings = settings_for(tmp_path, ALLOW.replace("per_host_delay = 0.0", "per_host_delay = 30.0"))
    waits: list[float] = []
    with Fetcher(settings.fetch, sleep=waits.append) as fetcher:
        fetcher.get(base + "/a")  # robots.txt, then /a: the second request waits
        fetcher.get(base + "/a")
    assert len(waits) == 2 and all(25 < w <= 30 for w in waits)


def test_private_addresses_refused_by_default(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    s.routes["/a"] = (200, {}, b"a")
    settings = settings_for(tmp_path)  # no allowance
    assert settings.fetch.allow_private_addresses is False
    with Fetcher(settings.fetch) as fetcher:
        with pytest.raises(BlockedAddressError) as info:
            fetcher.get(base + "/a")
        msg = str(info.value)
        assert "loopback address 127.0.0.1" in msg and "fetch.allow_private_addresses" in msg and "\n" not in msg
        localhost = base.replace("127.0.0.1", "localhost")
        with pytest.raises(BlockedAddressError):
            fetcher.get(localhost + "/a")
        with pytest.raises(FetchError, match="only http and https"):
            fetcher.get("file:///etc/passwd")
    assert s.log == []  # nothing reached the server
    # a public host that redirects to a private one is refused at the hop
    public = Fetcher(settings.fetch, resolver=lambda host, port: ["93.184.216.34"] if host == "news.example"
                     else ["127.0.0.1"])
    assert blocked_reason("93.184.216.34") is None
    for addr, label in (("10.1.2.3", "private"), ("192.168.0.9", "private"), ("169.254.169.254", "link-local"),
                        ("::1", "loopback"), ("fe80::1", "link-local"), ("::ffff:127.0.0.1", "loopback"),
                        ("0.0.0.0", "address")):
        assert label in (blocked_reason(addr) or ""), addr
    with pytest.raises(BlockedAddressError):
        public.check_address("http://inside.example/")
    public.check_address("http://news.example/")
    public.close()


def test_robots_disallow_for_direct_fetch(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    settings = settings_for(tmp_path, ALLOW)
    with Fetcher(settings.fetch) as fetcher, pytest.raises(RobotsDisallowedError):
        fetcher.get(base + "/private/x")


def test_feeds_cli(site: tuple[Site, str], tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    s, base = site
    serve_news(s, base)
    cfg = tmp_path / "config.toml"
    cfg.write_text(ALLOW, encoding="utf-8")
    cache = tmp_path_factory.getbasetemp() / "sitrep-cache"
    cache.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_DB=str(tmp_path / "feeds.db"), SITREP_CONFIG=str(cfg), XDG_CACHE_HOME=str(cache),
               XDG_DATA_HOME=str(tmp_path / "data"))

    def sitrep(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "sitrep", *args], capture_output=True, text=True, env=env,
                              timeout=120)

    assert sitrep("feeds", "add", base + "/feed.rss").stdout.startswith("added: feed 1")
    assert "already subscribed" in sitrep("feeds", "add", base + "/feed.rss").stdout
    assert sitrep("feeds", "add", "ftp://x/y").returncode == 2
    r = sitrep("feeds", "poll")
    assert r.returncode == 1, r.stderr  # the robots.txt refusal
    assert len([ln for ln in r.stdout.splitlines() if ln.startswith("new")]) == 2
    assert "read 3, new 2, duplicate 0 (exact 0, near 0), rejected 1" in r.stderr
    listed = sitrep("feeds", "list").stdout
    assert "Frontier Ledger: security" in listed and "new 2, rejected 1" in listed
    r = sitrep("feeds", "poll")
    assert "read 0, new 0" in r.stderr
    assert "robots" in sitrep("rejections").stdout
    assert sitrep("feeds", "poll", "--every", "soon").returncode == 2
