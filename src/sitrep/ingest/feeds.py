"""RSS and Atom feeds: parse, then fetch and ingest each item's page once.

An item is known by its guid (RSS) or id (Atom), else its link. Items whose page was
stored, linked as a duplicate, or refused for good (robots.txt, a blocked address,
an HTTP 4xx, a page with no article) are remembered and never fetched again; items
that failed for a passing reason (a timeout, an HTTP 5xx) are tried again on the next poll.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ..config import Settings
from ..errors import (
    BlockedAddressError,
    FetchError,
    InputError,
    RobotsDisallowedError,
    SitrepError,
    TooManyRedirectsError,
)
from ..store import Feed, Store
from .fetch import Fetcher
from .html import _iso_date, html_to_document

if TYPE_CHECKING:
    from ..extract.registry import Extractor


@dataclass(frozen=True)
class FeedItem:
    key: str
    url: str
    title: str | None = None
    published: str | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child(el: ET.Element, name: str) -> ET.Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: ET.Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return el.text.strip() or None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    iso = _iso_date(value)
    if iso:
        return iso
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def parse_feed(data: bytes, url: str) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and its items (RSS 2.0, RSS 1.0 or Atom); raises InputError on bad XML."""
    if b"<!ENTITY" in data[:65536].upper():
        raise InputError(url, "feed declares XML entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(url, f"not a valid feed (XML error: {exc})") from None
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        raise InputError(url, f"not an RSS or Atom feed (root element <{kind}>)")
    channel = _child(root, "channel")
    title = _text(_child(channel if channel is not None and kind == "rss" else root, "title"))
    items = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("item", "entry"):
            continue
        link = None
        if name == "entry":
            for c in el:
                if _local(c.tag) == "link" and c.get("rel", "alternate") == "alternate" and c.get("href"):
                    link = c.get("href")
                    break
            key = _text(_child(el, "id"))
            when = _text(_child(el, "published")) or _text(_child(el, "updated"))
        else:
            link = _text(_child(el, "link")) or el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            key = _text(_child(el, "guid"))
            when = _text(_child(el, "pubdate")) or _text(_child(el, "date"))
        if not link:
            continue
        link = urljoin(url, link)
        items.append(FeedItem(key or link, link, _text(_child(el, "title")), _date(when)))
    return title, items


@dataclass(frozen=True)
class ItemOutcome:
    feed: str
    name: str
    status: str  # new | duplicate | error | retry
    detail: str = ""
    kind: str | None = None


_PERMANENT = (BlockedAddressError, RobotsDisallowedError, TooManyRedirectsError)


def poll_feed(feed: Feed, fetcher: Fetcher, store: Store, settings: Settings,
              extractor: Extractor) -> Iterator[ItemOutcome]:
    """Fetch one feed (conditionally), then fetch and ingest each item not seen before."""
    from ..pipeline import error_label, record_rejection, store_document

    try:
        resp = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except FetchError as exc:
        store.update_feed(feed.id, status=f"error: {exc.reason}")
        record_rejection(store, settings, feed.url, exc)
        yield ItemOutcome(feed.url, feed.url, "error", str(exc), error_label(exc))
        return
    if resp.not_modified:
        store.update_feed(feed.id, status="not modified")
        return
    try:
        title, items = parse_feed(resp.content, resp.url)
    except InputError as exc:
        store.update_feed(feed.id, status=f"error: {exc.reason}")
        record_rejection(store, settings, feed.url, exc)
        yield ItemOutcome(feed.url, feed.url, "error", str(exc), error_label(exc))
        return
    new = 0
    for item in items:
        if store.item_seen(feed.id, item.key):
            continue
        try:
            page = fetcher.get(item.url)
            doc = html_to_document(page.content, source=page.url, settings=settings.ingest, url=page.url,
                                   charset=page.charset, default_date=item.published)
            outcome = store_document(doc, settings, extractor, store, page.url)
        except (InputError, *_PERMANENT) as exc:
            record_rejection(store, settings, item.url, exc)
            store.mark_item(feed.id, item.key, item.url, "rejected", None)
            yield ItemOutcome(feed.url, item.url, "error", str(exc), error_label(exc))
            continue
        except FetchError as exc:
            permanent = exc.reason.startswith("HTTP 4") and not exc.reason.startswith("HTTP 429")
            record_rejection(store, settings, item.url, exc)
            if permanent:
                store.mark_item(feed.id, item.key, item.url, "rejected", None)
            yield ItemOutcome(feed.url, item.url, "error" if permanent else "retry", str(exc), "fetch")
            continue
        except SitrepError as exc:
            record_rejection(store, settings, item.url, exc)
            yield ItemOutcome(feed.url, item.url, "retry", str(exc), error_label(exc))
            continue
        store.mark_item(feed.id, item.key, item.url, outcome.status, outcome.document_id)
        new += outcome.status == "new"
        detail = outcome.kind or ""
        yield ItemOutcome(feed.url, item.url, outcome.status, detail, outcome.kind)
    store.update_feed(feed.id, title=title, etag=resp.etag, last_modified=resp.last_modified,
                      status=f"ok: {len(items)} items, {new} new")
