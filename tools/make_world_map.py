"""Make resources/maps/world_110m.geojson, the country outlines of the home tab's map.

The outlines are Natural Earth's "Admin 0 – Countries" at 1:110 million (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as geopandas shipped them up to
its version 0.14 under the name ``naturalearth_lowres``. That wheel is on PyPI, so the
data's provenance is reproducible with the package registry alone:

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    pip install pyshp            # reads the shapefile; not a dependency of the app
    python tools/make_world_map.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

Coordinates are rounded to 0.01° (about 1 km, far below what a screen or an A4 page
shows at world scale), repeated points dropped, and each country keeps its ISO 3166
alpha-3 code, its name and its Natural Earth continent. The result is compact GeoJSON
(RFC 7946, MultiPolygon features) of about 200 KB.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TARGET = Path(__file__).resolve().parent.parent / "resources" / "maps" / "world_110m.geojson"
DIGITS = 2


def _rings(shape: shapefile.Shape) -> list[list[list[float]]]:
    rings: list[list[list[float]]] = []
    parts = [*shape.parts, len(shape.points)]
    for start, end in zip(parts, parts[1:], strict=False):
        ring: list[list[float]] = []
        for lon, lat in shape.points[start:end]:
            point = [round(lon, DIGITS), round(lat, DIGITS)]
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def _signed_area(ring: list[list[float]]) -> float:
    return (
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
        / 2
    )


def _polygons(rings: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """Shapefile outer rings run clockwise, holes counter-clockwise: group them."""
    polygons: list[list[list[list[float]]]] = []
    for ring in rings:
        if _signed_area(ring) < 0 or not polygons:  # clockwise: a new outer ring
            polygons.append([ring[::-1]])  # RFC 7946: outer rings counter-clockwise
        else:
            polygons[-1].append(ring[::-1])
    return polygons


def convert(wheel: Path) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as archive:
        files = {ext: io.BytesIO(archive.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = archive.read(f"{MEMBER}.cpg").decode("ascii").strip() or "latin-1"
    reader = shapefile.Reader(
        shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=encoding
    )
    features = []
    for shape_record in reader.iterShapeRecords():
        record = shape_record.record
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a3": record["iso_a3"],
                    "name": record["name"],
                    "continent": record["continent"],
                },
                "geometry": {
                    "type": "MultiPolygon",
                    "coordinates": _polygons(_rings(shape_record.shape)),
                },
            }
        )
    features.sort(key=lambda f: f["properties"]["name"])  # type: ignore[index]
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 - Countries, via geopandas 0.14.4 "
        "(naturalearth_lowres); coordinates rounded to 0.01 degree",
        "licence": "Public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "features": features,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    data = convert(Path(argv[0]))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{TARGET}: {len(data['features'])} countries, {TARGET.stat().st_size} bytes")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
