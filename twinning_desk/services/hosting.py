"""Matching incoming visitors with host families (hébergement chez l'habitant).

Pure functions over small records, so the rules can be tested on tricky cases without a
database. Hard constraints are never broken by a suggestion: beds, pets for someone who
cannot live with them, smoking, step-free access, the diet the family can cook, and a
group that must stay together. Sharing a language is a preference, not a rule: a
German-speaking visitor with a French-only family is allowed but warned about.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from twinning_desk.services.text import fold


class Problem(enum.StrEnum):
    OVER_CAPACITY = "over_capacity"
    PETS = "pets"
    SMOKING = "smoking"
    ACCESS = "access"
    DIET = "diet"
    LANGUAGE = "language"
    GROUP_SPLIT = "group_split"
    UNPLACED = "unplaced"


@dataclass(frozen=True)
class Visitor:
    id: int
    name: str = ""
    languages: frozenset[str] = frozenset()
    no_pets: bool = False
    no_smoking: bool = False
    needs_access: bool = False
    diet: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class Host:
    id: int
    name: str = ""
    capacity: int = 0
    languages: frozenset[str] = frozenset()
    has_pets: bool = False
    smoking: bool = False
    accessible: bool = False
    diets: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Issue:
    problem: Problem
    visitor_id: int | None
    host_id: int | None


@dataclass
class Suggestion:
    assignment: dict[int, int]  # visitor id -> host id, including what was already set
    unplaced: list[int] = field(default_factory=list)


def diet_set(text: str | None) -> frozenset[str]:
    """ "Végétarien, sans gluten" → {"vegetarien", "sans gluten"}: compared folded."""
    parts = (text or "").replace(";", ",").split(",")
    return frozenset(fold(p) for p in parts if fold(p))


def conflicts(visitor: Visitor, host: Host) -> list[Problem]:
    """The hard constraints this pairing breaks (capacity aside)."""
    found = []
    if visitor.no_pets and host.has_pets:
        found.append(Problem.PETS)
    if visitor.no_smoking and host.smoking:
        found.append(Problem.SMOKING)
    if visitor.needs_access and not host.accessible:
        found.append(Problem.ACCESS)
    wanted = diet_set(visitor.diet)
    if wanted and not wanted <= host.diets:
        found.append(Problem.DIET)
    return found


def shares_language(visitor: Visitor, host: Host) -> bool:
    return not visitor.languages or not host.languages or bool(visitor.languages & host.languages)


def check(
    visitors: Iterable[Visitor], hosts: Iterable[Host], assignment: dict[int, int]
) -> list[Issue]:
    """Everything the secretary should see about a plan, whoever made it."""
    by_id = {v.id: v for v in visitors}
    host_by_id = {h.id: h for h in hosts}
    issues: list[Issue] = []
    load: dict[int, int] = defaultdict(int)
    for visitor_id, host_id in assignment.items():
        visitor, host = by_id.get(visitor_id), host_by_id.get(host_id)
        if visitor is None or host is None:
            continue
        load[host_id] += 1
        for problem in conflicts(visitor, host):
            issues.append(Issue(problem, visitor_id, host_id))
        if not shares_language(visitor, host):
            issues.append(Issue(Problem.LANGUAGE, visitor_id, host_id))
    for host_id, count in load.items():
        if count > host_by_id[host_id].capacity:
            issues.append(Issue(Problem.OVER_CAPACITY, None, host_id))
    groups: dict[str, set[int | None]] = defaultdict(set)
    for v in by_id.values():
        if v.group:
            groups[fold(v.group)].add(assignment.get(v.id))
    for key, places in groups.items():
        if len(places) > 1:
            members = [v.id for v in by_id.values() if v.group and fold(v.group) == key]
            issues.extend(Issue(Problem.GROUP_SPLIT, m, assignment.get(m)) for m in members)
    return issues


@dataclass
class _Unit:
    """Visitors who must sleep under the same roof (one person or a group)."""

    members: list[Visitor]
    fixed_host: int | None  # part of the group is already placed there

    @property
    def size(self) -> int:
        return len(self.members)


def suggest(
    visitors: list[Visitor],
    hosts: list[Host],
    assignment: dict[int, int] | None = None,
    budget: int = 50_000,
) -> Suggestion:
    """Fill the unassigned visitors; what the secretary already chose stays.

    A small branch-and-bound: units (groups first, the most constrained first) go to a
    host that breaks no hard constraint and has the beds, preferring a shared language
    and the tightest fit; when no complete plan exists, the plan placing the most
    visitors wins. ``budget`` bounds the search for very large visits.
    """
    fixed = dict(assignment or {})
    host_by_id = {h.id: h for h in hosts}
    free = {h.id: h.capacity for h in hosts}
    for host_id in fixed.values():
        if host_id in free:
            free[host_id] -= 1
    grouped: dict[str, list[Visitor]] = defaultdict(list)
    units: list[_Unit] = []
    for v in visitors:
        if v.group:
            grouped[fold(v.group)].append(v)
        elif v.id not in fixed:
            units.append(_Unit([v], None))
    for members in grouped.values():
        placed = {fixed[m.id] for m in members if m.id in fixed}
        todo = [m for m in members if m.id not in fixed]
        if not todo:
            continue
        # Already split by the secretary: place the rest one by one, as she started.
        if len(placed) > 1:
            units.extend(_Unit([m], None) for m in todo)
        else:
            units.append(_Unit(todo, next(iter(placed), None)))

    def options(unit: _Unit) -> list[int]:
        candidates = [unit.fixed_host] if unit.fixed_host is not None else list(free)
        good = [
            h
            for h in candidates
            if h in host_by_id and not any(conflicts(m, host_by_id[h]) for m in unit.members)
        ]

        def preference(host_id: int) -> tuple[int, int, int]:
            host = host_by_id[host_id]
            speaking = sum(1 for m in unit.members if shares_language(m, host))
            return (-speaking, free[host_id] - unit.size, host_id)

        return sorted(good, key=preference)

    choices = {id(u): options(u) for u in units}
    units.sort(key=lambda u: (-u.size, len(choices[id(u)])))
    best: dict[str, object] = {"placed": -1, "score": -1, "plan": {}}
    plan: dict[int, int] = {}
    steps = 0
    total = sum(u.size for u in units)

    def score(current: dict[int, int]) -> int:
        lookup = {v.id: v for u in units for v in u.members}
        return sum(
            1 for vid, hid in current.items() if shares_language(lookup[vid], host_by_id[hid])
        )

    def search(index: int, placed: int, left: int) -> bool:
        nonlocal steps
        steps += 1
        if placed + left < int(best["placed"]):  # type: ignore[call-overload]
            return False
        if index == len(units):
            current_score = score(plan)
            if (placed, current_score) > (best["placed"], best["score"]):
                best.update(placed=placed, score=current_score, plan=dict(plan))
            return placed == total
        if steps > budget:
            return True
        unit = units[index]
        for host_id in choices[id(unit)]:
            if free[host_id] >= unit.size:
                free[host_id] -= unit.size
                for m in unit.members:
                    plan[m.id] = host_id
                done = search(index + 1, placed + unit.size, left - unit.size)
                free[host_id] += unit.size
                for m in unit.members:
                    del plan[m.id]
                if done:
                    return True
        return search(index + 1, placed, left - unit.size)

    search(0, 0, total)
    chosen: dict[int, int] = best["plan"]  # type: ignore[assignment]
    result = {**fixed, **chosen}
    unplaced = [v.id for v in visitors if v.id not in result]
    return Suggestion(result, unplaced)
