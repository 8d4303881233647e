"""What a move costs in seconds: the arithmetic of `drafts.make_drafts`, as numbers.

A move in a given form (rounds, kept positions) costs fixed seconds (its get-ready and
switch pauses) plus parts: one per knob (or reps pair), each offering a few totals. The
chooser reads these; `make_plan` checks every plan's steps add up to what they promised.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from postrun.models import (
    BreathExercise,
    Exercise,
    HoldExercise,
    Phase,
    Position,
    PositionsExercise,
    RepsExercise,
    Routine,
)
from postrun.plan.drafts import Shape, reps_seconds, runs_by_sidedness
from postrun.plan.knobs import (
    Knobs,
    duration_key,
    hold_key,
    position_key,
    rep_hold_key,
    reps_key,
    rounds_key,
)
from postrun.plan.steps import PlanSettings


@dataclass(frozen=True, slots=True)
class Part:
    """The seconds one knob (or a reps count with its hold) adds, for every value it takes."""

    keys: tuple[str, ...]
    options: tuple[tuple[int, tuple[int, ...]], ...]  # (seconds, the knobs' values)

    @property
    def seconds(self) -> list[int]:
        return sorted({s for s, _ in self.options})

    @property
    def least(self) -> int:
        return self.options[0][0]

    @property
    def most(self) -> int:
        return self.options[-1][0]


def linear(key: str, knobs: Knobs, weight: int) -> Part:
    return Part((key,), tuple((weight * v, (v,)) for v in knobs[key].values))


def _reps(e: RepsExercise, knobs: Knobs, weight: int) -> Part:
    if not e.rep_hold:
        count = knobs[reps_key(e)]
        single = [(weight * reps_seconds(n, e.tempo, 0), (n,)) for n in count.values]
        return Part((reps_key(e),), tuple(single))
    keys = (reps_key(e), rep_hold_key(e))
    pairs = itertools.product(knobs[keys[0]].values, knobs[keys[1]].values)
    options = sorted((weight * reps_seconds(n, e.tempo, h), (n, h)) for n, h in pairs)
    return Part(keys, tuple(options))


@dataclass(frozen=True, slots=True)
class Layout:
    """A plan's seconds: those fixed whatever the knobs, and the parts that vary."""

    fixed: int
    parts: tuple[Part, ...]

    @property
    def least(self) -> int:
        return self.fixed + sum(p.least for p in self.parts)

    @property
    def most(self) -> int:
        return self.fixed + sum(p.most for p in self.parts)

    def __add__(self, other: Layout) -> Layout:
        return Layout(self.fixed + other.fixed, self.parts + other.parts)


def block_of(phase: Phase) -> int:
    """How many times a phase's block runs: twice for a one-leg block."""
    return 2 if phase.sides == "both" else 1


def two_sided(e: Exercise) -> bool:
    return e.sides == "both"


def switches(kept: Sequence[Position], both_sides: bool) -> int:
    """Switch pauses inside a positions move: one between every two sides of a sided run."""
    if not both_sides:
        return 0
    sided_runs = sum(1 for run in runs_by_sidedness(list(kept)) if run[0].sided)
    return max(0, 2 * sided_runs - 1)


def position_part(e: PositionsExercise, p: Position, block: int, knobs: Knobs) -> Part:
    weight = block * (2 if p.sided and two_sided(e) else 1)
    return linear(position_key(e, p), knobs, weight)


def exercise_layout(
    e: Exercise,
    block: int,
    settings: PlanSettings,
    knobs: Knobs,
    rounds: int = 1,
    kept: Sequence[Position] = (),
) -> Layout:
    """One move's cost with `rounds` rounds (holds) or the `kept` positions (positions)."""
    get_ready, switch = settings.prepare_seconds, settings.switch_seconds
    sides = 2 if two_sided(e) else 1
    if isinstance(e, HoldExercise):
        fixed = rounds * get_ready + rounds * (sides - 1) * switch
        return Layout(block * fixed, (linear(hold_key(e), knobs, block * rounds * sides),))
    if isinstance(e, RepsExercise):
        fixed = get_ready + (sides - 1) * switch
        ways = 2 if e.both_ways else 1
        return Layout(block * fixed, (_reps(e, knobs, block * sides * ways),))
    if isinstance(e, PositionsExercise):
        fixed = get_ready + switches(kept, two_sided(e)) * switch
        parts = tuple(position_part(e, p, block, knobs) for p in kept)
        return Layout(block * fixed, parts)
    if isinstance(e, BreathExercise):
        return Layout(block * get_ready, (linear(rounds_key(e), knobs, block * e.round_seconds),))
    return Layout(block * get_ready, (linear(duration_key(e), knobs, block),))


def block_switch(phase: Phase, settings: PlanSettings) -> int:
    """The pause between a one-leg block's left and right passes."""
    return settings.switch_seconds if block_of(phase) == 2 else 0


def shape_layout(routine: Routine, shape: Shape, settings: PlanSettings, knobs: Knobs) -> Layout:
    """The stretching a shape makes (the walk first is not part of it)."""
    total = Layout(0, ())
    for phase in routine.phases:
        kept = [e for e in phase.exercises if e.id in shape.rounds]
        if kept:
            total += Layout(block_switch(phase, settings), ())
        for e in kept:
            positions = shape.kept_positions(e) if isinstance(e, PositionsExercise) else []
            block = block_of(phase)
            total += exercise_layout(e, block, settings, knobs, shape.rounds[e.id], positions)
    return total


def least_per_phase(routine: Routine, settings: PlanSettings, knobs: Knobs) -> list[int]:
    """Each phase at its shortest with one move in: its cheapest move, at its least."""
    out = []
    for phase in routine.phases:
        block, moves = block_of(phase), []
        for e in phase.exercises:
            if isinstance(e, PositionsExercise):
                forms = [exercise_layout(e, block, settings, knobs, kept=[p]) for p in e.positions]
                moves += [form.least for form in forms]
            else:
                rounds = e.rounds[0] if isinstance(e, HoldExercise) else 1
                moves.append(exercise_layout(e, block, settings, knobs, rounds).least)
        out.append(block_switch(phase, settings) + min(moves))
    return out


def reachable(parts: Iterable[Part], cap: int) -> list[int]:
    """Suffix bitsets: entry i has bit t set when parts i.. can add up to exactly t (<= cap)."""
    parts = list(parts)
    mask = (1 << (cap + 1)) - 1
    suffix = [1]
    for part in reversed(parts):
        after, now = suffix[-1], 0
        for seconds in part.seconds:
            now |= after << seconds
        suffix.append(now & mask)
    return suffix[::-1]
