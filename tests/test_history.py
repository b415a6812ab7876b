"""A record's History: every save, line change, undo and redo, with who and when.

Expected lines are written from what the test did, not read from the code under test.
"""

from __future__ import annotations

import getpass
import socket
from datetime import datetime

from gui_helpers import when_modal
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from twinning_desk.db.models import Partner
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.services.history import record_history
from twinning_desk.services.partners import ContactData, PartnerData
from twinning_desk.ui.common.history_dialog import HistoryDialog, what_text
from twinning_desk.ui.partners.partner_dialog import PartnerDialog

ME = f"{getpass.getuser()}@{socket.gethostname()}"


def lines(services: Services, partner_id: int) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.table, e.kind, e.fields) for e in record_history(services.db, Partner, partner_id)]


def test_history_lists_saves_lines_undo_and_redo(services: Services) -> None:
    start = datetime.now().replace(microsecond=0)
    partner_id = services.partners.save(
        PartnerData(name="Görlitz", country_code="DE", contacts=[ContactData(name="Anna")])
    )
    data = services.partners.get(partner_id)
    data.notes = "Jumelage depuis 1991"
    data.region = "Saxe"
    services.partners.save(data)
    data = services.partners.get(partner_id)
    data.contacts[0].phone = "+49 3581 670"
    with services.operations.record() as change:
        services.partners.save(data)
    services.operations.undo(change)
    services.operations.redo(change)
    services.partners.save(services.partners.get(partner_id))  # no change: no line
    # Latest first; the contact's lines are in its partner's History.
    assert lines(services, partner_id) == [
        ("contact", "redo", ("phone",)),
        ("contact", "undo", ("phone",)),
        ("contact", "update", ("phone",)),
        ("partner", "update", ("region", "notes")),  # in the form's order
        ("contact", "insert", ()),
        ("partner", "insert", ()),
    ]
    entries = record_history(services.db, Partner, partner_id)
    assert {e.by for e in entries} == {ME}
    assert all(start <= e.at <= datetime.now() for e in entries)
    assert [e.version for e in entries if e.table == "partner"] == [2, 1]
    # Nothing of another partner.
    other = services.partners.save(PartnerData(name="Zgorzelec", country_code="PL"))
    assert lines(services, other) == [("partner", "insert", ())]


def test_a_deleted_line_and_themes_are_in_the_history(services: Services) -> None:
    partner_id = services.partners.save(
        PartnerData(name="Görlitz", country_code="DE", contacts=[ContactData(name="Anna")])
    )
    data = services.partners.get(partner_id)
    data.contacts = []
    data.themes = ["jeunesse"]
    services.partners.save(data)
    assert sorted(lines(services, partner_id)[:2]) == [
        ("contact", "delete", ()),
        ("partner", "update", ("themes",)),
    ]


def test_history_button_shows_who_when_and_what(
    qtbot: QtBot, configured: Services, tmp_path: object
) -> None:
    gazetteer = Gazetteer(tmp_path / "gazetteer.sqlite3")  # type: ignore[operator]
    build_gazetteer(gazetteer.path, [])
    partner_id = configured.partners.save(PartnerData(name="Gorlitz", country_code="DE"))
    data = configured.partners.get(partner_id)
    data.notes = "Jumelage depuis 1991"
    configured.partners.save(data)
    dialog = PartnerDialog(configured.partners, gazetteer, partner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.history_button is not None
    seen: list[list[str]] = []

    def read(widget: object) -> None:
        assert isinstance(widget, HistoryDialog)
        model = widget.model
        seen.extend([model.index(r, c).data() for c in range(3)] for r in range(model.rowCount()))
        assert ME in widget.summary.text() and "version 2" in widget.summary.text()
        widget.reject()

    shown = when_modal(read, HistoryDialog)
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    assert shown
    assert [row[1:] for row in seen] == [[ME, "Changed: Notes"], [ME, "Created"]]
    # A new partner has no History yet: no button.
    new = PartnerDialog(configured.partners, gazetteer)
    qtbot.addWidget(new)
    assert new.history_button is None


def test_what_text_names_a_line(services: Services) -> None:
    partner_id = services.partners.save(
        PartnerData(name="Görlitz", country_code="DE", contacts=[ContactData(name="Anna")])
    )
    data = services.partners.get(partner_id)
    data.contacts[0].email = "anna@goerlitz.de"
    services.partners.save(data)
    latest = record_history(services.db, Partner, partner_id)[0]
    assert what_text(latest) == "a contact — Changed: Email"


def test_upgrade_from_0009_keeps_every_row(tmp_path: object) -> None:
    from alembic import command

    from twinning_desk.db.database import (
        alembic_config,
        current_revision,
        head_revision,
        make_engine,
        open_database,
    )

    path = tmp_path / "before-0010.sqlite3"  # type: ignore[operator]
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0009_record_versions")
        for i in range(1, 26):
            conn.exec_driver_sql(
                "INSERT INTO partner (id, name, name_key, kind, country_code, status, version)"
                f" VALUES ({i}, 'Ville {i}', 'ville {i}', 'town', 'DE', 'active', {i})"
            )
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")  # type: ignore[operator]
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id, version FROM partner ORDER BY id").fetchall()
            assert rows == [(i, i) for i in range(1, 26)]
            assert conn.execute(text("SELECT count(*) FROM record_change")).scalar() == 0
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'record_change'"
            ).scalar()
            assert "AUTOINCREMENT" in sql
    finally:
        db.close()
