"""The mission report dialog: typed texts and allowances saved, preview of the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import Direction, MemberRole
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import PersonData
from twinning_desk.ui.delegations.report_dialog import ReportDialog


def _trip(s: Services) -> int:
    partner = s.partners.save(PartnerData(name="Košice", country_code="SK"))
    mayor = s.people.save_person(PersonData(first_name="Anne", last_name="Lefèvre"))
    return s.delegations.save(
        DelegationData(
            partner_id=partner,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 4, 1),
            end_date=date(2026, 4, 3),
            members=[MemberData(mayor, MemberRole.ELECTED)],
        )
    )


def test_type_a_report_and_allowance_then_save_and_preview(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    trip = _trip(configured)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ReportDialog(configured.reports, trip, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signatory.text() == "Anne LEFÈVRE"
    qtbot.keyClicks(dialog.texts["results"], "Accord <b>culturel</b> signe")
    model = dialog.allowances
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == 3
    assert model.setData(model.index(0, 2), "80,00")
    assert model.setData(model.index(0, 4), "2")
    assert not model.setData(model.index(0, 3), "12")  # more nights than 3 days allow
    assert model.error is not None
    # 3 × 80 € − 2 × 17.5 % × 80 € = 212 €
    assert model.data(model.index(0, 5)).replace("\u202f", " ").replace("\xa0", " ") == "212,00 €"
    out = tmp_path / "r.pdf"
    assert dialog.write_pdf(out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Accord <b>culturel</b> signe" in text and "Košice" in text and "212,00" in text
    preview = dialog.preview()
    assert preview is not None and len(preview.page_labels) == len(PdfReader(out).pages)
    assert preview.page_labels[0].pixmap().width() == 760
    preview.close()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = configured.reports.get(trip)
    assert saved.results == "Accord <b>culturel</b> signe"
    assert saved.allowances[0].total_cents == 21200


def test_print_pages_to_a_pdf_printer(qtbot: QtBot, configured: Services, tmp_path: Path) -> None:
    """The printer path, with Qt's PDF printer standing in for a real one."""
    from PySide6.QtPrintSupport import QPrinter

    from twinning_desk.ui.delegations.report_dialog import print_pages, render_pages

    trip = _trip(configured)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ReportDialog(configured.reports, trip, settings)
    qtbot.addWidget(dialog)
    source = tmp_path / "source.pdf"
    assert dialog.write_pdf(source)
    pages = render_pages(source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    print_pages(printer, pages)
    assert len(PdfReader(printed).pages) == len(PdfReader(source).pages) == len(pages)
    assert 0.69 < pages[0].width() / pages[0].height() < 0.72  # A4 portrait
    gray = pages[0].convertToFormat(pages[0].Format.Format_Grayscale8)
    assert min(bytes(gray.constBits())) < 80  # black text drawn, not a blank page
    dialog.done(0)


def test_a_report_is_dated_only_when_the_mayor_dates_it(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    """Printed before it is signed, the report leaves "le …" blank for the pen; once a
    day is typed, it is saved and printed."""
    trip = _trip(configured)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ReportDialog(configured.reports, trip, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signed_on.text() == ""
    out = tmp_path / "undated.pdf"
    assert dialog.write_pdf(out)
    undated = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert date.today().strftime("%d/%m/%Y") not in undated
    qtbot.keyClicks(dialog.signed_on.edit, "20/5/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert configured.reports.get(trip).signed_on == date(2026, 5, 20)
    again = ReportDialog(configured.reports, trip, settings)
    qtbot.addWidget(again)
    assert again.signed_on.text() == "20/05/2026"
    out = tmp_path / "dated.pdf"
    assert again.write_pdf(out)
    dated = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "20/05/2026" in dated
