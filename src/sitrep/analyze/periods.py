"""Reporting periods and time buckets: a month, an ISO week, a year or a date range.

Accepted forms: ``2024-10`` (a month), ``2024-W41`` (an ISO week, Monday to Sunday),
``2024`` (a year), ``2024-10-01..2024-10-15`` (an inclusive range) and ``2024-10-06``
(one day). The previous period is the one of the same kind just before (the month,
week or year before; for a range, as many days ending the day before it starts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import AnalysisError

Bucket = str  # "2024-10" for a month, "2024-W41" for a week


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive
    kind: str  # month | week | year | range | day
    label: str

    @property
    def since(self) -> str:
        return self.start.isoformat()

    @property
    def until(self) -> str:
        return self.end.isoformat()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: str | None) -> bool:
        return day is not None and self.since <= day[:10] <= self.until

    def previous(self) -> Period:
        if self.kind == "month":
            last = self.start - timedelta(days=1)
            return month_period(last.year, last.month)
        if self.kind == "year":
            return parse_period(str(self.start.year - 1))
        if self.kind == "week":
            monday = self.start - timedelta(days=7)
            iso = monday.isocalendar()
            return Period(monday, monday + timedelta(days=6), "week", f"{iso.year}-W{iso.week:02d}")
        end = self.start - timedelta(days=1)
        start = end - timedelta(days=self.days - 1)
        if self.kind == "day":
            return Period(end, end, "day", end.isoformat())
        return Period(start, end, "range", f"{start.isoformat()}..{end.isoformat()}")


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return Period(start, nxt - timedelta(days=1), "month", f"{year}-{month:02d}")


def describe(period: Period) -> str:
    """Words for a period: "October 2024", "week 2024-W41 (2024-10-07 to 2024-10-13)"."""
    if period.kind == "month":
        return f"{_MONTH_NAMES[period.start.month - 1]} {period.start.year}"
    if period.kind == "year":
        return str(period.start.year)
    if period.kind == "day":
        return period.since
    if period.kind == "week":
        return f"week {period.label} ({period.since} to {period.until})"
    return f"{period.since} to {period.until}"


def parse_period(text: str) -> Period:
    """A period from its written form; raises AnalysisError with the accepted forms."""
    raw = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})", raw):
            return month_period(int(m.group(1)), int(m.group(2)))
        if m := re.fullmatch(r"(\d{4})-?W(\d{1,2})", raw, re.I):
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return Period(monday, monday + timedelta(days=6), "week", f"{int(m.group(1))}-W{int(m.group(2)):02d}")
        if re.fullmatch(r"\d{4}", raw):
            year = int(raw)
            return Period(date(year, 1, 1), date(year, 12, 31), "year", raw)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", raw):
            start, end = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if end < start:
                raise AnalysisError(f"period {text!r}: the end comes before the start")
            return Period(start, end, "range", f"{start.isoformat()}..{end.isoformat()}")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            day = date.fromisoformat(raw)
            return Period(day, day, "day", raw)
    except ValueError as exc:
        raise AnalysisError(f"period {text!r}: {exc}") from None
    raise AnalysisError(f"period {text!r}: use YYYY-MM, YYYY-Www, YYYY, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")


def bucket_of(day: str, by: str) -> Bucket:
    """The month ("2024-10") or ISO week ("2024-W41") a YYYY-MM-DD date falls in."""
    if by == "month":
        return day[:7]
    if by == "week":
        iso = date.fromisoformat(day[:10]).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    raise AnalysisError(f"unknown bucket {by!r}: use month or week")


def bucket_range(first: str, last: str, by: str) -> list[Bucket]:
    """Every bucket from the one holding date ``first`` to the one holding ``last``, gaps included."""
    out: list[Bucket] = []
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        end = last[:7]
        while f"{y}-{m:02d}" <= end:
            out.append(f"{y}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    start = date.fromisoformat(first[:10])
    monday = start - timedelta(days=start.weekday())
    stop = date.fromisoformat(last[:10])
    while monday <= stop:
        out.append(bucket_of(monday.isoformat(), "week"))
        monday += timedelta(days=7)
    return out


def bucket_start(bucket: Bucket) -> date:
    """First day of a bucket."""
    if "W" in bucket:
        year, week = bucket.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    return date(int(bucket[:4]), int(bucket[5:7]), 1)
