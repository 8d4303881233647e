"""Every move the loaded routines offer, as the composer may use it for one run type.

A move is offered when the runner has its equipment and has not left it out. It keeps
its own article's numbers, cautions and focus, with two changes that stay within them:
a move from a phase done on both sides (a one-leg flow) is done on both sides itself,
and after an easy run its holds stop at the run's longest (a hold that cannot is not
offered). Strength holds (planks) are not recovery moves; a walk of minutes is the walk
first's job; breathing is offered only to a run that ends with it. The same stretch in
two routines (the same figure, a position's included, or the same id) is offered once:
the first in rank.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace

from postrun.models import (
    Exercise,
    HoldExercise,
    Phase,
    PositionsExercise,
    RepsExercise,
    Routine,
    Source,
    WalkExercise,
)
from postrun.plan.fit import duration_range
from postrun.plan.runs import BREATHING, ROLLING, PhaseName, Run, phase_of
from postrun.plan.steps import PlanSettings

LONGEST_WALK = 60  # seconds: a longer walk is the walk first, not a move


@dataclass(frozen=True, slots=True)
class Candidate:
    """One move the composer may use, where it comes from and what it costs alone."""

    routine: Routine
    exercise: Exercise  # as the composer uses it (sides lifted, holds capped)
    phase: PhaseName
    tiebreak: int  # the seed's order among equals
    least: int  # its seconds alone, fewest rounds and shortest numbers
    most: int

    @property
    def mid(self) -> float:
        return (self.least + self.most) / 2

    @property
    def rolling(self) -> bool:
        return bool(ROLLING & set(self.exercise.equipment))

    def with_exercise(self, exercise: Exercise, settings: PlanSettings) -> Candidate:
        least, most = cost(exercise, settings)
        return replace(self, exercise=exercise, least=least, most=most)


def offered(
    routines: Iterable[Routine],
    run: Run,
    equipment: frozenset[str],
    left_out: frozenset[tuple[str, str]],
    seed: int,
    settings: PlanSettings,
) -> list[Candidate]:
    """Every move offered, in the order the routines give them, duplicates included."""
    out = []
    for routine in routines:
        for phase in routine.phases:
            for e in phase.exercises:
                if (routine.id, e.id) in left_out or not set(e.equipment) <= equipment:
                    continue
                adapted = _adapted(e, phase, run)
                if adapted is None:
                    continue
                least, most = cost(adapted, settings)
                tiebreak = zlib.crc32(f"{seed}:{routine.id}:{e.id}".encode())
                out.append(Candidate(routine, adapted, phase_of(e.focus), tiebreak, least, most))
    return out


def same_stretch_keys(e: Exercise) -> tuple[str, ...]:
    """What makes two moves the same stretch: the figure drawn, or the id."""
    poses = [e.pose, *(p.pose for p in getattr(e, "positions", ()))]
    figures = ["pose:" + json.dumps(pose, sort_keys=True) for pose in poses if pose is not None]
    return (f"id:{e.id}", *figures)


def once_each(ranked: Iterable[Candidate]) -> list[Candidate]:
    """The candidates with every later copy of the same stretch dropped."""
    seen: set[str] = set()
    out = []
    for c in ranked:
        keys = same_stretch_keys(c.exercise)
        if seen.isdisjoint(keys):
            out.append(c)
        seen.update(keys)
    return out


def _adapted(e: Exercise, phase: Phase, run: Run) -> Exercise | None:
    if phase.sides == "both":
        e = replace(e, sides="both")
    breathing = BREATHING in e.focus or e.kind == "breath"
    if breathing and not run.breathing:
        return None
    if isinstance(e, WalkExercise) and e.duration[0] > LONGEST_WALK:
        return None
    rolling = bool(ROLLING & set(e.equipment))
    if isinstance(e, HoldExercise) and not (e.stretch or e.moving or rolling or breathing):
        return None  # a plank: strength, not recovery
    if run.longest_hold is not None:
        return _capped(e, run.longest_hold)
    return e


def _capped(e: Exercise, cap: int) -> Exercise | None:
    """The move with no hold over `cap` seconds, or None if it cannot be that short."""

    def span(value: tuple[int, int]) -> tuple[int, int] | None:
        return None if value[0] > cap else (value[0], min(value[1], cap))

    if isinstance(e, HoldExercise):
        hold = span(e.hold)
        return replace(e, hold=hold) if hold else None
    if isinstance(e, RepsExercise) and e.rep_hold:
        rep_hold = span(e.rep_hold)
        return replace(e, rep_hold=rep_hold) if rep_hold else None
    if isinstance(e, PositionsExercise):
        kept = []
        for p in e.positions:
            hold = span(p.hold)
            if hold is None:
                return None  # a position left out would change the move
            kept.append(replace(p, hold=hold))
        return replace(e, positions=kept)
    return e


_ALONE = Source(title="alone", publisher="alone")


def cost(e: Exercise, settings: PlanSettings) -> tuple[int, int]:
    """A move's seconds alone, its get-ready included: fewest and most."""
    phase = Phase(id="alone", title="alone", intent="alone", exercises=[e])
    routine = Routine(
        id="alone",
        title="alone",
        summary="alone",
        source=_ALONE,
        focus=["alone"],
        equipment=list(e.equipment),
        phases=[phase],
    )
    return duration_range(routine, settings)
