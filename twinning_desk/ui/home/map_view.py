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
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
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


@functools.cache
def land_path() -> QPainterPath:
    """Every country outline as one path, built once per process."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in projected_world():
        x, y = ring[0]
        path.moveTo(x * SCALE, -y * SCALE)
        for x, y in ring[1:]:
            path.lineTo(x * SCALE, -y * SCALE)
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
        self.points: dict[int, QGraphicsEllipseItem] = {}
        self.labels: list[tuple[QGraphicsSimpleTextItem, QPointF]] = []
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
        scene.addItem(land)
        home = geo.home
        if home is not None and home.latitude is not None and home.longitude is not None:
            arcs = QPainterPath()
            for p in geo.placed:
                assert p.latitude is not None and p.longitude is not None
                arc = great_circle_points(home.latitude, home.longitude, p.latitude, p.longitude)
                for piece in split_at_antimeridian(arc):
                    arcs.moveTo(to_scene(*piece[0]))
                    for lat, lon in piece[1:]:
                        arcs.lineTo(to_scene(lat, lon))
            arc_item = QGraphicsPathItem(arcs)
            pen = QPen(QColor(ARC_COLOUR), 1.0)
            pen.setCosmetic(True)
            arc_item.setPen(pen)
            scene.addItem(arc_item)
        white = QPen(QColor("white"), 1.2)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        for p in geo.placed:
            assert p.latitude is not None and p.longitude is not None
            where = to_scene(p.latitude, p.longitude)
            r = POINT_RADIUS
            item = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
            item.setPos(where)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setBrush(QBrush(QColor(STATUS_COLOURS[p.status])))
            item.setPen(white)
            item.setZValue(2)
            item.setData(PARTNER_ROLE, p.id)
            item.setToolTip(self.describe(p))
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            item.setAcceptHoverEvents(True)
            scene.addItem(item)
            self.points[p.id] = item
            label = QGraphicsSimpleTextItem(p.name)
            label.setFont(font)
            label.setBrush(QColor("#263238"))
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setPos(where)
            label.setZValue(1)
            scene.addItem(label)
            self.labels.append((label, where))
        if home is not None and home.latitude is not None and home.longitude is not None:
            where = to_scene(home.latitude, home.longitude)
            mark = QGraphicsRectItem(-5.5, -5.5, 11, 11)
            mark.setPos(where)
            mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            mark.setBrush(QColor(HOME_COLOUR))
            mark.setPen(white)
            mark.setZValue(3)
            mark.setToolTip(home.name)
            scene.addItem(mark)
            name = QGraphicsSimpleTextItem(home.name)
            bold = QFont(font)
            bold.setBold(True)
            name.setFont(bold)
            name.setBrush(QColor(HOME_COLOUR))
            name.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            name.setPos(where)
            name.setZValue(3)
            scene.addItem(name)
            self.labels.insert(0, (name, where))
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
        """Labels right of their point; one that would cover another is hidden (the
        hover still names it), so a crowded region stays readable at any zoom."""
        taken: list[QRectF] = []
        points = [self.mapFromScene(item.pos()) for item in self.points.values()]
        width = self.viewport().width()
        points_taken = False
        for index, (label, where) in enumerate(self.labels):
            is_home = index == 0 and self._has_home  # the home's name always shows
            if not is_home and not points_taken:
                taken += [QRectF(c.x() - 4, c.y() - 4, 8, 8) for c in points]
                points_taken = True
            centre = self.mapFromScene(where)
            rect = label.boundingRect()
            left: float = centre.x() + 7
            if left + rect.width() > width:  # at the right edge: the name goes left
                left = centre.x() - 7 - rect.width()
            box = QRectF(left, centre.y() - rect.height() / 2, rect.width(), rect.height())
            visible = is_home or not any(box.intersects(other) for other in taken)
            label.setVisible(visible)
            if visible:
                taken.append(box)
                label.setPos(self.mapToScene(box.topLeft().toPoint()))

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
