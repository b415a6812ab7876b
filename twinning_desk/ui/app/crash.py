"""Unexpected errors: logged, shown with a "copy details" button, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("twinning_desk")


def show_unexpected(exc: BaseException, details: str, log_file: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate(
            "Crash",
            "Something went wrong, but your data is safe: every change "
            "already saved stays saved.\n\n{error}",
        ).format(error=f"{type(exc).__name__}: {exc}"),
    )
    box.setInformativeText(
        QCoreApplication.translate("Crash", "The details were written to {log}.").format(
            log=log_file
        )
        if log_file
        else ""
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_exception_hook(log_file: str = "") -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is not None:
            show_unexpected(exc, details, log_file)

    sys.excepthook = hook
