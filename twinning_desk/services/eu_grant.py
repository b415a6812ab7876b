"""The EU town-twinning thresholds, shared by delegations and events.

The EU "Citizens, Equality, Rights and Values" lump sums for town twinning (DOMAIN.md)
ask for at least 50 participants, of whom at least 25 invited from abroad, from at least
two countries. Delegations and events count their people differently (members of a
visit, or local and invited participants of an event) and both decide with
:func:`eu_check`, so the rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

EU_MIN_PARTICIPANTS = 50
EU_MIN_INVITED = 25
EU_MIN_COUNTRIES = 2


def eu_check(counts: dict[str, int], meeting_country: str) -> EuCheck:
    """The verdict for participants counted per country (ISO code), for a meeting held in
    ``meeting_country``: invited "from abroad" means from any other country, and the
    meeting's country counts once among the countries even with no participant from it."""
    participants = sum(counts.values())
    invited = sum(n for code, n in counts.items() if code != meeting_country)
    countries = {code for code, n in counts.items() if n > 0} | {meeting_country}
    return EuCheck(participants, invited, len(countries), dict(counts))


@dataclass(frozen=True)
class EuCheck:
    participants: int
    invited_from_abroad: int
    countries: int
    by_country: dict[str, int]

    @property
    def enough_participants(self) -> bool:
        return self.participants >= EU_MIN_PARTICIPANTS

    @property
    def enough_invited(self) -> bool:
        return self.invited_from_abroad >= EU_MIN_INVITED

    @property
    def enough_countries(self) -> bool:
        return self.countries >= EU_MIN_COUNTRIES

    @property
    def eligible(self) -> bool:
        return self.enough_participants and self.enough_invited and self.enough_countries
