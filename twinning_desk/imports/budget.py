"""Budget lines from the treasurer's existing sheet: French or English headers, amounts
the French or English way, a row-by-row report, then one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twinning_desk.db.models import BudgetKind
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.imports.partners import RowStatus, _row_message
from twinning_desk.imports.table import Table, map_headers, read_table
from twinning_desk.services.budget import BudgetLineData, BudgetService
from twinning_desk.services.dates import parse_day
from twinning_desk.services.errors import CTX, ValidationError
from twinning_desk.services.money import parse_amount
from twinning_desk.services.text import fold

HEADER_ALIASES = {
    "label": {"libelle", "label", "intitule", "objet", "description"},
    "amount": {"montant", "amount", "somme"},
    "forecast": {"prevu", "previsionnel", "budget previsionnel", "forecast", "budget", "budgeted"},
    "actual": {"realise", "reel", "actual", "spent", "depense reelle"},
    "category": {"categorie", "compte", "category", "account", "nature", "poste"},
    "date": {"date", "date de paiement", "paid on"},
    "kind": {"type", "sens", "kind", "charge produit", "depense recette"},
    "payee": {"tiers", "fournisseur", "beneficiaire", "payee", "payer", "payeur"},
    "receipt": {"piece", "justificatif", "receipt", "facture", "n piece"},
}
_ALIASES = {k: {fold(v) for v in values} for k, values in HEADER_ALIASES.items()}
KIND_WORDS = {
    "charge": BudgetKind.CHARGE,
    "depense": BudgetKind.CHARGE,
    "expense": BudgetKind.CHARGE,
    "produit": BudgetKind.PRODUIT,
    "recette": BudgetKind.PRODUIT,
    "income": BudgetKind.PRODUIT,
    "contribution": BudgetKind.CONTRIBUTION,
    "nature": BudgetKind.CONTRIBUTION,
}


@dataclass
class BudgetRowResult:
    row: int
    label: str
    status: RowStatus
    message: Message | None = None


@dataclass
class BudgetPlan:
    year: int
    results: list[BudgetRowResult] = field(default_factory=list)
    lines: list[BudgetLineData] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.results if r.status is status)


def _cell(values: list[Any], mapping: dict[str, int], key: str) -> Any:
    index = mapping.get(key)
    if index is None or index >= len(values):
        return None
    value = values[index]
    return value.strip() if isinstance(value, str) else value


AMOUNT_COLUMNS = ("amount", "forecast", "actual")
_SINGLE_MARK = re.compile(r"^[-−(]?\s*\d{1,3}([.,])\d{3}\s*[)€-]?\s*(€|EUR)?$")


def decimal_mark_of(texts: list[str]) -> str | None:
    """The file's own decimal mark, from its amounts: "," or ".", or None when nothing
    in the file tells (every amount like "1,500" or "1.500", or none with a mark).

    Evidence: both marks in one amount (the last one is the decimal mark); one mark
    used twice ("1.500.000": grouping); one mark followed by one, two or four digits, or
    a zero before it ("12,5", "0,001": decimal). Conflicting evidence is no evidence."""
    votes: set[str] = set()
    for text in texts:
        body = re.sub(r"[^\d.,]", "", text)
        commas, dots = body.count(","), body.count(".")
        if commas and dots:
            votes.add("," if body.rfind(",") > body.rfind(".") else ".")
        elif commas > 1 or dots > 1:
            votes.add("." if commas > 1 else ",")
        elif commas or dots:
            mark = "," if commas else "."
            whole, fraction = body.split(mark)
            if len(fraction) != 3 or whole in ("", "0"):
                votes.add(mark)
    return votes.pop() if len(votes) == 1 else None


def _ambiguous(field_name: str, text: str) -> ValidationError:
    return ValidationError(
        field_name,
        QT_TRANSLATE_NOOP(
            "Validation",
            "“{value}” could be read two ways (a decimal comma or a thousands separator) "
            "and nothing else in the file tells which: write it 1 500 or 1,50, or say which "
            "mark the file uses (--decimal-mark).",
        ),
        value=text[:40],
    )


def plan_budget(
    table: Table,
    service: BudgetService,
    year: int,
    locale: str = "fr",
    decimal_mark: str | None = None,
) -> BudgetPlan:
    """``decimal_mark`` ("," or ".") when the person said it; otherwise the file's own
    evidence decides, never the language of the interface, and an amount that could be
    read two ways is reported on its row instead of guessed."""
    plan = BudgetPlan(year)
    mapping = map_headers(table.headers, _ALIASES, fold)
    texts = [
        str(value)
        for _number, values in table.rows
        for key in AMOUNT_COLUMNS
        if isinstance(value := _cell(values, mapping, key), str)
    ]
    mark = decimal_mark or decimal_mark_of(texts)

    def amount_of(key: str, values: list[Any]) -> int | None:
        value = _cell(values, mapping, key)
        if isinstance(value, str):
            if mark is None and _SINGLE_MARK.match(value.strip()):
                raise _ambiguous(key, value)
            # "de" reads a comma as the decimal mark and a dot as grouping, "en" the
            # reverse: the file decides which.
            return parse_amount(key, value, "de" if mark == "," else "en" if mark else locale)
        return parse_amount(key, value, locale)

    if "label" not in mapping:
        plan.missing_columns.append("label")
    if "category" not in mapping:
        plan.missing_columns.append("category")
    if not {"amount", "forecast", "actual"} & set(mapping):
        plan.missing_columns.append("amount")
    if plan.missing_columns:
        return plan
    chart = service.categories()
    by_code = {code: (code, kind) for code, _label, kind in chart}
    by_label = {fold(label): (code, kind) for code, label, kind in chart}
    for number, values in table.rows:
        raw_label = _cell(values, mapping, "label")
        try:
            raw_category = str(_cell(values, mapping, "category") or "").strip()
            code_kind = by_code.get(raw_category.split(" ")[0].rstrip(".")) or by_label.get(
                fold(raw_category)
            )
            if code_kind is None:
                raise ValidationError(
                    "category",
                    QT_TRANSLATE_NOOP(
                        "Validation", "“{value}” is not an account of the chart (60 to 87)."
                    ),
                    value=raw_category[:40],
                )
            code, kind = code_kind
            raw_kind = fold(str(_cell(values, mapping, "kind") or ""))
            if raw_kind:
                stated = next((k for word, k in KIND_WORDS.items() if word in raw_kind), None)
                if stated is not None and stated is not kind:
                    raise ValidationError(
                        "category",
                        QT_TRANSLATE_NOOP(
                            "Validation", "this category does not match the kind of line."
                        ),
                    )
            amount = amount_of("amount", values)
            forecast = amount_of("forecast", values)
            actual = amount_of("actual", values)
            if actual is None:
                actual = amount
            line = BudgetLineData(
                year=year,
                kind=kind,
                category_code=code,
                label=str(raw_label or ""),
                forecast_cents=forecast or 0,
                actual_cents=actual or 0,
                entry_date=parse_day("date", _cell(values, mapping, "date")),
                payee=_str(_cell(values, mapping, "payee")),
                receipt_ref=_str(_cell(values, mapping, "receipt")),
            )
            plan.lines.append(service.validate(line))
        except ValidationError as exc:
            plan.results.append(
                BudgetRowResult(
                    number, str(raw_label or "")[:200], RowStatus.ERROR, _row_message(exc)
                )
            )
            continue
        plan.results.append(BudgetRowResult(number, line.label, RowStatus.NEW))
    return plan


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def read_budget_plan(
    path: Path,
    service: BudgetService,
    year: int,
    locale: str = "fr",
    decimal_mark: str | None = None,
) -> BudgetPlan:
    return plan_budget(read_table(path, _header_score), service, year, locale, decimal_mark)


def _header_score(headers: list[str]) -> int:
    """Treasurers put the association's name and the year above the header too."""
    return len(map_headers(headers, _ALIASES, fold))


def apply_budget_plan(plan: BudgetPlan, service: BudgetService) -> int:
    return service.save_many(plan.lines) if plan.lines else 0


__all__ = ["CTX", "BudgetPlan", "apply_budget_plan", "read_budget_plan"]
