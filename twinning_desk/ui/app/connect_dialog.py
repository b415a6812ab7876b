"""File › Connect to a shared database: a committee's PostgreSQL server.

The dialog connects itself, so that a refusal (wrong password, server stopped, TLS
refused) is said under the fields and everything typed stays, ready to correct and try
again. The password goes to the system's keyring when asked, never to the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.helpers import error_text

LOCAL = {"", "localhost", "127.0.0.1", "::1"}
# libpq's TLS modes, in the order offered: the safe choice first.
SSL_MODES = ("require", "verify-full", "prefer", "disable")

Connect = Callable[[str, str | None], Services]


class ConnectDialog(QDialog):
    def __init__(
        self,
        connect: Connect,
        address: str = "",
        parent: QWidget | None = None,
        remember: Callable[[str, str], bool] | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self._tls_chosen = False
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self._connect = connect
        self._remember = remember
        self.services: Services | None = None
        self.address = ""
        self.password_kept: bool | None = None

        intro = QLabel(
            self.tr(
                "The committee's database on a PostgreSQL server, shared by its members. "
                "Ask whoever runs the server for these details."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.mairie-example.fr"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        labels = {
            "require": self.tr("Required (encrypted)"),
            "verify-full": self.tr("Required, with the server's certificate checked"),
            "prefer": self.tr("If the server offers it"),
            "disable": self.tr("None (only on a network you trust)"),
        }
        for mode in SSL_MODES:
            self.tls.addItem(labels[mode], mode)
        self.keep = QCheckBox(self.tr("&Remember the password on this computer"))
        self.keep.setToolTip(
            self.tr("Kept by the system's password store (keyring), never in a settings file.")
        )
        self.keep.setChecked(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style_tone(self.problem, Tone.ERROR)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Encryption (TLS):"), self.tls)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.host.textEdited.connect(self._default_tls)
        self.tls.activated.connect(lambda _i: setattr(self, "_tls_chosen", True))
        self.fill(address)
        if problem:
            self._say(problem)
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                break
        self.setMinimumWidth(460)

    def fill(self, address: str) -> None:
        """Fill the fields from an address (File › Recent, the last connection)."""
        if not address:
            self._default_tls()
            return
        try:
            url = make_url(address.replace("postgres://", "postgresql://", 1))
        except ArgumentError:
            return
        self.host.setText(url.host or "")
        if url.port:
            self.port.setValue(url.port)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        mode = url.query.get("sslmode")
        if isinstance(mode, str) and mode in SSL_MODES:
            self.tls.setCurrentIndex(SSL_MODES.index(mode))
            self._tls_chosen = True
        else:
            self._default_tls()

    def _default_tls(self) -> None:
        """Encrypted for any server elsewhere; on this computer, as libpq would."""
        if self._tls_chosen:
            return
        local = self.host.text().strip().lower() in LOCAL
        self.tls.setCurrentIndex(SSL_MODES.index("prefer" if local else "require"))

    def built_address(self) -> str:
        """The address without the password (kept apart: it never reaches a setting)."""
        host = self.host.text().strip()
        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        mode = self.tls.currentData()
        return f"postgresql://{user}@{host}:{self.port.value()}/{database}?sslmode={mode}"

    def _missing(self) -> QWidget | None:
        for widget in (self.host, self.database, self.user):
            if not widget.text().strip():
                return widget
        return None

    def try_connect(self) -> None:
        missing = self._missing()
        if missing is not None:
            self._say(self.tr("Fill in the server, the database and the user."))
            missing.setFocus()
            return
        address = self.built_address()
        password = self.password.text() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            services = self._connect(address, password)
        except TwinningError as exc:
            self._say(error_text(exc))
            self.password.setFocus()
            self.password.selectAll()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.services = services
        self.address = address
        if password and self.keep.isChecked() and self._remember is not None:
            self.password_kept = self._remember(address, password)
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
