"""Polite, guarded HTTP fetching (httpx): timeouts, retries with backoff, conditional GET,
a redirect limit, a clear User-Agent, a per-host rate limit and robots.txt.

Every hop of a redirect chain is checked by the address guard: a host that resolves to
a private, loopback, link-local, multicast, reserved or unspecified address is refused
unless ``fetch.allow_private_addresses`` is on. (The guard resolves the name itself
before the request; a DNS answer that changes between the check and the connection is
not caught.)
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..config import FetchSettings
from ..errors import BlockedAddressError, FetchError, RobotsDisallowedError, TooManyRedirectsError
from .deps import require

_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Response:
    url: str  # the final URL after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return None


def blocked_reason(address: str) -> str | None:
    """Why an IP address is not a public one, or None when it is."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, label in (("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_private", "private"),
                        ("is_multicast", "multicast"), ("is_unspecified", "unspecified"),
                        ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return f"{label} address {ip}"
    return None


def resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class Fetcher:
    """One polite HTTP client for a whole run (it remembers robots.txt and when it last hit each host)."""

    def __init__(self, settings: FetchSettings, *, client: Any = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 resolver: Callable[[str, int], list[str]] = resolve) -> None:
        self.settings = settings
        httpx = require("httpx")
        self._httpx = httpx
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(settings.timeout), follow_redirects=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self._sleep, self._clock, self._resolve = sleep, clock, resolver
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ guards

    def check_address(self, url: str) -> None:
        """Refuse URLs that are not http(s) or whose host is not a public address."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "only http and https URLs can be fetched")
        if self.settings.allow_private_addresses:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self._resolve(parts.hostname, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve host {parts.hostname} ({exc})") from None
        for address in addresses:
            reason = blocked_reason(address)
            if reason:
                raise BlockedAddressError(
                    url, f"host {parts.hostname} resolves to a {reason}; refused "
                         "(set fetch.allow_private_addresses to allow)")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets sitrep's user agent fetch the URL (RFC 9309: a missing file
        allows everything; an unreachable one forbids everything)."""
        if not self.settings.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser: RobotFileParser | None = RobotFileParser()
            try:
                resp = self._get(origin + "/robots.txt", {}, check_robots=False)
            except FetchError:
                parser = None
            else:
                assert parser is not None
                if resp.status >= 500:
                    parser = None
                elif resp.status >= 400:
                    parser.parse([])  # no robots.txt: everything allowed
                else:
                    parser.parse(resp.content.decode("utf-8", "replace").splitlines())
            self._robots[origin] = parser
        found = self._robots[origin]
        return found is not None and found.can_fetch(self.settings.user_agent, url)

    # ------------------------------------------------------------------ requests

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET a URL with every guard; 304 comes back as a response, other 4xx/5xx raise FetchError."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        resp = self._get(url, headers, check_robots=True)
        if resp.status >= 400:
            raise FetchError(url, f"HTTP {resp.status}")
        return resp

    def _get(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Response:
        start = url
        for _hop in range(self.settings.max_redirects + 1):
            self.check_address(url)
            if check_robots and not self.allowed(url):
                raise RobotsDisallowedError(url, "disallowed by robots.txt")
            resp = self._request(url, headers)
            location = resp.headers.get("location")
            if resp.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return resp
        raise TooManyRedirectsError(start, f"more than {self.settings.max_redirects} redirects "
                                           "(fetch.max_redirects)")

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            wait = self.settings.per_host_delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        httpx = self._httpx
        attempt = 0
        while True:
            self._wait_for_host(url)
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    status = r.status_code
                    if status in _RETRY_STATUS and attempt < self.settings.retries:
                        retry_after = r.headers.get("retry-after", "")
                        delay = float(retry_after) if retry_after.isdigit() else 0.0
                        raise _Retry(max(delay, self.settings.backoff * 2 ** attempt))
                    chunks, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > self.settings.max_bytes:
                            raise FetchError(url, f"response is over the {self.settings.max_bytes:,}-byte "
                                                  "limit (fetch.max_bytes)")
                        chunks.append(chunk)
                    return Response(str(r.url), status, b"".join(chunks),
                                    {k.lower(): v for k, v in r.headers.items()})
            except _Retry as retry:
                attempt += 1
                self._sleep(min(retry.delay, 60.0))
            except httpx.TransportError as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(url, f"{exc.__class__.__name__}: {exc or 'no detail'} "
                                          f"(after {attempt + 1} tries)") from None
                self._sleep(self.settings.backoff * 2 ** attempt)
                attempt += 1


class _Retry(Exception):
    def __init__(self, delay: float) -> None:
        super().__init__(delay)
        self.delay = delay
