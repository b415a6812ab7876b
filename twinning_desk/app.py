"""Start the GUI: paths, logging, language, the database, the main window.

Nothing happens at import; :func:`run_gui` is called from ``main()``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from twinning_desk import APP_NAME, ORG_NAME, __version__
from twinning_desk.db.database import DatabaseOpenError
from twinning_desk.logs import setup_logging
from twinning_desk.paths import AppPaths, resource_path
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.translation import choose_language, install_translators
from twinning_desk.ui.common import error_text
from twinning_desk.ui.crash import install_exception_hook
from twinning_desk.ui.main_window import DB_FILTER, MainWindow


def open_interactively(path: Path, paths: AppPaths) -> Services | None:
    """Open a file, and when it is refused, say why and offer another file or quitting."""
    while True:
        try:
            return Services.open(path, backup_dir=paths.backup_dir)
        except (DatabaseOpenError, OSError) as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("App", "Cannot open the database"),
                error_text(exc),
            )
            other = box.addButton(
                QCoreApplication.translate("App", "Choose another file…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            if box.clickedButton() is not other:
                return None
            name, _ = QFileDialog.getOpenFileName(
                None,
                QCoreApplication.translate("App", "Open a database"),
                str(path.parent),
                DB_FILTER,
            )
            if not name:
                return None
            path = Path(name)


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    icon = resource_path("icons", "twinning-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(db: Path | None = None, language: str | None = None) -> int:
    app = make_application()
    paths = AppPaths.from_environment()
    paths.ensure()
    log_file = setup_logging(paths)
    settings = QSettings()
    saved_language = str(settings.value("language", "") or "") or None
    lang = choose_language(language, saved_language)
    install_translators(app, lang)
    install_exception_hook(str(log_file))

    last = settings.value("last_db")
    target = db or (Path(str(last)) if last and Path(str(last)).exists() else paths.default_db)
    services = open_interactively(Path(target), paths)
    if services is None:
        return 1
    settings.setValue("last_db", str(services.db.path))
    gazetteer = Gazetteer(paths.gazetteer_db)

    def opener(path: Path) -> Services:
        return Services.open(path, backup_dir=paths.backup_dir)

    window = MainWindow(services, gazetteer, settings, opener, language or saved_language)

    def on_language(chosen: str) -> None:
        install_translators(app, choose_language(chosen or None))

    window.languageChanged.connect(on_language)
    window.show()
    if not services.commune.is_configured() and not window.run_wizard():
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "You can set up your commune later in Edit › Settings; distances to partners "
                "are shown once its position is known.",
            ),
        )
    code = app.exec()
    window.services.close()
    return int(code)
