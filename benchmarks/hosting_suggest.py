"""Time the hosting suggestion on visits of growing size, against checking one plan.

A youth exchange can bring 60 visitors for 30 families; the secretary clicks Suggest and
waits. Prints the median time of each case and its ratio to ``check`` (the warnings
computed on every change in the dialog), measured in the same run, plus how many
visitors were placed. The hard case has fewer beds than visitors, so the search must
prove no complete plan exists before its step budget ends it.
"""

from __future__ import annotations

import random

from _timing import median_ms

from twinning_desk.services.hosting import Host, Visitor, check, suggest

LANGS = ("fr", "de", "pl", "en", "it")


def make(visitors: int, hosts: int, beds: int, seed: int = 7) -> tuple[list[Visitor], list[Host]]:
    rng = random.Random(seed)
    vs = [
        Visitor(
            i,
            languages=frozenset(rng.sample(LANGS, rng.randint(1, 2))),
            no_pets=rng.random() < 0.15,
            no_smoking=rng.random() < 0.3,
            needs_access=rng.random() < 0.05,
            diet=rng.choice([None] * 8 + ["végétarien", "sans gluten"]),
            group=f"g{i // 3}" if rng.random() < 0.3 else None,
        )
        for i in range(visitors)
    ]
    per_host = [beds // hosts + (1 if i < beds % hosts else 0) for i in range(hosts)]
    hs = [
        Host(
            1000 + i,
            capacity=per_host[i],
            languages=frozenset(rng.sample(LANGS, rng.randint(1, 3))),
            has_pets=rng.random() < 0.4,
            smoking=rng.random() < 0.2,
            accessible=rng.random() < 0.3,
            diets=frozenset(rng.sample(["vegetarien", "sans gluten"], rng.randint(0, 2))),
        )
        for i in range(hosts)
    ]
    return vs, hs


def main() -> int:
    for label, visitors, hosts, beds in (
        ("small citizens' trip", 12, 6, 14),
        ("youth exchange", 60, 30, 70),
        ("not enough beds", 60, 25, 50),
    ):
        vs, hs = make(visitors, hosts, beds)
        plan = suggest(vs, hs).assignment
        base = median_ms(lambda vs=vs, hs=hs, plan=plan: check(vs, hs, plan), repeat=9)
        ms = median_ms(lambda vs=vs, hs=hs: suggest(vs, hs), repeat=5)
        print(
            f"{label:22s} {visitors:3d} visitors {hosts:3d} families: suggest {ms:8.1f} ms, "
            f"check {base:6.2f} ms, ratio {ms / base:8.1f}x, placed {len(plan)}/{visitors}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
