"""All services over one open database, built once in ``main()`` and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twinning_desk.db.database import Database, open_database
from twinning_desk.services.commune import CommuneService
from twinning_desk.services.notify import ChangeNotifier
from twinning_desk.services.partners import PartnerService


@dataclass
class Services:
    db: Database
    notifier: ChangeNotifier
    commune: CommuneService
    partners: PartnerService

    @classmethod
    def over(cls, db: Database) -> Services:
        notifier = ChangeNotifier()
        return cls(
            db=db,
            notifier=notifier,
            commune=CommuneService(db, notifier),
            partners=PartnerService(db, notifier),
        )

    @classmethod
    def open(cls, path: Path, backup_dir: Path | None = None) -> Services:
        return cls.over(open_database(path, backup_dir))

    def close(self) -> None:
        self.db.close()
