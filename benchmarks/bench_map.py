"""Time the home tab's map: the world's outlines and 300 partners, built and painted.

Prints the median time to fill the map view (scene, arcs, points, labels) and paint it
into a 1,000 × 650 image, as a ratio to painting the world's outline alone (the
baseline), and the time of the records (the geography service) over the same file.
Target (issue #18): the map with the full world and 300 partners under 100 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_map.py [--partners N]
"""

from __future__ import annotations

import argparse
import atexit
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _timing import median_ms
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from twinning_desk.db.models import Partner, PartnerStatus
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.geography import GeographyService
from twinning_desk.ui.home.map_view import PartnerMapView, land_path

WIDTH, HEIGHT = 1000, 650


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(18)
    folder = Path(tempfile.mkdtemp(prefix="td-bench-map-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    services = Services.open(folder / "bench.sqlite3")
    services.commune.save(
        CommuneProfile(name="Bench", country_code="FR", latitude=47.4, longitude=0.8)
    )
    statuses = list(PartnerStatus)
    with services.db.transaction() as s:
        s.execute(
            insert(Partner),
            [
                {
                    "id": i,
                    "name": f"Partner {i:03d}",
                    "name_key": f"partner {i:03d}",
                    "country_code": "DE",
                    "latitude": rng.uniform(-60, 75),
                    "longitude": rng.uniform(-180, 180),
                    "population": rng.randint(500, 2_000_000),
                    "status": rng.choice(statuses),
                }
                for i in range(1, args.partners + 1)
            ],
        )
    geography = GeographyService(services.db, services.partners)

    start = time.perf_counter()
    geo = geography.geography()
    records_ms = (time.perf_counter() - start) * 1000

    view = PartnerMapView()
    view.resize(WIDTH, HEIGHT)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def draw_map() -> None:
        view.set_geography(geo)
        view.show_view("world")
        painter = QPainter(image)
        view.render(painter)
        painter.end()

    start = time.perf_counter()
    draw_map()  # the first time also reads and projects the outlines
    first_ms = (time.perf_counter() - start) * 1000

    def outline_only() -> None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(image.rect(), QColor("#dbe8f2"))
        scale = WIDTH / 5500
        painter.translate(WIDTH / 2, HEIGHT / 2)
        painter.scale(scale, scale)
        painter.setBrush(QColor("#e4e1d6"))
        painter.drawPath(land_path())
        painter.end()

    baseline = median_ms(outline_only)
    timed = median_ms(draw_map)
    print(f"map, world + {args.partners} partners: {timed:.1f} ms (first: {first_ms:.1f} ms)")
    print(f"baseline, the world's outline alone: {baseline:.1f} ms")
    print(f"ratio: {timed / baseline:.1f}x; target: under 100 ms")
    print(f"records (geography service): {records_ms:.1f} ms")
    services.close()
    app.quit()
    return 0 if timed < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
