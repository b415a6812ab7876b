"""Every file the app writes stays in its home: nothing in the user's own profile."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from twinning_desk.ui.common.settings_store import CURRENT_VERSION

# Runs the real start-up (run_gui) in a child process, then clicks as a newcomer does:
# the wizard's demo button, then quits from the window.
DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from twinning_desk import app as app_module
    from twinning_desk.ui.app.commune_wizard import CommuneWizard
    from twinning_desk.ui.app.main_window import MainWindow

    steps = []

    def poll():
        qapp = QApplication.instance()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, CommuneWizard) and "wizard" not in steps:
            steps.append("wizard")
            # Qt's own file dialog keeps a history (QtProject.conf): it must stay home.
            from PySide6.QtWidgets import QFileDialog
            dialog = QFileDialog(None, "x", str(Path.cwd()))
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.show()
            dialog.reject()
            dialog.deleteLater()
            modal.welcome.demo_button.click()
        for widget in qapp.topLevelWidgets():
            if (
                isinstance(widget, MainWindow)
                and widget.isVisible()
                and "wizard" in steps
                and modal is None
            ):
                steps.append("rows=%d" % widget.services.partners.count())
                widget.close()
                qapp.quit()
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    code = app_module.run_gui(language="fr")
    print(" ".join(steps))
    sys.exit(code)
    """
)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.mark.slow
def test_the_app_writes_nothing_outside_its_home(tmp_path: Path) -> None:
    user_home = tmp_path / "user"
    app_home = tmp_path / "app"
    user_home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k not in ("TWINNING_DESK_HOME", "HOME")
    }
    env.update(
        HOME=str(user_home),
        TWINNING_DESK_HOME=str(app_home),
        QT_QPA_PLATFORM="offscreen",
        # Qt's own runtime folder is not ours to move; keep it out of both folders.
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "wizard rows=6" in done.stdout, (done.stdout, done.stderr[-2000:])
    assert _files(user_home) == [], "written in the user's profile"
    written = {p.relative_to(app_home).as_posix() for p in _files(app_home)}
    assert "data/twinning.sqlite3" in written  # the committee's file, still empty
    assert "data/demo.sqlite3" in written  # the demo, in its own file
    assert "config/settings.ini" in written
    assert any(name.startswith("logs/") for name in written)
    settings = (app_home / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "twinning.sqlite3" in settings and "demo.sqlite3" not in settings.split("last_db")[1]
    assert f"settings_version={CURRENT_VERSION}" in settings  # upgraded at start
