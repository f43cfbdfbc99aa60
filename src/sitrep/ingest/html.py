"""HTML pages to documents: the main text (trafilatura), with title, author, outlet, URL and date.

The page's own metadata comes first; when it hides the publication date,
htmldate looks for one in the markup and the URL. The headline becomes the
first line of the text so that segmentation sees it as the title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..config import IngestSettings
from ..errors import BinaryInputError, CorruptInputError, EncodingError, NoTextError
from ..records import Document
from .deps import require
from .files import decode, make_document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or ``http-equiv``)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def decode_html(data: bytes, source: str, declared: str | None = None,
                fallback: tuple[str, ...] = ()) -> str:
    """Bytes of a page to text: a BOM, the HTTP charset, the meta charset, UTF-8, then the
    configured fallbacks. Binary data and bytes valid in none of them are refused."""
    if b"\x00" in data[:8192]:
        raise BinaryInputError(source, "binary data (NUL bytes), not an HTML page")
    if data.startswith(b"\xef\xbb\xbf"):
        return decode(data, source)
    tried = []
    for enc in (declared, sniff_charset(data)):
        if not enc or enc in tried or enc.replace("-", "").replace("_", "") in {"utf8"}:
            continue
        tried.append(enc)
        try:
            return data.decode(enc)
        except LookupError:
            continue  # an unknown charset name: fall through to UTF-8
        except UnicodeDecodeError:
            continue
    try:
        return decode(data, source, fallback)
    except EncodingError as exc:
        if tried:
            raise EncodingError(source, f"{exc.reason}; not valid {', '.join(tried)} either") from None
        raise


def _iso_date(value: Any) -> str | None:
    """A publication date as YYYY-MM-DD, or None. Reads ISO dates and date-times, Unix seconds or
    milliseconds, RFC 2822 ("Tue, 05 Mar 2024 10:00:00 GMT") and written-out dates ("5 March
    2024", "March 5, 2024"); a date without its day, or a number outside 1990-2100, is None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch_date(float(value))
    if not isinstance(value, str) or len(value.strip()) < 6:
        return None
    value = value.strip()
    if value.isdigit():
        return _epoch_date(float(value))
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from ..extract.dates import find_dates

    for mention in find_dates(value[:80], dayfirst=True):
        if mention.year and mention.month and mention.day:
            return date(mention.year, mention.month, mention.day).isoformat()
    return None


def _epoch_date(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        day = datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day.isoformat() if 1990 <= day.year <= 2100 else None


def find_date(html: str, url: str | None, *, extensive: bool = False) -> str | None:
    """Publication date hidden in the markup or the URL (htmldate), or None. The extensive search
    also reads the page's free text; its year-only guesses (a copyright line gives YYYY-01-01)
    are dropped."""
    htmldate = require("htmldate")
    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=extensive,
                                   outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted parser errors on odd pages
        return None
    iso = _iso_date(found)
    if extensive and iso and iso.endswith("-01-01"):
        return None
    return iso


def extract_main(html: str, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's main text and metadata as a dict, or None when it finds no article."""
    trafilatura = require("trafilatura")
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, deduplicate=False,
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    if result is None:
        return None
    data: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data


def html_to_document(data: bytes | str, *, source: str, settings: IngestSettings, url: str | None = None,
                     published: str | None = None, charset: str | None = None,
                     outlet: str | None = None, default_date: str | None = None) -> Document:
    """One HTML page to a document, or an :class:`InputError` naming the page and the reason."""
    html = data if isinstance(data, str) else decode_html(data, source, charset, settings.fallback_encodings)
    if not html.strip():
        raise NoTextError(source, "empty page")
    try:
        meta = extract_main(html, url)
    except RecursionError:
        raise CorruptInputError(source, "markup nested too deeply to parse") from None
    except Exception as exc:  # lxml and trafilatura raise many kinds on hostile markup
        raise CorruptInputError(source, f"HTML could not be parsed ({exc.__class__.__name__}: {exc})") from None
    body = (meta or {}).get("text") or ""
    if len(body.strip()) < settings.min_text_chars:
        raise NoTextError(source, f"no article text found ({len(body.strip())} characters of main text; "
                                  f"ingest.min_text_chars is {settings.min_text_chars})")
    assert meta is not None
    title = (meta.get("title") or "").strip() or None
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    text = "\n".join(([title, ""] if title else []) + lines) + "\n"
    page_url = url or meta.get("url") or None
    found = (published or _iso_date(meta.get("date")) or find_date(html, page_url) or _iso_date(default_date)
             or find_date(html, page_url, extensive=True))
    doc = make_document(text, source=source, title=title, url=page_url,
                        outlet=outlet or meta.get("sitename") or meta.get("hostname") or None, published=found)
    author = (meta.get("author") or "").strip() or None
    return replace(doc, author=author)
