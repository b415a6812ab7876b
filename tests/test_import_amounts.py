"""The same file gives the same amounts whatever the language of the interface: the
file's own evidence decides, and what it cannot decide is asked on its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from twinning_desk.imports.budget import decimal_mark_of, read_budget_plan
from twinning_desk.imports.partners import RowStatus
from twinning_desk.services.context import Services

LANGUAGES = ["fr", "en", "de", "it", "es", "pl"]


def sheet(tmp_path: Path, *amounts: str) -> Path:
    path = tmp_path / "budget.csv"
    lines = ["Libellé;Compte;Montant"]
    lines += [f"Ligne {i};625;{amount}" for i, amount in enumerate(amounts, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def amounts(services: Services, path: Path, language: str, mark: str | None = None) -> list:
    plan = read_budget_plan(path, services.budget, 2026, language, mark)
    return [line.actual_cents for line in plan.lines]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["1,500", "12,50"], ","),  # 12,50 can only be a decimal comma
        (["1.500", "12.5"], "."),
        (["1.500.000", "1,500"], ","),  # dots used twice are grouping
        (["1 234,56"], ","),
        (["1,234.56"], "."),
        (["0,001"], ","),  # a zero before the mark: not grouping
        (["1,500"], None),  # nothing tells
        (["1,500", "2.000"], None),  # the two readings contradict
        (["1500", "20"], None),
    ],
)
def test_the_files_own_decimal_mark(texts: list[str], expected: str | None) -> None:
    assert decimal_mark_of(texts) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_evidence_in_the_file_decides_not_the_interface(
    configured: Services, tmp_path: Path, language: str
) -> None:
    path = sheet(tmp_path, "1,500", "12,50")
    assert amounts(configured, path, language) == [150, 1250]
    path = sheet(tmp_path, "1.500", "2.000,00")
    assert amounts(configured, path, language) == [150_000, 200_000]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_amount_that_can_be_read_two_ways_is_asked_on_its_row(
    configured: Services, tmp_path: Path, language: str
) -> None:
    path = sheet(tmp_path, "1,500", "300")
    plan = read_budget_plan(path, configured.budget, 2026, language)
    statuses = [r.status for r in plan.results]
    assert statuses == [RowStatus.ERROR, RowStatus.NEW]
    message = plan.results[0].message
    assert message is not None and "could be read two ways" in message.render()
    # Said by the person: then it is read that way, in every language.
    assert amounts(configured, path, language, ",") == [150, 30_000]
    assert amounts(configured, path, language, ".") == [150_000, 30_000]
