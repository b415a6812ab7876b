"""The partners' map on screen: QGraphicsView over the Equal Earth projection.

The scene is in projected units (``geo.equal_earth``) times :data:`SCALE`, y pointing
down. Land is one path (all 177 outlines, even-odd filled), the arcs one more; each
partner is a small item that keeps its size when zoomed (ItemIgnoresTransformations),
carries its id, and says its name, distance and status on hover. A click on one emits
``partnerActivated``; the wheel zooms about the cursor, a drag pans.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from twinning_desk.services.countries import country_name
from twinning_desk.services.geo import (
    WORLD_X,
    WORLD_Y,
    equal_earth,
    great_circle_points,
    map_frame,
    projected_world,
    split_at_antimeridian,
)
from twinning_desk.services.geography import Geography, MapPartner
from twinning_desk.services.geography_text import (
    ARC_COLOUR,
    BORDER_COLOUR,
    HOME_COLOUR,
    LAND_COLOUR,
    SEA_COLOUR,
    STATUS_COLOURS,
    STATUS_LABELS,
    km_text,
)

SCALE = 1000.0
PARTNER_ROLE = 0  # QGraphicsItem.data key holding a partner's id
POINT_RADIUS = 5.0
CLICK_SLOP = 4  # pixels a press may move and still be a click


def to_scene(lat: float, lon: float) -> QPointF:
    x, y = equal_earth(lat, lon)
    return QPointF(x * SCALE, -y * SCALE)


@functools.lru_cache(maxsize=4096)
def _arc(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The arc from home to a partner in scene units, cut at 180°: kept between
    refreshes, since positions seldom change."""
    return tuple(
        tuple((x * SCALE, -y * SCALE) for x, y in (equal_earth(lat, lon) for lat, lon in piece))
        for piece in split_at_antimeridian(great_circle_points(lat1, lon1, lat2, lon2))
    )


def _polygon(points: list[QPointF]) -> QPolygonF:
    return QPolygonF(points)


@functools.cache
def land_path() -> QPainterPath:
    """Every country outline as one path, built once per process.

    One ``addPolygon`` per ring rather than a ``lineTo`` per point: 287 calls into Qt
    instead of 10,583. (Fewer calls is also fewer of the void calls that PySide6 6.12.0
    on Python 3.11 answers with a reference to None it does not own, which ends in a
    "deallocating None" abort after some tens of thousands; 6.11 does not.)"""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in projected_world():
        path.addPolygon(_polygon([QPointF(x * SCALE, -y * SCALE) for x, y in ring]))
        path.closeSubpath()
    return path


class PartnerMapView(QGraphicsView):
    partnerActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor(SEA_COLOUR))
        self.setMinimumSize(320, 220)
        self.setAccessibleName(QCoreApplication.translate("HomeTab", "Map of the partners"))
        self.geo: Geography | None = None
        self.view_name = "auto"
        self.points: dict[int, QGraphicsItem] = {}
        self.labels: list[QGraphicsSimpleTextItem] = []
        self._pressed: tuple[int, QPoint] | None = None
        self._locale = "fr"
        self._has_home = False
        # Room to pan a little past the world's edge, not to lose it.
        margin = 0.15 * SCALE
        self.scene().setSceneRect(
            QRectF(
                -WORLD_X * SCALE - margin,
                -WORLD_Y * SCALE - margin,
                2 * (WORLD_X * SCALE + margin),
                2 * (WORLD_Y * SCALE + margin),
            )
        )

    # ---------------------------------------------------------------- content

    def set_geography(self, geo: Geography, locale: str = "fr") -> None:
        self.geo = geo
        self._locale = locale
        scene = self.scene()
        scene.clear()
        self.points.clear()
        self.labels.clear()
        land = QGraphicsPathItem(land_path())
        land.setBrush(QColor(LAND_COLOUR))
        border = QPen(QColor(BORDER_COLOUR), 0.8)
        border.setCosmetic(True)  # a hairline at every zoom
        land.setPen(border)
        # Painted once into a pixmap per zoom, not again for each hover or tooltip.
        land.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        scene.addItem(land)
        home = geo.home
        if home is not None and home.latitude is not None and home.longitude is not None:
            arcs = QPainterPath()
            for p in geo.placed:
                assert p.latitude is not None and p.longitude is not None
                for piece in _arc(home.latitude, home.longitude, p.latitude, p.longitude):
                    arcs.addPolygon(_polygon([QPointF(x, y) for x, y in piece]))
            arc_item = QGraphicsPathItem(arcs)
            pen = QPen(QColor(ARC_COLOUR), 1.0)
            pen.setCosmetic(True)
            arc_item.setPen(pen)
            scene.addItem(arc_item)
        white = QPen(QColor("white"), 1.2)
        r = POINT_RADIUS
        dot = QRectF(-r, -r, 2 * r, 2 * r)
        ignore = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        # Few calls per partner: items made by the scene with their pen and brush, the
        # name a child of its point (so it follows the point and keeps its size).
        for p in geo.placed:
            assert p.latitude is not None and p.longitude is not None
            item = scene.addEllipse(dot, white, QBrush(QColor(STATUS_COLOURS[p.status])))
            item.setPos(to_scene(p.latitude, p.longitude))
            item.setFlag(ignore)
            item.setData(PARTNER_ROLE, p.id)
            item.setToolTip(self.describe(p))
            self.points[p.id] = item
            self.labels.append(QGraphicsSimpleTextItem(p.name, item))
        if home is not None and home.latitude is not None and home.longitude is not None:
            mark = scene.addRect(QRectF(-5.5, -5.5, 11, 11), white, QBrush(QColor(HOME_COLOUR)))
            mark.setPos(to_scene(home.latitude, home.longitude))
            mark.setFlag(ignore)
            mark.setToolTip(home.name)
            name = QGraphicsSimpleTextItem(home.name, mark)
            bold = QFont(self.font())
            bold.setBold(True)
            name.setFont(bold)
            name.setBrush(QColor(HOME_COLOUR))
            self.labels.insert(0, name)
        self._has_home = home is not None and home.placed
        self.show_view(self.view_name)

    def describe(self, p: MapPartner) -> str:
        """The hover text: name, country, distance and status."""
        parts = [p.name]
        if p.country_code:
            parts[0] += f" ({country_name(p.country_code, self._locale)})"
        if p.distance_km is not None:
            parts.append(km_text(p.distance_km, self._locale))
        parts.append(QCoreApplication.translate("Map", STATUS_LABELS[p.status]))
        return " — ".join(parts)

    def partner_point(self, partner_id: int) -> QPoint:
        """Where a partner is drawn, in viewport pixels (tests click there)."""
        return self.mapFromScene(self.points[partner_id].pos())

    # ---------------------------------------------------------------- framing

    def show_view(self, name: str) -> None:
        """``auto`` (home and partners), ``europe`` or ``world``."""
        self.view_name = name
        points = []
        if self.geo is not None:
            points = [(p.latitude, p.longitude) for p in self.geo.placed]
            home = self.geo.home
            if home is not None and home.latitude is not None:
                points.append((home.latitude, home.longitude))
        viewport = self.viewport().size()
        aspect = max(1, viewport.width()) / max(1, viewport.height())
        x0, y0, x1, y1 = map_frame(
            [(a, b) for a, b in points if a is not None and b is not None], aspect, name
        )
        self.fitInView(
            QRectF(x0 * SCALE, -y1 * SCALE, (x1 - x0) * SCALE, (y1 - y0) * SCALE),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        self._place_labels()

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        # From the whole world to a few kilometres, no further.
        wanted = max(0.02, min(400.0, current * factor))
        self.scale(wanted / current, wanted / current)
        self._place_labels()

    def _place_labels(self) -> None:
        """Names right of their point (left at the right edge); a name that would cover
        another is hidden (the hover still says it), so a crowded region stays readable
        at any zoom. Only what changes is touched."""
        cell = 64.0
        grid: dict[tuple[int, int], list[QRectF]] = {}

        def cells(box: QRectF) -> list[tuple[int, int]]:
            return [
                (i, j)
                for i in range(int(box.left() // cell), int(box.right() // cell) + 1)
                for j in range(int(box.top() // cell), int(box.bottom() // cell) + 1)
            ]

        def free(box: QRectF) -> bool:
            return not any(box.intersects(o) for c in cells(box) for o in grid.get(c, ()))

        def take(box: QRectF) -> None:
            for c in cells(box):
                grid.setdefault(c, []).append(box)

        for item in self.points.values():
            c = self.mapFromScene(item.pos())
            take(QRectF(c.x() - 4, c.y() - 4, 8, 8))
        width = self.viewport().width()
        for index, label in enumerate(self.labels):
            parent = label.parentItem()
            centre = self.mapFromScene(parent.pos())
            rect = label.boundingRect()
            left_side = centre.x() + 7 + rect.width() > width
            dx = -7 - rect.width() if left_side else 7.0
            box = QRectF(
                centre.x() + dx, centre.y() - rect.height() / 2, rect.width(), rect.height()
            )
            is_home = index == 0 and self._has_home  # the home's name always shows
            visible = is_home or free(box)
            if visible:
                take(box)
                offset = QPointF(dx, -rect.height() / 2)
                if label.pos() != offset:
                    label.setPos(offset)
            if label.isVisible() != visible:
                label.setVisible(visible)

    # ---------------------------------------------------------------- events

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.geo is not None:
            self.show_view(self.view_name)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps)
        event.accept()

    def _partner_at(self, pos: QPoint) -> int | None:
        for item in self.items(pos):
            value = item.data(PARTNER_ROLE)
            if value is not None:
                return int(value)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        partner = self._partner_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and partner is not None:
            self._pressed = (partner, event.position().toPoint())
            event.accept()
            return
        self._pressed = None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        if pressed is not None:
            moved = (event.position().toPoint() - pressed[1]).manhattanLength()
            if moved <= CLICK_SLOP and self._partner_at(event.position().toPoint()) == pressed[0]:
                self.partnerActivated.emit(pressed[0])
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._place_labels()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton and self._pressed is None:
            self._place_labels()
