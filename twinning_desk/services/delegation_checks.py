"""What a delegation should fix before departure, and the counts that decide a grant.

Rules about paperwork are warnings shown beside the form, never refusals: an élu
travelling without a *mandat spécial* voted before departure, a minor without the
guardian's authorisation, a visitor with no bed or in a home that does not suit them.
Here too: who is a visitor, the host families' plan (checked and suggested), members
per country and the EU town-twinning check.

:class:`DelegationChecks` is inherited by ``DelegationService`` (``delegations.py``);
it reads the directory and the commune through ``self.db`` and writes nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import select

from twinning_desk.db.database import Database
from twinning_desk.db.models import Direction, Household, MemberRole, Partner, Person
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import hosting
from twinning_desk.services.commune import DEFAULT_COUNTRY, home_commune
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegation_data import DelegationData, MemberData
from twinning_desk.services.eu_grant import EuCheck, eu_check
from twinning_desk.services.people import MINOR_AGE, age_on, language_set
from twinning_desk.services.text import fold


class DelegationChecks:
    """The delegations service's checks (see the module's docstring)."""

    db: Database

    @staticmethod
    def is_minor(member: MemberData, on: date) -> bool:
        """A birth date decides; a "jeune" without one is treated as a minor, to be safe."""
        if member.birth_date is not None:
            return age_on(member.birth_date, on) < MINOR_AGE
        return member.role == MemberRole.YOUTH

    def home(self) -> tuple[str, str]:
        """The commune's name and country, which decide who is invited from abroad."""
        with self.db.reading() as session:
            commune = home_commune(session)
        return (commune.name, commune.country_code) if commune else ("", DEFAULT_COUNTRY)

    # ---------------------------------------------------------------- checks

    def with_directory(self, data: DelegationData) -> DelegationData:
        """Names, countries, languages and ages as the directory holds them now, so checks
        are right for a form that was just filled (and its members not saved yet)."""
        ids = [m.person_id for m in data.members]
        with self.db.reading() as session:
            people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
            partner = session.get(Partner, data.partner_id) if data.partner_id else None
            for m in data.members:
                p = people.get(m.person_id)
                if p is None:
                    continue
                m.name = "" if p.anonymised else f"{p.first_name} {p.last_name.upper()}".strip()
                m.town, m.country_code, m.languages = p.town, p.country_code, p.languages
                m.birth_date, m.email = p.birth_date, p.email
            if partner is not None:
                data.partner_name = partner.name
                data.partner_country = partner.country_code or ""
        return data

    def warnings(self, data: DelegationData) -> list[Message]:
        """What the secretary should fix before departure; nothing here blocks a save."""
        found: list[Message] = []
        data = self.with_directory(data)
        outgoing = Direction(data.direction) == Direction.OUTGOING
        for m in data.members:
            name = m.name or str(m.person_id)
            if outgoing and m.role == MemberRole.ELECTED:
                if not m.mandat_number or m.mandat_date is None:
                    found.append(
                        _warn(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "{name} travels as an elected official but no mandat spécial "
                                "(deliberation number and date) is recorded.",
                            ),
                            name=name,
                        )
                    )
                elif data.start_date is not None and m.mandat_date >= data.start_date:
                    found.append(
                        _warn(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "{name}: the mandat spécial of {date} must be voted before "
                                "departure.",
                            ),
                            name=name,
                            date=format_day(m.mandat_date),
                        )
                    )
            if (
                data.start_date is not None
                and self.is_minor(m, data.start_date)
                and not m.guardian_authorisation
            ):
                found.append(
                    _warn(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{name} is a minor: the guardian's authorisation is missing.",
                        ),
                        name=name,
                    )
                )
        if Direction(data.direction) == Direction.INCOMING:
            found += self.hosting_warnings(data)
        return found

    def hosting_parties(
        self, data: DelegationData
    ) -> tuple[list[hosting.Visitor], list[hosting.Host]]:
        data = self.with_directory(data)
        visitors = [
            hosting.Visitor(
                id=m.person_id,
                name=m.name,
                languages=frozenset(language_set(m.languages)),
                no_pets=m.no_pets,
                no_smoking=m.no_smoking,
                needs_access=m.needs_accessibility,
                diet=m.diet,
                group=m.stay_together,
            )
            for m in data.members
            if is_visitor(m.invited, data.direction)
        ]
        with self.db.reading() as session:
            rows = list(session.scalars(select(Household).where(Household.capacity > 0)))
            hosts = [
                hosting.Host(
                    id=h.id,
                    name=h.name,
                    capacity=h.capacity,
                    languages=frozenset(language_set(h.languages)),
                    has_pets=h.has_pets,
                    smoking=h.smoking,
                    accessible=h.accessible,
                    diets=hosting.diet_set(h.diets_offered),
                )
                for h in rows
            ]
        return visitors, sorted(hosts, key=lambda h: fold(h.name))

    def hosting_warnings(self, data: DelegationData) -> list[Message]:
        visitors, hosts = self.hosting_parties(data)
        plan = {m.person_id: m.host_id for m in data.members if m.host_id is not None}
        names = {v.id: v.name for v in visitors}
        host_names = {h.id: h.name for h in hosts}
        capacity = {h.id: h.capacity for h in hosts}
        messages = []
        for issue in hosting.check(visitors, hosts, plan):
            params = {
                "name": names.get(issue.visitor_id or -1, ""),
                "host": host_names.get(issue.host_id or -1, ""),
                "capacity": capacity.get(issue.host_id or -1, 0),
            }
            messages.append(_warn(HOSTING_PROBLEM_TEXT[issue.problem], **params))
        unplaced = [v.name for v in visitors if v.id not in plan]
        if unplaced:
            messages.append(
                _warn(HOSTING_PROBLEM_TEXT[hosting.Problem.UNPLACED], names=", ".join(unplaced))
            )
        return messages

    def suggest_hosting(self, data: DelegationData) -> tuple[dict[int, int], list[int]]:
        visitors, hosts = self.hosting_parties(data)
        plan = {m.person_id: m.host_id for m in data.members if m.host_id is not None}
        result = hosting.suggest(visitors, hosts, plan)
        return result.assignment, result.unplaced

    def country_counts(self, data: DelegationData) -> dict[str, int]:
        """Members per country (the person's country, else the partner's for a visitor,
        else ours): what the EU grant and the activity report count."""
        home = self.home()[1]
        data = self.with_directory(data)
        partner_country = data.partner_country or home
        counts: Counter[str] = Counter()
        for m in data.members:
            counts[member_country(m, partner_country, home)] += 1
        return dict(counts)

    def eu_check(self, data: DelegationData) -> EuCheck:
        """Invited "from abroad" means from another country than where the meeting is:
        ours for a visit received, the partner's for a visit made."""
        home = self.home()[1]
        data = self.with_directory(data)
        meeting = home if Direction(data.direction) == Direction.INCOMING else data.partner_country
        counts = self.country_counts(data)
        return eu_check(counts, meeting or home)


def member_country(member: MemberData, partner_country: str | None, home_country: str) -> str:
    """The country a member counts for: the directory's, else (left blank, as it often is
    for the committee's own people) the partner town's for one invited from it and the
    home commune's for the others; "" for one invited from a partner with no country (a
    network), whom the counts per country count for the home commune instead. The
    counts, the EU check, the attendance list and the delegation's member table say the
    same country this way."""
    if member.country_code:
        return member.country_code
    return (partner_country or "") if member.invited else home_country


def is_visitor(invited: bool, direction: Direction | str) -> bool:
    """Whether a member is a visitor: someone our host families put up, whose hosting
    needs (diet, health, pets, access) are asked and printed on the hosting list.

    On a visit received (accueil) every member comes from the partner town, whatever
    their box says; otherwise only the members marked as invited from the partner town.
    The delegation's hosting plan, its hosting list and the dialog all ask here.
    """
    return invited or direction == Direction.INCOMING


def _warn(text: str, **params: Any) -> Message:
    return Message("Validation", text, params)


HOSTING_PROBLEM_TEXT = {
    hosting.Problem.OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "Validation", "{host} hosts more visitors than its {capacity} bed(s)."
    ),
    hosting.Problem.PETS: QT_TRANSLATE_NOOP(
        "Validation", "{name} cannot stay with pets, and {host} has some."
    ),
    hosting.Problem.SMOKING: QT_TRANSLATE_NOOP(
        "Validation", "{name} needs a non-smoking home; {host} smokes."
    ),
    hosting.Problem.ACCESS: QT_TRANSLATE_NOOP(
        "Validation", "{name} needs step-free access, which {host} does not offer."
    ),
    hosting.Problem.DIET: QT_TRANSLATE_NOOP(
        "Validation", "{host} does not offer the diet {name} needs."
    ),
    hosting.Problem.LANGUAGE: QT_TRANSLATE_NOOP(
        "Validation", "{name} and {host} have no language in common."
    ),
    hosting.Problem.GROUP_SPLIT: QT_TRANSLATE_NOOP(
        "Validation", "{name} should stay with their group but is placed elsewhere."
    ),
    hosting.Problem.UNPLACED: QT_TRANSLATE_NOOP("Validation", "No host yet for: {names}."),
}
