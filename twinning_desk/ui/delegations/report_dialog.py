"""The mission report of a delegation: what the app does not know yet, the élus'
allowances, then a preview, printing through the system's dialog, or a PDF file.

The PDF is made by reportlab (the same file whatever the printer); the preview and the
printout show that very file, rendered page by page with PDFium (pypdfium2), so what the
mayor sees is what is printed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.allowances import check_free
from twinning_desk.services.dates import format_day
from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.services.events import FollowUpData
from twinning_desk.services.money import format_money, parse_amount
from twinning_desk.services.reports import AllowanceData, ReportData, ReportService
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.helpers import fit_to_screen, qtr, show_error
from twinning_desk.ui.common.record_dialog import ChildList, RecordEditor
from twinning_desk.ui.common.table_model import Index, ListTableModel
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.events.event_dialog import FollowUpDialog, follow_up_columns

ALLOWANCE_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Elected official"),
    QT_TRANSLATE_NOOP("Columns", "Days"),
    QT_TRANSLATE_NOOP("Columns", "Daily rate"),
    QT_TRANSLATE_NOOP("Columns", "Nights hosted free"),
    QT_TRANSLATE_NOOP("Columns", "Meals offered"),
    QT_TRANSLATE_NOOP("Columns", "Total"),
)


def _lang() -> str:
    return QLocale().name()[:2]


class AllowanceModel(QAbstractTableModel):
    """Rate, free nights and meals are typed in the table; the total follows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[AllowanceData] = []
        self.error: ValidationError | None = None

    def set_items(self, items: list[AllowanceData]) -> None:
        self.beginResetModel()
        self.items = [AllowanceData(**a.__dict__) for a in items]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ALLOWANCE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return qtr("Columns", ALLOWANCE_HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (2, 3, 4):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        money = (
            (lambda c: format_money(c, "EUR", _lang()))
            if role == Qt.ItemDataRole.DisplayRole
            else (lambda c: format_money(c, "EUR", _lang()).replace("€", "").strip())
        )
        values = (
            a.name,
            a.days,
            money(a.daily_rate_cents) if a.daily_rate_cents is not None else "",
            a.free_nights,
            a.free_meals,
            money(a.total_cents),
        )
        return values[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        a = self.items[index.row()]
        try:
            if index.column() == 2:
                a.daily_rate_cents = parse_amount(
                    "daily_rate", str(value), _lang(), allow_negative=False
                )
            elif index.column() == 3:
                a.free_nights = check_free("free_nights", str(value), a.days)
            elif index.column() == 4:
                a.free_meals = check_free("free_meals", str(value), a.days)
            else:
                return False
        except ValidationError as exc:
            self.error = exc
            return False
        self.error = None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
        return True


def render_pages(path: Path, scale: float = 1.5) -> list[QImage]:
    """Each page of a PDF as an image, for the preview and the printer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888,
            )
            images.append(image.copy())
            page.close()
    finally:
        document.close()
    return images


class PreviewDialog(QDialog):
    def __init__(self, pages: list[QImage], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        column = QWidget()
        layout = QVBoxLayout(column)
        self.page_labels = []
        for image in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(760))
            label.setStyleSheet("border: 1px solid palette(mid); background: white;")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(scroll)
        main.addWidget(buttons)
        fit_to_screen(self, 840, 900)


class ReportDialog(RecordEditor):
    def __init__(
        self,
        service: ReportService,
        delegation_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.delegation_id = delegation_id
        self.data = service.get(delegation_id)
        self.saved_id: int | None = None
        delegation = service.delegations.get(delegation_id)
        self.setWindowTitle(
            self.tr("Mission report: {partner}, {date}").format(
                partner=delegation.partner_name, date=format_day(delegation.start_date, _lang())
            )
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._texts_tab(), self.tr("&Report"))
        self.tabs.addTab(self._steps_tab(), self.tr("&Next steps"))
        self.tabs.addTab(self._allowances_tab(), self.tr("&Allowances"))
        self.tabs.addTab(self._signature_tab(), self.tr("&Signature"))
        self.finish_layout()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.blank_button = QPushButton(self.tr("&Blank template…"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.blank_button.clicked.connect(lambda: self.choose_pdf(blank=True))
        box = self.save_button.parent()
        assert isinstance(box, QDialogButtonBox)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.blank_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._load(self.data)
        self.unsaved_question = self.tr(
            "This report has changes that are not saved. Close without saving them?"
        )
        self._first_field = self.objectives
        self.remember_state()
        self.resize(860, 640)

    # ---------------------------------------------------------------- tabs
    def _texts_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label in (
            ("objectives", self.tr("&Objectives")),
            ("results", self.tr("R&esults")),
            ("effects_here", self.tr("Effects &here")),
            ("effects_there", self.tr("Effects &there")),
            ("conclusions", self.tr("&Conclusions")),
            ("perspectives", self.tr("&Perspectives")),
            ("distribution", self.tr("&Distribution list")),
        ):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            self.texts[key] = edit
            form.addRow(label, edit)
        self.objectives = self.texts["objectives"]
        self.texts["distribution"].setPlaceholderText(
            self.tr("Municipal council, committee members, the partner town hall…")
        )
        self._field_widgets = {key: (0, widget) for key, widget in self.texts.items()}
        return page

    def _steps_tab(self) -> QWidget:
        self.steps: ListTableModel[FollowUpData] = ListTableModel(follow_up_columns(), self)
        self.step_list = ChildList(self.steps, FollowUpDialog, self)
        self._field_widgets["follow_up"] = (1, self.step_list)
        return self.step_list

    def _allowances_tab(self) -> QWidget:
        page = QWidget()
        self.allowances = AllowanceModel(self)
        self.allowance_view = QTableView()
        self.allowance_view.setWhatsThis(
            self.tr(
                "Each elected member's mission allowance: the days abroad times the daily "
                "flat rate (forfait), less a share for each night or meal given free by the "
                "hosts. The rate is the one the council voted; the total goes into the "
                "report's costs."
            )
        )
        self.allowance_view.setModel(self.allowances)
        self.allowance_view.verticalHeader().hide()
        self.allowance_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.allowance_view.horizontalHeader().setStretchLastSection(True)
        self.allowance_error = QLabel()
        style_tone(self.allowance_error, Tone.ERROR)
        self.allowances.dataChanged.connect(lambda *_: self.allowance_error.setText(""))
        self.allowance_view.itemDelegate().closeEditor.connect(self._show_allowance_error)
        rules = QLabel(
            self.tr(
                "For each elected official travelling: days abroad × the daily rate set by "
                "the council, less 65 % of the rate for each night hosted free and 17.5 % for "
                "each meal offered by the partner. Double-click a cell to type."
            )
        )
        rules.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(rules)
        layout.addWidget(self.allowance_view, 1)
        layout.addWidget(self.allowance_error)
        self._field_widgets.update(
            {key: (2, self.allowance_view) for key in ("daily_rate", "free_nights", "free_meals")}
        )
        return page

    def _show_allowance_error(self) -> None:
        if self.allowances.error is not None:
            self.allowance_error.setText(self.allowances.error.render(qtr))

    def _signature_tab(self) -> QWidget:
        page = QWidget()
        self.signatory = QLineEdit()
        self.signatory_title = QLineEdit()
        self.signatory_title.setPlaceholderText(
            self.tr("Mayor, deputy mayor, chair of the committee…")
        )
        self.signed_place = QLineEdit()
        # Left empty until the mayor dates it: a report printed before it is signed
        # carries a blank "le …" to fill by hand, never the day it was printed.
        self.signed_on = DayEdit(optional=True)
        form = QFormLayout(page)
        form.addRow(self.tr("&Name"), self.signatory)
        form.addRow(self.tr("&Title"), self.signatory_title)
        form.addRow(self.tr("Signed &at"), self.signed_place)
        form.addRow(self.tr("Signed &on"), self.signed_on)
        self._field_widgets.update(
            {
                "signatory_name": (3, self.signatory),
                "signatory_title": (3, self.signatory_title),
                "signed_place": (3, self.signed_place),
            }
        )
        return page

    # ---------------------------------------------------------------- data
    def _load(self, data: ReportData) -> None:
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(data, key) or "")
        self.steps.set_items(data.next_steps)
        self.allowances.set_items(data.allowances)
        self.signatory.setText(data.signatory_name or "")
        self.signatory_title.setText(data.signatory_title or "")
        self.signed_place.setText(data.signed_place or "")
        self.signed_on.setDate(data.signed_on)

    def collect(self) -> ReportData:
        # ReportData's text fields by name (Any: mypy cannot tie a key to its field).
        texts: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        return ReportData(
            delegation_id=self.delegation_id,
            **texts,
            signatory_name=self.signatory.text(),
            signatory_title=self.signatory_title.text(),
            signed_place=self.signed_place.text(),
            signed_on=self.signed_on.read("signed_on"),
            next_steps=list(self.steps.items),
            allowances=[AllowanceData(**a.__dict__) for a in self.allowances.items],
        )

    # ---------------------------------------------------------------- output
    def write_pdf(self, path: Path, blank: bool = False) -> bool:
        # Imported when used: reportlab takes a fifth of a second to load at start.
        from twinning_desk.export.mission_report import write_mission_report

        try:
            report = self.service.validate(self.collect())
            content = self.service.content(self.delegation_id, report)
            write_mission_report(path, content, qtr, _lang(), blank=blank)
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            return False
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        return True

    def _pages(self) -> list[QImage] | None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "preview.pdf"
            if not self.write_pdf(path):
                return None
            return render_pages(path)

    def preview(self) -> PreviewDialog | None:
        pages = self._pages()
        if pages is None:
            return None
        dialog = PreviewDialog(pages, self.tr("Preview of the mission report"), self)
        dialog.open()
        return dialog

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = self._pages()
        if pages:
            print_pages(printer, pages)

    def choose_pdf(self, blank: bool = False) -> None:
        # Imported when used: reportlab takes a fifth of a second to load at start.
        from twinning_desk.export.mission_report import suggested_file_name

        content = self.service.content(self.delegation_id, self.data)
        name = suggested_file_name(content, qtr)
        path = choose_export_path(
            self, self.settings, self.tr("Save the mission report"), name, "PDF (*.pdf)"
        )
        if path is not None:
            self.write_pdf(path, blank)


def print_pages(printer: QPrinter, pages: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()
