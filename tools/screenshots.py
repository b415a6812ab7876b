"""Render every screen of the demo commune to PNG, to look at them (and for the README).

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [--lang fr|en|de|it|es|pl]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--gazetteer", type=Path, help="a built gazetteer to reuse")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="td-shots-"))
    os.environ["TWINNING_DESK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from twinning_desk.app import make_application
    from twinning_desk.paths import AppPaths
    from twinning_desk.services.context import Services
    from twinning_desk.services.demo import load_demo
    from twinning_desk.services.geo import Gazetteer, build_gazetteer
    from twinning_desk.translation import install_translators
    from twinning_desk.ui.app.commune_wizard import CommuneWizard
    from twinning_desk.ui.app.main_window import MainWindow
    from twinning_desk.ui.app.settings_dialog import SettingsDialog
    from twinning_desk.ui.partners.partner_dialog import PartnerDialog

    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    paths = AppPaths.from_environment()
    paths.ensure()
    services = Services.open(paths.default_db)
    load_demo(services)
    gaz_path = args.gazetteer or paths.gazetteer_db
    gazetteer = Gazetteer(gaz_path)
    if not gazetteer.is_ready():
        build_gazetteer(
            gaz_path,
            [
                {
                    "geonameid": 1,
                    "name": "Łańcut",
                    "latitude": 50.07,
                    "longitude": 22.23,
                    "countrycode": "PL",
                    "population": 17800,
                    "timezone": "Europe/Warsaw",
                },
            ],
        )
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(services, gazetteer, QSettings(), language=args.lang)
    window.resize(1366, 728)  # a 1366×768 laptop less its task bar
    window.show()
    app.processEvents()
    assert window.tabs is not None
    for name in ["home", "partners", "events", "delegations", "budget"]:
        window.tabs.setCurrentIndex(window.tabs.index_of(name))
        app.processEvents()
        window.grab().save(str(out / f"main-{name}-{args.lang}.png"))
    events = window.events_tab
    assert events is not None
    window.tabs.setCurrentIndex(window.tabs.index_of("events"))
    events.calendar_button.click()
    from PySide6.QtCore import QDate

    first = services.events.rows()[0].start
    events.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
    app.processEvents()
    window.grab().save(str(out / f"main-events-calendar-{args.lang}.png"))
    events.list_button.click()
    from twinning_desk.ui.events.event_dialog import EventDialog

    concert = next(r for r in services.events.rows() if r.type == "concert")
    event_dialog = EventDialog(services.events, services.partners, concert.id, window)
    event_dialog.show()
    for index in range(event_dialog.tabs.count()):
        event_dialog.tabs.setCurrentIndex(index)
        app.processEvents()
        event_dialog.grab().save(str(out / f"event-dialog-{index}-{args.lang}.png"))
    event_dialog.close()
    from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
    from twinning_desk.ui.delegations.people_dialog import DirectoryDialog

    for partner in ("Bad Wimpfen", "Kenilworth"):
        row = next(r for r in services.delegations.rows() if r.partner == partner)
        delegation = DelegationDialog(services.delegations, services.people, row.id, window)
        delegation.show()
        for index in range(delegation.tabs.count()):
            delegation.tabs.setCurrentIndex(index)
            app.processEvents()
            name = f"delegation-{partner.split()[-1].lower()}-{index}-{args.lang}.png"
            delegation.grab().save(str(out / name))
        delegation.close()
    from twinning_desk.ui.delegations.report_dialog import ReportDialog

    row = next(r for r in services.delegations.rows() if r.partner == "Łańcut")
    report = ReportDialog(services.reports, row.id, window.settings, window)
    report.texts["results"].setPlainText("Accord de principe pour un échange de 20 lycéens.")
    report.show()
    for index in range(report.tabs.count()):
        report.tabs.setCurrentIndex(index)
        app.processEvents()
        report.grab().save(str(out / f"report-dialog-{index}-{args.lang}.png"))
    preview = report.preview()
    if preview is not None:
        app.processEvents()
        preview.grab().save(str(out / f"report-preview-{args.lang}.png"))
        preview.done(0)
    report.done(0)
    directory = DirectoryDialog(services.people, window.settings, [], window)
    directory.show()
    for index in range(directory.tabs.count()):
        directory.tabs.setCurrentIndex(index)
        app.processEvents()
        directory.grab().save(str(out / f"directory-{index}-{args.lang}.png"))
    directory.close()
    window.tabs.setCurrentIndex(window.tabs.index_of("partners"))
    pid = services.partners.find_id("Łańcut", "PL")
    dialog = PartnerDialog(services.partners, gazetteer, pid, window)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        app.processEvents()
        dialog.grab().save(str(out / f"partner-dialog-{index}-{args.lang}.png"))
    dialog.close()
    from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog, SubsidyDialog

    year = services.budget.current_year()
    for name, budget_dialog in (
        ("budget-line", BudgetLineDialog(services.budget, services.events, year, None, window)),
        ("subsidy", SubsidyDialog(services.budget, year, None, window)),
    ):
        budget_dialog.show()
        app.processEvents()
        budget_dialog.grab().save(str(out / f"{name}-{args.lang}.png"))
        budget_dialog.close()
    wizard = CommuneWizard(services, gazetteer, window)
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(out / f"wizard-1-{args.lang}.png"))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(out / f"wizard-2-{args.lang}.png"))
    wizard.close()
    settings = SettingsDialog(services, gazetteer, args.lang, window)
    settings.show()
    app.processEvents()
    settings.grab().save(str(out / f"settings-{args.lang}.png"))
    settings.close()
    window.close()
    services.close()
    QApplication.processEvents()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
