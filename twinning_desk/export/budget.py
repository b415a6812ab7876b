"""The treasurer's workbook: Synthèse, Détail, Par action and the two subsidy forms.

- Synthèse: forecast against actual by account, with cents, for the general assembly;
  the contributions in kind (86, 87) balance each other rather than adding up.
- Détail: every line, as a ledger a treasurer prints (A4 landscape, 9 pt, headings
  repeated on each page), with no total: charges and produits would add nonsense.
- Par action: charges and produits per event or delegation.
- Budget prévisionnel and Compte rendu financier: the budget tables of the Cerfa forms
  12156 (subsidy request) and 15059 (financial report after the subsidy), in whole euros,
  each funder of account 74 on its own line, one bordered A4 portrait page each.

Totals are live formulas (SUM, differences, MAX for the surplus or shortfall), so the
workbook stays right when the treasurer edits a figure in Excel or LibreOffice. Amounts
come from the service in exact cents; the Cerfa sheets round each line half up to the
euro and show the rounding difference on a line of its own, so that each total is the
exact total rounded and a balanced budget stays balanced. User text is always text.

The workbook is written with openpyxl's write-only mode (rows streamed once, one named
style per kind of cell): 20,000 lines are written at close to the speed of a bare dump
of the same values (benchmarks/bench_workbook.py). Everything the sheets need (merged
cells, borders, column widths, print set-up, repeated headings) is available there, so
every sheet is write-only; each sheet's rows are laid out in full before it is written.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from twinning_desk.db.models import BudgetKind, Direction
from twinning_desk.export.atomic import atomic_path
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.budget import BudgetQuery, BudgetRow, BudgetSummary
from twinning_desk.services.budget_data import AccountTotal, ActionTotals
from twinning_desk.services.money import to_decimal

Translate = Callable[[str, str], str]

# Arial is on every Windows and macOS machine; LibreOffice on Linux prints it with its
# metric twin Liberation Sans. Every style names it: a style without a font name prints
# in the program's default, a serif font in LibreOffice.
FONT_NAME = "Arial"
EURO = '#,##0.00" €"'  # U+00A0 before the sign, as French typography asks
# Whole euros, as the Cerfa forms ask, a dash for nothing; "_-" leaves a space after the
# figure so that it does not touch the label in the next cell.
WHOLE_EURO = '#,##0" €"_-;-#,##0" €"_-;"–"_-'
PERCENT = "0.0%"
WHOLE_PERCENT = "0%_-"
HEAD_FILL = "DDE6F0"
TOTAL_FILL = "F2F2F2"
SECTION_FILL = "EAEAEA"
GRID = "808080"
# A variance the financial report asks to explain: 15 % of the forecast or more, or a
# line that was not planned at all. The Cerfa 15059 says "significant" without a figure;
# 15 % is the threshold funders most often state in their conventions.
SIGNIFICANT = Decimal("0.15")

T = {  # sheet titles and headers, translated where written
    "synthese": QT_TRANSLATE_NOOP("Workbook", "Summary"),
    "detail": QT_TRANSLATE_NOOP("Workbook", "Detail"),
    "actions": QT_TRANSLATE_NOOP("Workbook", "By action"),
    "cerfa_forecast": QT_TRANSLATE_NOOP("Workbook", "Forecast budget"),
    "cerfa_report": QT_TRANSLATE_NOOP("Workbook", "Financial report"),
    "title": QT_TRANSLATE_NOOP("Workbook", "Budget {year}"),
    "printed": QT_TRANSLATE_NOOP("Workbook", "Printed on {date}"),
    "account": QT_TRANSLATE_NOOP("Workbook", "Account"),
    "category": QT_TRANSLATE_NOOP("Workbook", "Category"),
    "forecast": QT_TRANSLATE_NOOP("Workbook", "Forecast"),
    "actual": QT_TRANSLATE_NOOP("Workbook", "Actual"),
    "variance": QT_TRANSLATE_NOOP("Workbook", "Variance"),
    "percent": QT_TRANSLATE_NOOP("Workbook", "% done"),
    "charges": QT_TRANSLATE_NOOP("Workbook", "Expenses"),
    "produits": QT_TRANSLATE_NOOP("Workbook", "Income"),
    "contributions": QT_TRANSLATE_NOOP("Workbook", "Voluntary contributions in kind"),
    "in_kind_balance": QT_TRANSLATE_NOOP(
        "Workbook", "Contributions in kind: 87 − 86 (must be zero)"
    ),
    "total_charges": QT_TRANSLATE_NOOP("Workbook", "Total expenses"),
    "total_produits": QT_TRANSLATE_NOOP("Workbook", "Total income"),
    "total": QT_TRANSLATE_NOOP("Workbook", "Total"),
    "result": QT_TRANSLATE_NOOP("Workbook", "Result of the year (income − expenses)"),
    "date": QT_TRANSLATE_NOOP("Workbook", "Date"),
    "kind": QT_TRANSLATE_NOOP("Workbook", "Kind"),
    "label": QT_TRANSLATE_NOOP("Workbook", "Label"),
    "payee": QT_TRANSLATE_NOOP("Workbook", "Payee or payer"),
    "receipt": QT_TRANSLATE_NOOP("Workbook", "Receipt"),
    "foreign": QT_TRANSLATE_NOOP("Workbook", "Amount in currency"),
    "action": QT_TRANSLATE_NOOP("Workbook", "Action"),
    "trip_to": QT_TRANSLATE_NOOP("Workbook", "Trip to {partner}, {date}"),
    "visit_of": QT_TRANSLATE_NOOP("Workbook", "Visit of {partner}, {date}"),
    "c_forecast": QT_TRANSLATE_NOOP("Workbook", "Expenses forecast"),
    "c_actual": QT_TRANSLATE_NOOP("Workbook", "Expenses actual"),
    "p_forecast": QT_TRANSLATE_NOOP("Workbook", "Income forecast"),
    "p_actual": QT_TRANSLATE_NOOP("Workbook", "Income actual"),
    "balance": QT_TRANSLATE_NOOP("Workbook", "Balance (actual)"),
    "amount": QT_TRANSLATE_NOOP("Workbook", "Amount"),
    "page": QT_TRANSLATE_NOOP("Workbook", "Page {page} of {pages}"),
    # The Cerfa sheets, in the forms' own words once translated into French.
    "forecast_title": QT_TRANSLATE_NOOP("Workbook", "Forecast budget of the action"),
    "forecast_form": QT_TRANSLATE_NOOP(
        "Workbook", "Laid out as the budget table of Cerfa form 12156"
    ),
    "report_title": QT_TRANSLATE_NOOP("Workbook", "Financial report of the action"),
    "report_form": QT_TRANSLATE_NOOP(
        "Workbook", "Laid out as the summary table of Cerfa form 15059"
    ),
    "association": QT_TRANSLATE_NOOP("Workbook", "Association: {name}"),
    "action_named": QT_TRANSLATE_NOOP("Workbook", "Action: {action}"),
    "whole_year": QT_TRANSLATE_NOOP(
        "Workbook", "Action: all the actions of the year (budget of the association)"
    ),
    "fiscal_year": QT_TRANSLATE_NOOP("Workbook", "Fiscal year: {year}"),
    "fiscal_period": QT_TRANSLATE_NOOP("Workbook", "Fiscal year: {year}, from {start} to {end}"),
    "planned": QT_TRANSLATE_NOOP("Workbook", "Planned"),
    "achieved": QT_TRANSLATE_NOOP("Workbook", "Achieved"),
    "f_state": QT_TRANSLATE_NOOP(
        "Workbook", "State: ministries, directorates or decentralised services"
    ),
    "f_region": QT_TRANSLATE_NOOP("Workbook", "Region(s)"),
    "f_departement": QT_TRANSLATE_NOOP("Workbook", "Département(s)"),
    "f_epci": QT_TRANSLATE_NOOP("Workbook", "Intercommunality: EPCI"),
    "f_commune": QT_TRANSLATE_NOOP("Workbook", "Commune(s)"),
    "f_europe": QT_TRANSLATE_NOOP("Workbook", "European funds (ESF, ERDF, CERV…)"),
    "f_asp": QT_TRANSLATE_NOOP(
        "Workbook", "Agence de services et de paiement (ASP, subsidised jobs)"
    ),
    "f_other": QT_TRANSLATE_NOOP("Workbook", "Other public bodies, private funders"),
    "no_ministry": QT_TRANSLATE_NOOP("Workbook", "ministry not named"),
    "no_funder": QT_TRANSLATE_NOOP("Workbook", "funder not named"),
    "dues": QT_TRANSLATE_NOOP("Workbook", "of which membership dues"),
    "donations": QT_TRANSLATE_NOOP("Workbook", "of which donations"),
    "of_which": QT_TRANSLATE_NOOP("Workbook", "of which {account}"),
    "rounding": QT_TRANSLATE_NOOP("Workbook", "Rounding to whole euros"),
    "surplus_forecast": QT_TRANSLATE_NOOP("Workbook", "Forecast surplus (profit)"),
    "shortfall_forecast": QT_TRANSLATE_NOOP("Workbook", "Forecast shortfall (loss)"),
    "surplus": QT_TRANSLATE_NOOP("Workbook", "Surplus (profit)"),
    "shortfall": QT_TRANSLATE_NOOP("Workbook", "Shortfall (loss)"),
    "explain_title": QT_TRANSLATE_NOOP(
        "Workbook", "Explanation of the significant variances between forecast and actual"
    ),
    "explain_hint": QT_TRANSLATE_NOOP(
        "Workbook",
        "Lines whose actual amount differs from the forecast by {percent} or more, or that "
        "were not planned: explain each one on its right.",
    ),
    "explanation": QT_TRANSLATE_NOOP("Workbook", "Explanation"),
    "line": QT_TRANSLATE_NOOP("Workbook", "Line"),
    "no_variance": QT_TRANSLATE_NOOP("Workbook", "No significant variance."),
}
KIND_TEXT = {
    BudgetKind.CHARGE: QT_TRANSLATE_NOOP("Workbook", "Expense"),
    BudgetKind.PRODUIT: QT_TRANSLATE_NOOP("Workbook", "Revenue"),
    BudgetKind.CONTRIBUTION: QT_TRANSLATE_NOOP("Workbook", "In kind"),
}

# Account 74 by funder, in the order of the Cerfa table: the chart's sub-account names
# the group; a funder called "ASP" (or by the agency's full name) has its own line.
FUNDER_GROUPS = ("f_state", "f_region", "f_departement", "f_epci", "f_commune", "f_europe")
FUNDER_GROUP_OF = {
    "74-ETAT": "f_state",
    "74-REG": "f_region",
    "74-DEP": "f_departement",
    "74-EPCI": "f_epci",
    "74-COM": "f_commune",
    "74-UE": "f_europe",
}
ASP = re.compile(r"\bASP\b|agence\s+de\s+services\s+et\s+de\s+paiement", re.IGNORECASE)
DUES = ("756",)  # cotisations
DONATIONS = ("754", "758")  # dons manuels, mécénat


def _identity(_context: str, text: str) -> str:
    return text


def whole_euros(cents: int) -> int:
    """Euros rounded half up, away from zero (12,50 € is 13 €, −12,50 € is −13 €), the
    rounding a treasurer does by hand on a Cerfa form."""
    euros, rest = divmod(abs(cents), 100)
    euros += rest >= 50
    return euros if cents >= 0 else -euros


@dataclass
class BudgetWorkbook:
    commune: str  # the association (committee) named in the headings
    year: int
    summary: BudgetSummary
    lines: list[BudgetRow]
    actions: list[ActionTotals]
    translate: Translate = _identity
    date_format: str = "DD/MM/YYYY"
    # The Cerfa sheets' breakdown (accounts, sub-accounts, funders); without it they are
    # drawn from the summary's top-level accounts.
    accounts: list[AccountTotal] | None = None
    action: str | None = None  # the action the Cerfa sheets are for; None: the whole year
    period: tuple[date, date] | None = None

    def t(self, key: str, **params: Any) -> str:
        text = self.translate("Workbook", T[key])
        return text.format(**params) if params else text

    def label(self, text: str) -> str:
        """Chart of accounts labels are translated in the "Chart" context."""
        return self.translate("Chart", text)

    def day(self, value: date) -> str:
        """A day in the reader's format (14/07/2026, 14.07.2026 or 2026-07-14)."""
        return value.strftime(
            self.date_format.replace("DD", "%d").replace("MM", "%m").replace("YYYY", "%Y")
        )


# ------------------------------------------------------------------ the Cerfa layout


@dataclass(eq=False)
class _Line:
    """One line of a Cerfa table: a label and, per amount (forecast, actual), a whole
    number of euros or a formula over other lines, placed on a row when laid out."""

    label: str
    style: str  # account, group, funder, sub, total, rounding
    values: tuple[int, ...] = ()
    exact: tuple[int, ...] = ()  # the cents behind the values, for the variance box
    parts: list[_Line] = field(default_factory=list)  # summed into this one
    formula: Callable[[int], str] | None = None  # amount index -> formula, when not parts
    row: int = 0
    side: int = 0


class _Cerfa:
    """Both Cerfa tables from the same lines: charges (60 to 68, then 86) on the left,
    produits (70 to 78, then 87) on the right, ``measures`` amounts per line (the
    forecast alone, or forecast and actual)."""

    def __init__(self, data: BudgetWorkbook, measures: int, forecast_words: bool) -> None:
        self.data = data
        self.measures = measures
        accounts = data.accounts
        if accounts is None:
            accounts = [
                AccountTotal(c.code, c.label, c.kind, None, None, c.forecast_cents, c.actual_cents)
                for c in data.summary.categories
            ]
        self.accounts = accounts
        tops: dict[str, AccountTotal] = {}
        self.subs: dict[str, list[AccountTotal]] = {}
        for a in accounts:
            if a.parent_code is None:
                tops.setdefault(a.code, a)
            self.subs.setdefault(a.parent_code or a.code, []).append(a)
        self.tops = list(tops.values())
        t = data.t
        left = [line for a in self.tops if a.kind is BudgetKind.CHARGE for line in self._top(a)]
        right = [line for a in self.tops if a.kind is BudgetKind.PRODUIT for line in self._top(a)]
        self.left, self.right = left, right
        rounding_left = self._rounding(left, BudgetKind.CHARGE)
        rounding_right = self._rounding(right, BudgetKind.PRODUIT)
        self.total_left = _Line(
            t("total_charges"), "total", parts=_additive(left) + [rounding_left]
        )
        self.total_right = _Line(
            t("total_produits"), "total", parts=_additive(right) + [rounding_right]
        )
        self.roundings = (rounding_left, rounding_right)
        surplus = _Line(t("surplus_forecast" if forecast_words else "surplus"), "account")
        shortfall = _Line(t("shortfall_forecast" if forecast_words else "shortfall"), "account")
        surplus.formula = self._max_of(self.total_right, self.total_left)
        shortfall.formula = self._max_of(self.total_left, self.total_right)
        self.balance = (surplus, shortfall)
        in_kind = [a for a in self.tops if a.kind is BudgetKind.CONTRIBUTION]
        self.kind_left = [
            line for a in in_kind if not a.code.startswith("87") for line in self._top(a)
        ]
        self.kind_right = [
            line for a in in_kind if a.code.startswith("87") for line in self._top(a)
        ]
        self.grand_left = _Line(
            t("total"), "total", parts=[self.total_left, surplus, *_additive(self.kind_left)]
        )
        self.grand_right = _Line(
            t("total"), "total", parts=[self.total_right, shortfall, *_additive(self.kind_right)]
        )

    def _amounts(self, accounts: Iterable[AccountTotal]) -> tuple[int, ...]:
        forecast = actual = 0
        for a in accounts:
            forecast += a.forecast_cents
            actual += a.actual_cents
        return (forecast, actual)[: self.measures]

    def _leaf(self, label: str, style: str, accounts: Iterable[AccountTotal]) -> _Line:
        exact = self._amounts(accounts)
        return _Line(label, style, tuple(whole_euros(c) for c in exact), exact)

    def _name(self, account: AccountTotal) -> str:
        return f"{account.code} – {self.data.label(account.label)}"

    def _top(self, account: AccountTotal) -> list[_Line]:
        """A top-level account and the lines under it: its funders for 74, "of which"
        lines (not added again) for the others."""
        family = self.subs.get(account.code, [account])
        if account.code == "74":
            return self._subsidies(account, family)
        line = self._leaf(self._name(account), "account", family)
        lines = [line]
        subs = [a for a in family if a.parent_code is not None]
        if account.code == "75":
            lines.append(self._leaf(self.data.t("dues"), "sub", _codes(subs, DUES)))
            lines.append(self._leaf(self.data.t("donations"), "sub", _codes(subs, DONATIONS)))
            return lines
        seen: dict[str, list[AccountTotal]] = {}
        for a in subs:
            seen.setdefault(a.code, []).append(a)
        for same in seen.values():
            name = self.data.t(
                "of_which", account=f"{same[0].code} {self.data.label(same[0].label)}"
            )
            lines.append(self._leaf(name, "sub", same))
        return lines

    def _subsidies(self, account: AccountTotal, family: list[AccountTotal]) -> list[_Line]:
        """Account 74 as the form lists it: each kind of funder, and under it each funder
        named on the lines (État with its ministry), so the funder sees its own line."""
        t = self.data.t
        groups: dict[str, dict[str, list[AccountTotal]]] = {
            key: {} for key in (*FUNDER_GROUPS, "f_asp", "f_other")
        }
        for a in family:
            if not (a.forecast_cents or a.actual_cents):
                continue
            if a.funder and ASP.search(a.funder):
                key = "f_asp"
            else:
                key = FUNDER_GROUP_OF.get(a.code, "f_other")
            if a.funder:
                name = a.funder
            elif key == "f_other" and a.code not in ("74", "74-AUT"):
                name = f"{a.code} {self.data.label(a.label)}"  # the treasurer's sub-account
            else:
                name = t("no_ministry" if key == "f_state" else "no_funder")
            groups[key].setdefault(name, []).append(a)
        top = _Line(self._name(account), "account")
        lines = [top]
        for key, funders in groups.items():
            group = _Line(t(key), "group")
            top.parts.append(group)
            lines.append(group)
            for name, same in funders.items():
                funder = self._leaf(f"– {name}", "funder", same)
                group.parts.append(funder)
                lines.append(funder)
            if not funders:
                group.values = (0,) * self.measures
                group.exact = (0,) * self.measures
        return lines

    def _rounding(self, lines: list[_Line], kind: BudgetKind) -> _Line:
        """What the rounded lines lack to make the exact total rounded: shown, so that
        the total is right to the euro and a balanced budget stays balanced."""
        exact = self._amounts(a for a in self.accounts if a.kind is kind)
        rounded = [0] * self.measures
        for line in lines:
            if line.style in ("account", "funder") and line.values:
                for m in range(self.measures):
                    rounded[m] += line.values[m]
        values = tuple(whole_euros(exact[m]) - rounded[m] for m in range(self.measures))
        return _Line(self.data.t("rounding"), "rounding", values, (0,) * self.measures)

    def _max_of(self, more: _Line, less: _Line) -> Callable[[int], str]:
        def formula(m: int) -> str:
            return f"MAX(0,{_ref(more, m, self.measures)}-{_ref(less, m, self.measures)})"

        return formula

    def variances(self) -> list[_Line]:
        """The lines whose actual amount is off the forecast by SIGNIFICANT or more, or
        that were not planned."""
        found = []
        for line in [*self.left, *self.right, *self.kind_left, *self.kind_right]:
            if line.style not in ("account", "funder") or len(line.exact) < 2:
                continue
            forecast, actual = line.exact
            if forecast == actual:
                continue
            if forecast == 0 or abs(Decimal(actual - forecast)) >= SIGNIFICANT * abs(forecast):
                found.append(line)
        return found


def _codes(accounts: list[AccountTotal], prefixes: Sequence[str]) -> list[AccountTotal]:
    return [a for a in accounts if a.code.startswith(tuple(prefixes))]


def _additive(lines: list[_Line]) -> list[_Line]:
    """The lines a side's total adds: top-level accounts ("of which" lines and funders
    are already inside one)."""
    return [line for line in lines if line.style == "account"]


def _column(side: int, m: int, measures: int) -> str:
    """The letter of amount ``m`` on a side: B (and C) on the left; D, or G and H, on
    the right of a table with one (or two, plus variance and %) amounts."""
    width = 1 if measures == 1 else 4
    return _letter(2 + side * (width + 1) + m)


def _letter(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index - 1]


def _ref(line: _Line, m: int, measures: int) -> str:
    return f"{_column(line.side, m, measures)}{line.row}"


def _amount_cell(line: _Line, m: int, measures: int) -> Any:
    """A value, or a formula over the parts (a range when they follow each other)."""
    if line.formula is not None:
        return _Formula("=" + line.formula(m))
    if line.parts:
        rows = [p.row for p in line.parts]
        letter = _column(line.side, m, measures)
        if rows == list(range(rows[0], rows[0] + len(rows))) and len(rows) > 1:
            return _Formula(f"=SUM({letter}{rows[0]}:{letter}{rows[-1]})")
        return _Formula(
            "=" + "+".join(f"{_column(p.side, m, measures)}{p.row}" for p in line.parts)
        )
    return line.values[m] if line.values else None


class _Formula(str):
    """A formula we wrote (user text is never one)."""


# ------------------------------------------------------------------ writing


class _Book:
    """A write-only workbook and its named styles, each made once and given to cells
    by name."""

    def __init__(self, data: BudgetWorkbook) -> None:
        # openpyxl loads in about 0.1 s: only an export pays for it (see test_layers).
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

        self.wb = Workbook(write_only=True)
        self.make_cell = WriteOnlyCell
        self.data = data
        thin = Side(style="thin", color=GRID)
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        none = Border()

        def style(
            name: str,
            size: float = 10,
            bold: bool = False,
            italic: bool = False,
            fill: str | None = None,
            border: bool = True,
            number_format: str = "General",
            horizontal: str | None = None,
            vertical: str = "center",
            wrap: bool = False,
            indent: int = 0,
            shrink: bool = False,
        ) -> None:
            named = NamedStyle(
                name=name,
                font=Font(name=FONT_NAME, size=size, bold=bold, italic=italic),
                fill=PatternFill("solid", fgColor=fill) if fill else PatternFill(),
                border=box if border else none,
                number_format=number_format,
                alignment=Alignment(
                    horizontal="left" if indent else horizontal,
                    vertical=vertical,
                    wrap_text=wrap,
                    shrink_to_fit=shrink,
                    indent=indent,
                ),
            )
            self.wb.add_named_style(named)

        # Headings
        style("TD Title", size=13, bold=True, border=False)
        style("TD Subtitle", size=10, italic=True, border=False)
        style("TD Heading", size=10, border=False)
        style("TD Head", bold=True, fill=HEAD_FILL, horizontal="center", wrap=True)
        style("TD Head Small", size=9, bold=True, fill=HEAD_FILL, horizontal="center", shrink=True)
        style("TD Section", bold=True, fill=SECTION_FILL)
        # Synthèse and Par action (cents)
        style("TD Text", wrap=True)
        style("TD Bold", bold=True, fill=TOTAL_FILL, wrap=True)
        style("TD Money", number_format=EURO)
        style("TD Money Bold", bold=True, fill=TOTAL_FILL, number_format=EURO)
        style("TD Percent", number_format=PERCENT)
        style("TD Percent Bold", bold=True, fill=TOTAL_FILL, number_format=PERCENT)
        # Cerfa sheets (whole euros)
        style("TD Cerfa Account", wrap=True)
        style("TD Cerfa Group", wrap=True, indent=1)
        style("TD Cerfa Funder", wrap=True, indent=2)
        style("TD Cerfa Sub", italic=True, wrap=True, indent=2)
        style("TD Cerfa Total", bold=True, fill=TOTAL_FILL, wrap=True)
        style("TD Euro", number_format=WHOLE_EURO)
        style("TD Euro Italic", italic=True, number_format=WHOLE_EURO)
        style("TD Euro Bold", bold=True, fill=TOTAL_FILL, number_format=WHOLE_EURO)
        style("TD Euro Percent", number_format=WHOLE_PERCENT)
        style("TD Euro Percent Bold", bold=True, fill=TOTAL_FILL, number_format=WHOLE_PERCENT)
        style("TD Box", wrap=True, vertical="top")
        style("TD Hint", size=9, italic=True, border=False, wrap=True, vertical="top")
        # Détail (9 pt, the grid printed instead of a border on each cell)
        style("TD Detail Head", size=9, bold=True, fill=HEAD_FILL, horizontal="center", wrap=True)
        style("TD Detail Text", size=9, border=False, vertical="top", wrap=True)
        style("TD Detail Code", size=9, border=False, vertical="top")
        style(
            "TD Detail Date", size=9, border=False, vertical="top", number_format=data.date_format
        )
        style("TD Detail Money", size=9, border=False, vertical="top", number_format=EURO)
        self._style = style
        self.currencies: set[str] = set()

    def currency_style(self, currency: str) -> str:
        """A style per currency of the lines paid abroad ("1 234,50 PLN")."""
        name = f"TD Detail {currency}"
        if currency not in self.currencies:
            self.currencies.add(currency)
            self._style(
                name, size=9, border=False, vertical="top", number_format=f'#,##0.00" {currency}"'
            )
        return name

    def cell(self, ws: Any, value: Any, style: str | None) -> Any:
        cell = self.make_cell(ws, value)
        if isinstance(value, str) and not isinstance(value, _Formula):
            cell.data_type = "s"  # "=HYPERLINK(…)" typed in a label stays text
        if style:
            cell.style = style
        return cell

    def sheet(
        self,
        title: str,
        widths: Sequence[float],
        landscape: bool,
        one_page: bool,
        title_rows: str | None = None,
        freeze: str | None = None,
    ) -> Any:
        """A write-only sheet with what must be set before its first row: column widths,
        frozen panes, fit-to-page; and its print set-up (A4, margins, page numbers)."""
        ws = self.wb.create_sheet(title[:31])
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[_letter(index)].width = width
        if freeze:
            ws.freeze_panes = freeze
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if one_page else 0
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_options.horizontalCentered = True
        if title_rows:
            ws.print_title_rows = title_rows
        page = self.data.t("page", page="&P", pages="&N")
        ws.HeaderFooter.oddFooter.center.text = page
        ws.HeaderFooter.oddFooter.center.font = f"{FONT_NAME},Regular"
        ws.HeaderFooter.oddFooter.center.size = 8
        return ws


def _page_header(ws: Any, text: str) -> None:
    """The association and the year at the top of every printed page ("&" would start
    a header code: doubled, it prints as itself)."""
    ws.HeaderFooter.oddHeader.center.text = text.replace("&", "&&")
    ws.HeaderFooter.oddHeader.center.font = f"{FONT_NAME},Bold"
    ws.HeaderFooter.oddHeader.center.size = 9


def _quick_lines(text: str | None, capacity: int) -> int:
    """:func:`_lines` estimated without wrapping, for the 20,000 rows of the Détail: a
    wrapped line loses about half a word (four characters) at its end."""
    if not text or len(text) <= capacity:
        return 1
    return -(-len(text) // max(1, capacity - 4))


@functools.cache
def _settled_cell() -> type:
    """A cell whose style is set once, before it is first written.

    When it writes a styled cell, openpyxl looks the cell's style up in the workbook's
    list of styles to write its index: 170,000 lookups for the Détail of 20,000 lines,
    a tenth of the workbook's time, for nine cells whose style never changes (issue #17).
    This cell keeps the index the library's own lookup gave once."""
    from openpyxl.cell.cell import Cell

    lookup = Cell.style_id.fget  # the library's own, run once per cell

    class SettledCell(Cell):
        __slots__ = ("settled_id",)

        def settle(self, style: str) -> Any:
            self.style = style  # type: ignore[misc]  # openpyxl's descriptor
            self.settled_id = lookup(self)
            return self

        @property
        def style_id(self) -> int:
            return self.settled_id

    return SettledCell


def _rows_of_cells(ws: Any) -> None:
    """Let ``ws.append`` take rows of styled cells straight through.

    openpyxl's write-only sheet first tries each item of a row as a plain value and,
    when that raises, takes it as a cell: an exception per styled cell, a third of the
    time of a 20,000-line sheet. Our rows hold only cells (or None for an empty cell), so
    this hook gives them their place and passes them on, as the library's own path does
    for a cell. The hook (``_values_to_row``) is openpyxl's internal name: were a later
    version to stop calling it, rows would take the library's path again, the file
    unchanged, only slower (tests/test_budget_workbook.py compares the two)."""

    def cells(row: Iterable[Any], row_idx: int) -> Iterator[Any]:
        for col_idx, cell in enumerate(row, 1):
            if cell is None:
                continue
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = cells


def _lines(text: str | None, capacity: int) -> int:
    """How many lines ``text`` takes wrapped at word boundaries in a column holding
    ``capacity`` characters. Neither Excel nor LibreOffice fits a row's height to its
    wrapped text when opening a file, so each row is given the height it needs."""
    if not text:
        return 1
    if len(text) <= capacity and "\n" not in text:
        return 1
    return sum(
        max(1, len(textwrap.wrap(part, capacity, break_long_words=True)))
        for part in text.split("\n")
    )


def _headings(book: _Book, ws: Any, lines: list[str], last: str) -> int:
    """The title, the form, the association, the action and the year, merged across the
    table; returns the next free row."""
    for index, text in enumerate(lines, start=1):
        style = "TD Title" if index == 1 else "TD Subtitle" if index == 2 else "TD Heading"
        ws.merged_cells.add(f"A{index}:{last}{index}")
        ws.append([book.cell(ws, text, style)])
    ws.append([])
    return len(lines) + 2


def _synthese(book: _Book, data: BudgetWorkbook) -> None:
    ws = book.sheet(
        data.t("synthese"),
        [10, 46, 16, 16, 16, 11],
        landscape=False,
        one_page=False,
        title_rows="5:5",
        freeze="A6",
    )
    cell = book.cell
    ws.append([cell(ws, data.commune, "TD Title")])
    ws.append([cell(ws, data.t("title", year=data.year), "TD Heading")])
    ws.append([cell(ws, data.t("printed", date=data.day(date.today())), "TD Subtitle")])
    ws.append([])
    ws.append(
        [
            cell(ws, data.t(key), "TD Head")
            for key in ("account", "category", "forecast", "actual", "variance", "percent")
        ]
    )
    row = 6

    def account_row(code: str, label: str, forecast: int, actual: int) -> None:
        nonlocal row
        ws.append(
            [
                cell(ws, code, "TD Text"),
                cell(ws, data.label(label), "TD Text"),
                cell(ws, to_decimal(forecast), "TD Money"),
                cell(ws, to_decimal(actual), "TD Money"),
                cell(ws, _Formula(f"=D{row}-C{row}"), "TD Money"),
                cell(ws, _Formula(f'=IF(C{row}=0,"",D{row}/C{row})'), "TD Percent"),
            ]
        )
        row += 1

    def section(title: str) -> None:
        nonlocal row
        ws.merged_cells.add(f"A{row}:F{row}")
        ws.append([cell(ws, title, "TD Section")] + [cell(ws, None, "TD Section")] * 5)
        row += 1

    totals: dict[BudgetKind, int] = {}
    for kind, heading, total_key in (
        (BudgetKind.CHARGE, "charges", "total_charges"),
        (BudgetKind.PRODUIT, "produits", "total_produits"),
    ):
        section(data.t(heading))
        first = row
        for c in (c for c in data.summary.categories if c.kind is kind):
            account_row(c.code, c.label, c.forecast_cents, c.actual_cents)
        last = row - 1
        sums: list[Any] = [
            # Rows first to last; a group with no account adds nothing: SUM(C8:C7) would
            # be read C7:C8, its heading and its own cell.
            _Formula(f"=SUM({letter}{first}:{letter}{last})") if last >= first else 0
            for letter in "CD"
        ]
        ws.append(
            [
                cell(ws, None, "TD Bold"),
                cell(ws, data.t(total_key), "TD Bold"),
                cell(ws, sums[0], "TD Money Bold"),
                cell(ws, sums[1], "TD Money Bold"),
                cell(ws, _Formula(f"=D{row}-C{row}"), "TD Money Bold"),
                cell(ws, _Formula(f'=IF(C{row}=0,"",D{row}/C{row})'), "TD Percent Bold"),
            ]
        )
        totals[kind] = row
        row += 1
        ws.append([])
        row += 1
    # Contributions in kind: the use (86) and the source (87) of the same help, which
    # must balance; adding them would count it twice.
    section(data.t("contributions"))
    used: list[int] = []
    given: list[int] = []
    for c in (c for c in data.summary.categories if c.kind is BudgetKind.CONTRIBUTION):
        (given if c.code.startswith("87") else used).append(row)
        account_row(c.code, c.label, c.forecast_cents, c.actual_cents)

    def difference(letter: str) -> Any:
        if not used and not given:
            return 0
        plus = "+".join(f"{letter}{r}" for r in given) or "0"
        minus = "".join(f"-{letter}{r}" for r in used)
        return _Formula(f"={plus}{minus}")

    ws.append(
        [
            cell(ws, None, "TD Bold"),
            cell(ws, data.t("in_kind_balance"), "TD Bold"),
            cell(ws, difference("C"), "TD Money Bold"),
            cell(ws, difference("D"), "TD Money Bold"),
        ]
    )
    row += 1
    ws.append([])
    row += 1
    charges, produits = totals[BudgetKind.CHARGE], totals[BudgetKind.PRODUIT]
    ws.append(
        [
            cell(ws, None, "TD Bold"),
            cell(ws, data.t("result"), "TD Bold"),
            cell(ws, _Formula(f"=C{produits}-C{charges}"), "TD Money Bold"),
            cell(ws, _Formula(f"=D{produits}-D{charges}"), "TD Money Bold"),
        ]
    )
    _page_header(ws, f"{data.commune} — {data.t('title', year=data.year)}")


DETAIL_WIDTHS = [10, 9, 7, 30, 12.5, 12.5, 16, 13, 16, 12.5]
# Characters of 9 pt Arial a column unit holds (a unit is the width of a digit of the
# default 11 pt font), on the safe side; and the height of one line of 9 pt text.
DETAIL_CHARS_PER_UNIT = 1.3
DETAIL_LINE_HEIGHT = 12.0


def _detail(book: _Book, data: BudgetWorkbook) -> None:
    """The lines as a ledger. One styled cell per column, made once and given each row's
    value in turn: write-only mode writes a row as soon as it is appended, so a cell can
    be reused for the next row."""
    ws = book.sheet(
        data.t("detail"),
        DETAIL_WIDTHS,
        landscape=True,
        one_page=False,
        title_rows="1:1",
        freeze="A2",
    )
    ws.print_options.gridLines = True
    _page_header(ws, f"{data.commune} — {data.t('title', year=data.year)} — {data.t('detail')}")
    headers = (
        "date",
        "kind",
        "account",
        "label",
        "forecast",
        "actual",
        "payee",
        "receipt",
        "action",
        "foreign",
    )
    _rows_of_cells(ws)
    ws.row_dimensions[1].height = 2 * DETAIL_LINE_HEIGHT + 2  # "Montant en devise"
    ws.append([book.cell(ws, data.t(key), "TD Detail Head") for key in headers])
    settled = _settled_cell()

    def make(_ws: Any, _value: None, style: str) -> Any:
        return settled(worksheet=ws, column=1, row=1).settle(style)  # as WriteOnlyCell

    date_cell = make(ws, None, "TD Detail Date")
    kind_cell = make(ws, None, "TD Detail Code")
    code_cell = make(ws, None, "TD Detail Code")
    label_cell = make(ws, None, "TD Detail Text")
    forecast_cell = make(ws, None, "TD Detail Money")
    actual_cell = make(ws, None, "TD Detail Money")
    payee_cell = make(ws, None, "TD Detail Text")
    receipt_cell = make(ws, None, "TD Detail Text")
    action_cell = make(ws, None, "TD Detail Text")
    foreign_cells: dict[str, Any] = {}
    kinds = {kind: data.translate("Workbook", text) for kind, text in KIND_TEXT.items()}

    def text(cell: Any, value: str | None) -> Any:
        if value is None:
            return None
        cell.value = value
        cell.data_type = "s"
        return cell

    def number(cell: Any, value: Any) -> Any:
        cell.value = value
        return cell

    capacity = {
        column: int(DETAIL_WIDTHS[column - 1] * DETAIL_CHARS_PER_UNIT) for column in (4, 7, 8, 9)
    }
    label_fits, payee_fits, receipt_fits, action_fits = (capacity[c] for c in (4, 7, 8, 9))
    row = 1
    for line in data.lines:
        row += 1
        if (
            len(line.label) > label_fits
            or (line.payee and len(line.payee) > payee_fits)
            or (line.receipt_ref and len(line.receipt_ref) > receipt_fits)
            or (line.action and len(line.action) > action_fits)
        ):
            height = max(
                _quick_lines(text, capacity[column])
                for column, text in (
                    (4, line.label),
                    (7, line.payee),
                    (8, line.receipt_ref),
                    (9, line.action),
                )
            )
            ws.row_dimensions[row].height = height * DETAIL_LINE_HEIGHT + 1
        foreign = None
        if line.foreign_amount is not None and line.currency != "EUR":
            foreign = foreign_cells.get(line.currency)
            if foreign is None:
                foreign = make(ws, None, book.currency_style(line.currency))
                foreign_cells[line.currency] = foreign
            foreign.value = Decimal(line.foreign_amount)
        ws.append(
            [
                number(date_cell, line.entry_date) if line.entry_date else None,
                text(kind_cell, kinds[line.kind]),
                text(code_cell, line.category_code),
                text(label_cell, line.label),
                number(forecast_cell, to_decimal(line.forecast_cents)),
                number(actual_cell, to_decimal(line.actual_cents)),
                text(payee_cell, line.payee),
                text(receipt_cell, line.receipt_ref),
                text(action_cell, line.action),
                foreign,
            ]
        )
    ws.auto_filter.ref = f"A1:J{max(1, len(data.lines) + 1)}"


def _action_name(data: BudgetWorkbook, action: ActionTotals) -> str:
    """An event by its title; a delegation by what it was and when, since its partner's
    name alone reads like the partner's (and two trips a year to one town are two)."""
    if action.direction is None:
        return action.name
    key = "visit_of" if action.direction is Direction.INCOMING else "trip_to"
    return data.t(key, partner=action.name, date=data.day(action.day))


def _actions(book: _Book, data: BudgetWorkbook) -> None:
    ws = book.sheet(
        data.t("actions"),
        [44, 16, 16, 16, 16, 16],
        landscape=True,
        one_page=False,
        title_rows="1:1",
        freeze="A2",
    )
    cell = book.cell
    ws.append(
        [
            cell(ws, data.t(key), "TD Head")
            for key in ("action", "c_forecast", "c_actual", "p_forecast", "p_actual", "balance")
        ]
    )
    row = 2
    for action in data.actions:
        cf, ca = action.charges_forecast, action.charges_actual
        pf, pa = action.income_forecast, action.income_actual
        ws.append(
            [cell(ws, _action_name(data, action), "TD Text")]
            + [cell(ws, to_decimal(v), "TD Money") for v in (cf, ca, pf, pa)]
            + [cell(ws, _Formula(f"=E{row}-C{row}"), "TD Money")]
        )
        row += 1
    if data.actions:
        ws.append(
            [cell(ws, data.t("total"), "TD Bold")]
            + [cell(ws, _Formula(f"=SUM({c}2:{c}{row - 1})"), "TD Money Bold") for c in "BCDEF"]
        )
    _page_header(ws, f"{data.commune} — {data.t('title', year=data.year)} — {data.t('actions')}")


# The label columns (characters of 10 pt text they hold, about one per unit): the
# financial report has four amounts a side to fit on a portrait page.
CERFA_LABEL_WIDTH = {False: 40, True: 30}
CERFA_CHARS_PER_UNIT = 1.05
CERFA_LINE_HEIGHT = 12.75
CERFA_INDENT = {"group": 2, "funder": 5, "sub": 5, "rounding": 5}  # characters

LINE_STYLES = {
    "account": ("TD Cerfa Account", "TD Euro"),
    "group": ("TD Cerfa Group", "TD Euro"),
    "funder": ("TD Cerfa Funder", "TD Euro"),
    "sub": ("TD Cerfa Sub", "TD Euro Italic"),
    "rounding": ("TD Cerfa Sub", "TD Euro Italic"),
    "total": ("TD Cerfa Total", "TD Euro Bold"),
}


def _cerfa_sheet(book: _Book, data: BudgetWorkbook, report: bool) -> None:
    """The budget table of the subsidy request (12156: forecast) or of the financial
    report (15059: forecast, actual, variance and %, and the variances explained)."""
    measures = 2 if report else 1
    table = _Cerfa(data, measures, forecast_words=not report)
    per_side = 1 + (4 if report else 1)
    last = _letter(2 * per_side)
    label_width = CERFA_LABEL_WIDTH[report]
    side_widths = [label_width] + ([10, 10, 10, 6] if report else [12])
    ws = book.sheet(
        data.t("cerfa_report" if report else "cerfa_forecast"),
        side_widths * 2,
        landscape=False,
        one_page=True,
    )
    headings = [
        data.t("report_title" if report else "forecast_title"),
        data.t("report_form" if report else "forecast_form"),
        data.t("association", name=data.commune),
        data.t("action_named", action=data.action) if data.action else data.t("whole_year"),
        data.t(
            "fiscal_period",
            year=data.year,
            start=data.day(data.period[0]),
            end=data.day(data.period[1]),
        )
        if data.period
        else data.t("fiscal_year", year=data.year),
    ]
    row = _headings(book, ws, headings, last)
    cell = book.cell
    amount_heads = (
        [data.t("planned"), data.t("achieved"), data.t("variance"), "%"]
        if report
        else [data.t("amount")]
    )
    # The amounts' headings in 9 pt, shrunk to their column when a language's word is
    # longer ("Abweichung", "Scostamento"): one word is never split across two lines.
    heads = [
        (text, "TD Head" if index == 0 else "TD Head Small")
        for side in ("charges", "produits")
        for index, text in enumerate([data.t(side).upper(), *amount_heads])
    ]
    ws.row_dimensions[row].height = CERFA_LINE_HEIGHT + 4
    ws.append([cell(ws, text, style) for text, style in heads])
    row += 1

    # Rows: the accounts side by side, the rounding lines, the totals, the surplus or
    # shortfall; then the contributions in kind and the totals with them.
    body: list[tuple[_Line | None, _Line | None]] = []
    height = max(len(table.left), len(table.right))
    for i in range(height):
        body.append(
            (
                table.left[i] if i < len(table.left) else None,
                table.right[i] if i < len(table.right) else None,
            )
        )
    body.append(table.roundings)
    body.append((table.total_left, table.total_right))
    body.append(table.balance)
    kind_rows: list[tuple[_Line | None, _Line | None]] = []
    for i in range(max(len(table.kind_left), len(table.kind_right))):
        kind_rows.append(
            (
                table.kind_left[i] if i < len(table.kind_left) else None,
                table.kind_right[i] if i < len(table.kind_right) else None,
            )
        )
    section_row = row + len(body)
    placed = [*body, (None, None), *kind_rows, (table.grand_left, table.grand_right)]
    for offset, pair in enumerate(placed):
        for side, line in enumerate(pair):
            if line is not None:
                line.row, line.side = row + offset, side

    def side_cells(line: _Line | None, side: int) -> list[Any]:
        if line is None:
            return [cell(ws, None, "TD Cerfa Account")] + [
                cell(ws, None, "TD Euro") for _ in range(per_side - 1)
            ]
        label_style, amount_style = LINE_STYLES[line.style]
        bold = line.style == "total"
        cells = [cell(ws, line.label, label_style)]
        for m in range(measures):
            cells.append(cell(ws, _amount_cell(line, m, measures), amount_style))
        if report:
            forecast, actual = _ref(line, 0, measures), _ref(line, 1, measures)
            cells.append(cell(ws, _Formula(f"={actual}-{forecast}"), amount_style))
            cells.append(
                cell(
                    ws,
                    _Formula(f'=IF({forecast}=0,"",{actual}/{forecast})'),
                    "TD Euro Percent Bold" if bold else "TD Euro Percent",
                )
            )
        return cells

    capacity = int(label_width * CERFA_CHARS_PER_UNIT)
    for offset, (left, right) in enumerate(placed):
        current = row + offset
        if current == section_row:
            ws.merged_cells.add(f"A{current}:{last}{current}")
            ws.append(
                [cell(ws, data.t("contributions").upper(), "TD Section")]
                + [cell(ws, None, "TD Section") for _ in range(2 * per_side - 1)]
            )
            continue
        height = max(
            [1]
            + [
                _lines(line.label, capacity - CERFA_INDENT.get(line.style, 0))
                for line in (left, right)
                if line is not None
            ]
        )
        if height > 1:
            ws.row_dimensions[current].height = height * CERFA_LINE_HEIGHT + 2
        ws.append(side_cells(left, 0) + side_cells(right, 1))
    row += len(placed)
    if report:
        _variance_box(book, ws, table, row + 1, last)


def _variance_box(book: _Book, ws: Any, table: _Cerfa, row: int, last: str) -> None:
    """Below the table: the lines to explain (their amounts read from the table, so they
    follow an edit) and, on their right, room to write why."""
    data, cell = book.data, book.cell
    ws.append([])
    ws.merged_cells.add(f"A{row}:{last}{row}")
    ws.append(
        [cell(ws, data.t("explain_title"), "TD Section")]
        + [cell(ws, None, "TD Section") for _ in range(9)]
    )
    row += 1
    hint = data.t("explain_hint", percent=f"{int(SIGNIFICANT * 100)}\u00a0%")
    ws.merged_cells.add(f"A{row}:{last}{row}")
    ws.row_dimensions[row].height = 24
    ws.append([cell(ws, hint, "TD Hint")])
    row += 1
    ws.merged_cells.add(f"F{row}:{last}{row}")
    ws.append(
        [cell(ws, data.t(key), "TD Head") for key in ("line", "planned", "achieved", "variance")]
        + [cell(ws, "%", "TD Head"), cell(ws, data.t("explanation"), "TD Head")]
        + [cell(ws, None, "TD Head") for _ in range(4)]
    )
    row += 1
    found = table.variances()
    for line in found:
        forecast, actual = _ref(line, 0, 2), _ref(line, 1, 2)
        ws.merged_cells.add(f"F{row}:{last}{row}")
        ws.row_dimensions[row].height = 30
        ws.append(
            [
                cell(ws, line.label.lstrip("– "), "TD Box"),
                cell(ws, _Formula(f"={forecast}"), "TD Euro"),
                cell(ws, _Formula(f"={actual}"), "TD Euro"),
                cell(ws, _Formula(f"={actual}-{forecast}"), "TD Euro"),
                cell(ws, _Formula(f'=IF({forecast}=0,"",{actual}/{forecast})'), "TD Euro Percent"),
            ]
            + [cell(ws, None, "TD Box") for _ in range(5)]
        )
        row += 1
    if not found:
        ws.merged_cells.add(f"A{row}:E{row}")
        ws.merged_cells.add(f"F{row}:{last}{row}")
        ws.row_dimensions[row].height = 30
        ws.append(
            [cell(ws, data.t("no_variance"), "TD Box")]
            + [cell(ws, None, "TD Box") for _ in range(9)]
        )
        row += 1
    # One more row to write on by hand.
    ws.merged_cells.add(f"F{row}:{last}{row}")
    ws.row_dimensions[row].height = 30
    ws.append([cell(ws, None, "TD Box") for _ in range(10)])


def write_budget_workbook(path: Path, data: BudgetWorkbook) -> None:
    book = _Book(data)
    _synthese(book, data)
    _detail(book, data)
    _actions(book, data)
    _cerfa_sheet(book, data, report=False)
    _cerfa_sheet(book, data, report=True)
    with atomic_path(path) as tmp:
        book.wb.save(tmp)


def from_service(
    service: Any,
    commune: str,
    year: int,
    translate: Translate = _identity,
    date_format: str = "DD/MM/YYYY",
    event_id: int | None = None,
    delegation_id: int | None = None,
) -> BudgetWorkbook:
    """What the workbook needs, read from the budget service. With ``event_id`` or
    ``delegation_id`` the Cerfa sheets are those of that one action."""
    action = None
    if event_id or delegation_id:
        first = service.rows(
            BudgetQuery(year=year, event_id=event_id, delegation_id=delegation_id), limit=1
        )
        action = first[0].action if first else None
    return BudgetWorkbook(
        commune=commune,
        year=year,
        summary=service.summary(year),
        lines=service.rows(BudgetQuery(year=year, sort="date")),
        actions=service.by_action(year),
        translate=translate,
        date_format=date_format,
        accounts=service.account_totals(year, event_id=event_id, delegation_id=delegation_id),
        action=action,
        period=service.year_period(year),
    )
