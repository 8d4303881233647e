"""Routine + shape -> draft steps whose seconds are still functions of the knobs.

A shape says which exercises (with how many rounds) and which positions are in; the knob
values then give every step its seconds. `costs` holds the same arithmetic in the form
the chooser needs; a plan's total is checked against it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

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
from postrun.plan.knobs import (
    duration_key,
    hold_key,
    position_key,
    rep_hold_key,
    reps_key,
    rounds_key,
)
from postrun.plan.steps import PlanSettings, Side, Step, StepKind

Values = Mapping[str, int]
WALK_FIRST = "walk-first"  # the exercise id of the walk before the routine


@dataclass(frozen=True, slots=True)
class Shape:
    """What is in: kept exercises with their rounds (1 unless a hold repeats), kept positions."""

    rounds: Mapping[str, int]
    positions: frozenset[tuple[str, str]] = frozenset()  # (exercise id, position id)

    @staticmethod
    def full(routine: Routine) -> Shape:
        rounds = {
            e.id: e.rounds[1] if isinstance(e, HoldExercise) else 1 for e in routine.exercises()
        }
        positions = frozenset(
            (e.id, p.id)
            for e in routine.exercises()
            if isinstance(e, PositionsExercise)
            for p in e.positions
        )
        return Shape(rounds, positions)

    def kept_positions(self, e: PositionsExercise) -> list[Position]:
        return [p for p in e.positions if (e.id, p.id) in self.positions]


def reps_seconds(count: int, tempo: float, hold: int) -> int:
    """One side of a reps move: each rep's pace plus its hold, to the whole second."""
    return max(1, round(count * (tempo + hold)))


@dataclass(frozen=True, slots=True)
class Draft:
    """A step before its numbers: how its seconds and reps follow from the knobs."""

    step: Step  # seconds, start and reps filled in by resolve
    seconds: Callable[[Values], int]
    reps: Callable[[Values], int] | None = None
    rep_hold: str | None = None  # the knob holding each rep, if any
    knobs: tuple[str, ...] = ()  # the knobs its seconds depend on


def _fixed(seconds: int) -> Callable[[Values], int]:
    return lambda _values: seconds


def _knob(key: str, times: int = 1) -> Callable[[Values], int]:
    return lambda values: values[key] * times


@dataclass
class _Builder:
    """Drafts in order as a routine is walked through, move by move."""

    settings: PlanSettings
    drafts: list[Draft] = field(default_factory=list)
    move: int = -1

    def begin_move(self) -> None:
        self.move += 1

    def add(self, item: Draft) -> None:
        self.drafts.append(replace(item, step=replace(item.step, move=self.move)))

    def pause(self, kind: StepKind, base: Step, name: str, side: Side) -> None:
        seconds = (
            self.settings.prepare_seconds if kind == "prepare" else self.settings.switch_seconds
        )
        if seconds > 0:
            step = replace(base, kind=kind, name=name, side=side, position=None, reps=None)
            self.add(Draft(step, _fixed(seconds)))


def make_drafts(routine: Routine, shape: Shape, settings: PlanSettings) -> list[Draft]:
    out = _Builder(settings)
    if settings.walk_minutes > 0:
        first = routine.phases[0]
        walk = _base(first, 0, WALK_FIRST, "Easy walk", "walk")
        out.begin_move()
        out.add(Draft(walk, _fixed(settings.walk_minutes * 60)))
    for index, phase in enumerate(routine.phases):
        exercises = [e for e in phase.exercises if e.id in shape.rounds]
        blocks: tuple[Side, ...] = ("left", "right") if phase.sides == "both" else ("none",)
        for block_side in blocks:
            for n, exercise in enumerate(exercises):
                out.begin_move()
                base = _base(phase, index, exercise.id, exercise.name, "hold")
                base = replace(base, block_side=phase.sides == "both")
                if block_side == "right" and n == 0:
                    out.pause("switch", base, "Switch to the right leg", "right")
                _exercise(out, base, exercise, block_side, shape)
    return out.drafts


def _base(phase: Phase, index: int, exercise_id: str, name: str, kind: StepKind) -> Step:
    return Step(kind, 0, 0, index, phase.id, exercise_id, name)


def _exercise(out: _Builder, base: Step, e: Exercise, block_side: Side, shape: Shape) -> None:
    sides: tuple[Side, ...] = ("left", "right") if e.sides == "both" else (block_side,)
    first_side: Side = "none" if _starts_unsided(e, shape) else sides[0]
    out.pause("prepare", base, e.name, first_side)

    if isinstance(e, HoldExercise):
        rounds = shape.rounds[e.id]
        for number in range(1, rounds + 1):
            step = replace(base, round=number, rounds=rounds, moving=e.moving)
            if number > 1:
                out.pause("prepare", step, e.name, sides[0])
            for n, side in enumerate(sides):
                if n:
                    out.pause("switch", step, e.name, side)
                key = hold_key(e)
                out.add(Draft(replace(step, side=side), _knob(key), knobs=(key,)))
    elif isinstance(e, RepsExercise):
        for n, side in enumerate(sides):
            if n:
                out.pause("switch", base, e.name, side)
            ways = 2 if e.both_ways else 1
            for way in range(1, ways + 1):  # the other way straight on: its cue is the turn
                out.add(_reps_draft(replace(base, side=side, way=way, ways=ways), e))
    elif isinstance(e, PositionsExercise):
        _positions(out, base, e, sides, shape)
    elif isinstance(e, BreathExercise):
        key = rounds_key(e)
        step = replace(
            base, kind="breath", side=block_side, breath=tuple(e.pattern), unit=e.rep_word
        )
        out.add(Draft(step, _knob(key, e.round_seconds), _knob(key), knobs=(key,)))
    else:
        step, key = replace(base, kind="walk", side=block_side), duration_key(e)
        out.add(Draft(step, _knob(key), knobs=(key,)))


def _starts_unsided(e: Exercise, shape: Shape) -> bool:
    if not isinstance(e, PositionsExercise) or e.sides != "both":
        return False
    return not shape.kept_positions(e)[0].sided


def _reps_draft(base: Step, e: RepsExercise) -> Draft:
    count = reps_key(e)
    hold = rep_hold_key(e) if e.rep_hold else None

    def seconds(values: Values) -> int:
        return reps_seconds(values[count], e.tempo, values[hold] if hold else 0)

    step = replace(base, kind="reps", paced=e.paced, unit=e.rep_word)
    return Draft(step, seconds, _knob(count), hold, (count, hold) if hold else (count,))


def _positions(
    out: _Builder, base: Step, e: PositionsExercise, sides: tuple[Side, ...], shape: Shape
) -> None:
    two_sided = len(sides) > 1
    done_a_side = False
    for group in runs_by_sidedness(shape.kept_positions(e)):
        group_sides: tuple[Side, ...] = sides if group[0].sided or not two_sided else ("none",)
        for side in group_sides:
            if side != "none" and two_sided:
                if done_a_side:
                    out.pause("switch", base, e.name, side)
                done_a_side = True
            for position in group:
                step, key = (
                    replace(base, side=side, position=position.name),
                    position_key(e, position),
                )
                out.add(Draft(step, _knob(key), knobs=(key,)))


def runs_by_sidedness(positions: list[Position]) -> list[list[Position]]:
    """Consecutive positions grouped by whether they are done on each side."""
    runs: list[list[Position]] = []
    for position in positions:
        if runs and runs[-1][0].sided == position.sided:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def resolve(drafts: list[Draft], values: Values) -> tuple[Step, ...]:
    """The steps, back to back, with the knobs' values filled in."""
    steps: list[Step] = []
    start = 0
    for d in drafts:
        seconds = d.seconds(values)
        reps = d.reps(values) if d.reps else None
        step = replace(
            d.step,
            seconds=seconds,
            start=start,
            reps=reps,
            rep_seconds=seconds / reps if reps else None,
            rep_hold=values[d.rep_hold] if d.rep_hold else None,
        )
        steps.append(step)
        start += seconds
    return tuple(steps)
