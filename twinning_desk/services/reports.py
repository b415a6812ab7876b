"""The mission report (rapport de mission) of a delegation, and the élus' allowances.

The report dialog asks for what the app does not know (objectives, results,
conclusions…), prefilled from the delegation, and saves it with the delegation so the
report can be reopened and reprinted. Next steps are the delegation's follow-up actions
(text, owner, due date), like an event's.

Mission allowances follow the rules of DOMAIN.md, written in services/allowances.py:
days abroad times a daily rate typed in, less 65 % of the rate for each night hosted free
and 17.5 % for each meal offered by the partner, never below zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    BudgetCategory,
    BudgetKind,
    BudgetLine,
    Delegation,
    DelegationMember,
    FollowUp,
    FundingSource,
    MemberRole,
    MissionReport,
    Setting,
    Subsidy,
    SubsidyStatus,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services import notify
from twinning_desk.services.allowances import allowance_cents, check_free, days_abroad
from twinning_desk.services.commune import DEFAULT_COUNTRY, home_commune
from twinning_desk.services.delegations import DelegationData, DelegationService, _gone
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.events import FollowUpData, clean_follow_up
from twinning_desk.services.text import clean_text

TEXT_FIELDS = (
    "objectives",
    "results",
    "effects_here",
    "effects_there",
    "conclusions",
    "perspectives",
    "distribution",
)


@dataclass
class AllowanceData:
    """One élu's mission allowance; the rate and reductions are saved on the member."""

    person_id: int
    name: str = ""
    days: int = 0
    daily_rate_cents: int | None = None
    free_nights: int = 0
    free_meals: int = 0

    @property
    def total_cents(self) -> int:
        return allowance_cents(self.days, self.daily_rate_cents, self.free_nights, self.free_meals)


# The mairie's postal address, printed under "Mairie de …" on the mission report and the
# attendance lists. A setting of the file (no column of its own), so it travels with it.
MAIRIE_ADDRESS_SETTING = "commune.mairie_address"


@dataclass
class CostLine:
    """A budget line linked to the delegation (or a subsidy granted for it), with what
    the report needs to put an income line under subsidies, the partner's share or the
    participants' contributions."""

    label: str
    kind: BudgetKind
    forecast_cents: int
    actual_cents: int
    category_code: str = ""
    funding_kind: str | None = None  # FundingSource.kind: commune, eu, partner, dues…
    funder: str | None = None


@dataclass
class ReportData:
    delegation_id: int
    objectives: str | None = None
    results: str | None = None
    effects_here: str | None = None
    effects_there: str | None = None
    conclusions: str | None = None
    perspectives: str | None = None
    distribution: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    signed_place: str | None = None
    signed_on: date | None = None
    next_steps: list[FollowUpData] = field(default_factory=list)
    allowances: list[AllowanceData] = field(default_factory=list)
    saved: bool = False  # False: prefilled, never saved


@dataclass
class ReportContent:
    """Everything the PDF prints, read in one go."""

    report: ReportData
    delegation: DelegationData
    commune: str
    committee: str | None
    home_country: str
    logo: bytes | None
    costs: list[CostLine]
    mairie_address: str | None = None


class ReportService:
    def __init__(
        self, db: Database, notifier: notify.ChangeNotifier, delegations: DelegationService
    ) -> None:
        self.db = db
        self.notifier = notifier
        self.delegations = delegations

    def get(self, delegation_id: int) -> ReportData:
        """The saved report, or one prefilled from the delegation."""
        delegation = self.delegations.get(delegation_id)
        home, _country = self.delegations.home()
        days = days_abroad(delegation.start_date, delegation.end_date)
        allowances = [
            AllowanceData(
                person_id=m.person_id,
                name=m.name,
                days=days,
                daily_rate_cents=m.daily_rate_cents,
                free_nights=m.free_nights,
                free_meals=m.free_meals,
            )
            for m in delegation.members
            if m.role == MemberRole.ELECTED and not m.invited
        ]
        with self.db.reading() as session:
            row = session.scalar(
                select(MissionReport).where(MissionReport.delegation_id == delegation_id)
            )
            steps = [
                FollowUpData(id=f.id, text=f.text, owner=f.owner, due_date=f.due_date, done=f.done)
                for f in session.scalars(
                    select(FollowUp)
                    .where(FollowUp.delegation_id == delegation_id)
                    .order_by(FollowUp.due_date, FollowUp.id)
                )
            ]
        if row is None:
            first_elected = next(
                (m for m in delegation.members if m.role == MemberRole.ELECTED), None
            )
            # The delegation's notes are the committee's own (the coach leaves at six, an
            # allergy): never printed in a report unless someone types them into it.
            return ReportData(
                delegation_id=delegation_id,
                signatory_name=first_elected.name if first_elected else None,
                signed_place=home or None,
                # Left blank until someone signs: a printout never claims today's date.
                signed_on=None,
                next_steps=steps,
                allowances=allowances,
            )
        return ReportData(
            delegation_id=delegation_id,
            **{key: getattr(row, key) for key in TEXT_FIELDS},
            signatory_name=row.signatory_name,
            signatory_title=row.signatory_title,
            signed_place=row.signed_place,
            signed_on=row.signed_on,
            next_steps=steps,
            allowances=allowances,
            saved=True,
        )

    @staticmethod
    def validate(data: ReportData) -> ReportData:
        values = {
            key: clean_text(key, getattr(data, key), max_length=50_000, multiline=True)
            for key in TEXT_FIELDS
        }
        for a in data.allowances:
            if a.daily_rate_cents is not None and not 0 <= a.daily_rate_cents <= 100_000:
                raise ValidationError(
                    "daily_rate",
                    QT_TRANSLATE_NOOP("Validation", "must be between {min} and {max}."),
                    min="0",
                    max="1 000,00",
                )
            check_free("free_nights", a.free_nights, a.days)
            check_free("free_meals", a.free_meals, a.days)
        steps = [clean_follow_up(step) for step in data.next_steps]
        return ReportData(
            delegation_id=data.delegation_id,
            **values,
            signatory_name=clean_text("signatory_name", data.signatory_name, max_length=200),
            signatory_title=clean_text("signatory_title", data.signatory_title, max_length=200),
            signed_place=clean_text("signed_place", data.signed_place, max_length=200),
            signed_on=data.signed_on,
            next_steps=steps,
            allowances=list(data.allowances),
            saved=True,
        )

    def save(self, data: ReportData) -> int:
        clean = self.validate(data)
        with self.db.transaction() as session:
            delegation = session.get(Delegation, clean.delegation_id)
            if delegation is None:
                raise _gone()
            row = delegation.report or MissionReport(delegation_id=delegation.id)
            for key in TEXT_FIELDS:
                setattr(row, key, getattr(clean, key))
            row.signatory_name, row.signatory_title = clean.signatory_name, clean.signatory_title
            row.signed_place, row.signed_on = clean.signed_place, clean.signed_on
            delegation.report = row
            existing = {
                f.id: f
                for f in session.scalars(
                    select(FollowUp).where(FollowUp.delegation_id == delegation.id)
                )
            }
            kept = set()
            for s in clean.next_steps:
                follow = existing.get(s.id) if s.id else None
                if follow is None:
                    follow = FollowUp(delegation_id=delegation.id, text=s.text)
                    session.add(follow)
                follow.text, follow.owner, follow.due_date, follow.done = (
                    s.text,
                    s.owner,
                    s.due_date,
                    s.done,
                )
                kept.add(s.id)
            for follow_id, follow in existing.items():
                if follow_id not in kept:
                    session.delete(follow)
            members = {
                m.person_id: m
                for m in session.scalars(
                    select(DelegationMember).where(DelegationMember.delegation_id == delegation.id)
                )
            }
            for a in clean.allowances:
                member = members.get(a.person_id)
                if member is not None:
                    member.daily_rate_cents = a.daily_rate_cents
                    member.free_nights, member.free_meals = a.free_nights, a.free_meals
            session.flush()
            report_id = row.id
        self.notifier.notify(notify.DELEGATIONS)
        return report_id

    def costs(self, delegation_id: int) -> list[CostLine]:
        """The budget lines linked to the delegation, then the subsidies granted for it
        when no subsidy line (account 74) is linked already (else they would count twice):
        forecast the amount granted (or requested), actual the amount once paid."""
        with self.db.reading() as session:
            rows = session.execute(
                select(BudgetLine, BudgetCategory.code, FundingSource.kind, FundingSource.name)
                .join(BudgetCategory, BudgetCategory.id == BudgetLine.category_id)
                .outerjoin(FundingSource, FundingSource.id == BudgetLine.funding_source_id)
                .where(BudgetLine.delegation_id == delegation_id)
                .order_by(BudgetLine.kind, BudgetLine.id)
            )
            lines = [
                CostLine(
                    line.label,
                    BudgetKind(line.kind),
                    line.forecast_cents,
                    line.actual_cents,
                    code,
                    kind,
                    funder,
                )
                for line, code, kind, funder in rows
            ]
            if any(line.category_code.startswith("74") for line in lines):
                return lines
            subsidies = session.execute(
                select(Subsidy, FundingSource.kind, FundingSource.name)
                .join(FundingSource, FundingSource.id == Subsidy.funding_source_id)
                .where(
                    Subsidy.delegation_id == delegation_id,
                    Subsidy.status != SubsidyStatus.REFUSED,
                )
                .order_by(Subsidy.id)
            )
            for subsidy, kind, funder in subsidies:
                granted = subsidy.granted_cents
                paid = subsidy.status in (SubsidyStatus.PAID, SubsidyStatus.SETTLED)
                lines.append(
                    CostLine(
                        funder,
                        BudgetKind.PRODUIT,
                        granted if granted is not None else subsidy.requested_cents,
                        (granted or 0) if paid else 0,
                        "74",
                        kind,
                        funder,
                    )
                )
            return lines

    def mairie_address(self) -> str | None:
        with self.db.reading() as session:
            row = session.get(Setting, MAIRIE_ADDRESS_SETTING)
            return row.value if row and row.value.strip() else None

    def set_mairie_address(self, address: str | None) -> None:
        value = clean_text("address", address, max_length=300, multiline=True)
        with self.db.transaction() as session:
            row = session.get(Setting, MAIRIE_ADDRESS_SETTING)
            if not value:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                session.add(Setting(key=MAIRIE_ADDRESS_SETTING, value=value))
            else:
                row.value = value
        self.notifier.notify(notify.COMMUNE)

    def content(self, delegation_id: int, report: ReportData | None = None) -> ReportContent:
        """What the PDF prints: the given (unsaved) report, or the saved one."""
        delegation = self.delegations.get(delegation_id)
        with self.db.reading() as session:
            commune = home_commune(session)
            name = commune.name if commune else ""
            committee = commune.committee_name if commune else None
            country = commune.country_code if commune else DEFAULT_COUNTRY
            logo = commune.logo if commune else None
        return ReportContent(
            report=report or self.get(delegation_id),
            delegation=delegation,
            commune=name,
            committee=committee,
            home_country=country,
            logo=logo,
            costs=self.costs(delegation_id),
            mairie_address=self.mairie_address(),
        )
