"""What the file holds about one person (RGPD right of access), written for them.

JSON for machines, or a workbook with one sheet per part (the person, their household,
their delegations) for the person to read. The data comes from
:meth:`twinning_desk.services.people.PeopleService.personal_data`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from twinning_desk.export.atomic import atomic_path
from twinning_desk.export.spreadsheet import Sheet, write_xlsx


def write_personal_data(path: Path, data: dict[str, Any]) -> None:
    """JSON when ``path`` ends in .json, else an .xlsx workbook."""
    if path.suffix.lower() == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
        return
    person: list[Sequence[Any]] = [[k, v] for k, v in data["person"].items()]
    sheets = [Sheet("Person", ["field", "value"], person)]
    if data["household"]:
        home: list[Sequence[Any]] = [[k, v] for k, v in data["household"].items()]
        sheets.append(Sheet("Household", ["field", "value"], home))
    visits = data["delegations"]
    keys = list(visits[0]) if visits else ["delegation_id"]
    rows: list[Sequence[Any]] = [[v[k] for k in keys] for v in visits]
    sheets.append(Sheet("Delegations", keys, rows))
    write_xlsx(path, sheets)
