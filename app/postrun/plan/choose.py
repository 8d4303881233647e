"""Which moves, positions and rounds a plan keeps: an exact choice, by seconds.

The objective, compared in this order (each only breaks ties of the ones before):
1. land: the least distance from a total the choice can make to the tolerance window
   around the target (0 when it can land inside it);
2. phases with at least one move kept: more;
3. core units kept: more; 4. extra units: more; 5. optional units: more. A unit is a
   move, or one position of a positions move (at the lower of its priority and its
   move's); the walk first is not part of the choice;
6. rounds above a move's minimum: more;
7. earlier units kept: the kept units, read in routine order as a binary number: more;
8. the total: nearest the target (on a tie, the shorter).

`programme.run` finds it over whole seconds, keeping for every total the best (2-7) of
the choices that reach it. It runs first on each move's shortest form: one pass per form,
linear in the routine's size. When the best of those can land, it is the answer (every
choice that can land is among those weighed). When it cannot (its holds do not stretch
to the window, or their 5 s steps jump over it), the programme runs again on every total
each move can make, which is exact for all of 1-8.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from postrun.models import HoldExercise, PositionsExercise, Routine
from postrun.plan.costs import (
    block_of,
    block_switch,
    exercise_layout,
    least_per_phase,
    position_part,
    reachable,
    shape_layout,
    two_sided,
)
from postrun.plan.drafts import Shape
from postrun.plan.knobs import Knobs
from postrun.plan.programme import Form, Item, PhaseItems, Positions, run
from postrun.plan.steps import PlanSettings
from postrun.plan.values import TIERS, Encoding, Unit, Units

SUBSETS_UP_TO = 3  # positions in a move whose every subset is weighed as one form


@dataclass(frozen=True, slots=True)
class Choice:
    """What the chooser kept, and the stretching seconds it is to fill."""

    shape: Shape
    total: int  # the stretching seconds to fit the shape's knobs to
    shortest: int  # the least any plan of this routine can last (one move, if need be)
    longest: int  # every move in, at its longest


def choose(
    routine: Routine, target: int, tolerance: int, settings: PlanSettings, knobs: Knobs
) -> Choice:
    units = Units()
    phases = _phases(routine, settings, knobs, units)
    full = Shape.full(routine)
    longest = shape_layout(routine, full, settings, knobs).most
    shortest = min(least_per_phase(routine, settings, knobs))
    low, high = target - tolerance, target + tolerance
    if longest < low:  # every move in at its longest is the closest there is
        return Choice(full, longest, shortest, longest)
    cap = max(high, shortest)
    switch = settings.switch_seconds
    best, code = run(phases, cap + 1, units, switch, exact=False)
    within = [value for value in best[: high + 1] if value > 0]
    if not within:  # even the shortest choice runs over: the least over is the best
        over = next(t for t in range(high + 1, cap + 1) if best[t] > 0)
        return Choice(_shape(routine, best[over], code), over, shortest, longest)
    shape = _shape(routine, max(within), code)
    layout = shape_layout(routine, shape, settings, knobs)
    if high >= layout.fixed:
        reach = reachable(layout.parts, high - layout.fixed)[0]
        landing = [t for t in range(low, high + 1) if (reach >> (t - layout.fixed)) & 1]
        if landing:
            total = min(landing, key=lambda t: (abs(t - target), t))
            return Choice(shape, total, shortest, longest)
    # Weigh every total each move can make; the nearest miss lies within a phase of high.
    cap += max(_most(phase, switch) for phase in phases)
    best, code = run(phases, cap + 1, units, switch, exact=True)

    def rank(t: int) -> tuple[int, int, int, int]:
        return (-max(0, low - t, t - high), best[t], -abs(t - target), -t)

    total = max((t for t in range(cap + 1) if best[t] > 0), key=rank)
    return Choice(_shape(routine, best[total], code), total, shortest, longest)


def _phases(
    routine: Routine, settings: PlanSettings, knobs: Knobs, units: Units
) -> list[PhaseItems]:
    """The routine as the programme's items, its units numbered in routine order."""
    phases = []
    for phase in routine.phases:
        block = block_of(phase)
        items: list[Item] = []
        for e in phase.exercises:
            if isinstance(e, PositionsExercise):
                items.append(_positions(e, block, settings, knobs, units))
                continue
            move = units.add(Unit(e.id), e.priority)
            least, most = e.rounds if isinstance(e, HoldExercise) else (1, 1)
            extra = [units.add(Unit(e.id, None, n), "round") for n in range(1, most - least + 1)]
            forms = [
                Form(
                    exercise_layout(e, block, settings, knobs, rounds),
                    (move, *extra[: rounds - least]),
                )
                for rounds in range(least, most + 1)
            ]
            items.append(tuple(forms))
        phases.append(PhaseItems(block_switch(phase, settings), tuple(items)))
    return phases


def _positions(
    e: PositionsExercise, block: int, settings: PlanSettings, knobs: Knobs, units: Units
) -> Item:
    """A few positions: every subset as a form of its own (fewer passes, and simple);
    more: the programme's positions states."""
    both, kept = two_sided(e), []
    for p in e.positions:
        lower = min(e.priority, p.priority, key=TIERS.__getitem__)
        kept.append((p, units.add(Unit(e.id, p.id), lower)))
    if len(kept) <= SUBSETS_UP_TO:
        subsets = [c for n in range(1, len(kept) + 1) for c in itertools.combinations(kept, n)]
        return tuple(
            Form(
                exercise_layout(e, block, settings, knobs, kept=[p for p, _ in subset]),
                tuple(unit for _, unit in subset),
            )
            for subset in subsets
        )
    parts = tuple((position_part(e, p, block, knobs), p.sided and both, unit) for p, unit in kept)
    return Positions(both, block * settings.prepare_seconds, parts)


def _most(phase: PhaseItems, switch: int) -> int:
    """No less than this phase can be with everything in."""
    total = phase.switch
    for item in phase.items:
        if isinstance(item, Positions):
            total += item.get_ready + sum(p.most + 2 * switch for p, _, _ in item.parts)
        else:
            total += max(form.layout.most for form in item)
    return total


def _shape(routine: Routine, value: int, code: Encoding) -> Shape:
    least = {e.id: e.rounds[0] for e in routine.exercises() if isinstance(e, HoldExercise)}
    rounds: dict[str, int] = {}
    kept = code.kept(value)
    for unit in kept:
        if unit.round:
            rounds[unit.exercise] += 1
        else:
            rounds[unit.exercise] = least.get(unit.exercise, 1)
    positions = frozenset((u.exercise, u.position) for u in kept if u.position)
    return Shape(rounds, positions)
