"""Routine -> draft steps whose seconds are still functions of adjustable "knobs".

A knob is one adjustable number (a hold, a rep count, a breath count, a walk), shared by
every step that uses it, so both sides of a move always get the same time. A shape says
which exercises, rounds and positions are in; `Shape.reduce` makes it one step smaller,
in the order the planner promises.
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
    WalkExercise,
)
from postrun.plan.steps import PlanSettings, Profile, Side, Step, StepKind

LONG_HOLD_SECONDS = 60  # the 40+ advice: hold a stretch a full minute
Values = Mapping[str, int]
Knobs = dict[str, tuple[int, int]]


# ---- structure: which exercises, rounds and positions are in ----------------------------


@dataclass(frozen=True)
class Shape:
    dropped: frozenset[str] = frozenset()  # exercise ids
    rounds: tuple[tuple[str, int], ...] = ()  # exercise id -> rounds
    dropped_positions: frozenset[tuple[str, str]] = frozenset()

    @staticmethod
    def full(routine: Routine) -> Shape:
        rounds = tuple(
            (e.id, e.rounds[1]) for e in routine.exercises() if isinstance(e, HoldExercise)
        )
        return Shape(rounds=rounds)

    def rounds_of(self, exercise_id: str) -> int:
        return dict(self.rounds).get(exercise_id, 1)

    def reduce(self, routine: Routine) -> Shape | None:
        """One step smaller, in the fitting order; None when nothing more can go."""
        for phase in reversed(routine.phases):
            kept = [e for e in phase.exercises if e.id not in self.dropped]
            if len(kept) < 2:
                continue
            for exercise in reversed(kept):
                if exercise.priority == "optional":
                    return replace(self, dropped=self.dropped | {exercise.id})
        for exercise in reversed(routine.exercises()):
            if not isinstance(exercise, HoldExercise) or exercise.id in self.dropped:
                continue
            current = self.rounds_of(exercise.id)
            if current > exercise.rounds[0]:
                rounds = dict(self.rounds) | {exercise.id: current - 1}
                return replace(self, rounds=tuple(rounds.items()))
        for exercise in reversed(routine.exercises()):
            if not isinstance(exercise, PositionsExercise) or exercise.id in self.dropped:
                continue
            kept_positions = [
                p for p in exercise.positions if (exercise.id, p.id) not in self.dropped_positions
            ]
            for position in reversed(kept_positions):
                if position.optional and len(kept_positions) > 1:
                    key = (exercise.id, position.id)
                    return replace(self, dropped_positions=self.dropped_positions | {key})
        return None

    def dropped_names(self, routine: Routine) -> tuple[str, ...]:
        return tuple(e.name for e in routine.exercises() if e.id in self.dropped)


# ---- knobs: the adjustable numbers, each shared by every step that uses it -------------


def make_knobs(routine: Routine, profile: Profile) -> Knobs:
    def stretch(span: tuple[int, int]) -> tuple[int, int]:
        low, high = span
        if profile == "40plus":
            low = min(high, max(low, LONG_HOLD_SECONDS))
        return low, high

    knobs: Knobs = {}
    for e in routine.exercises():
        if isinstance(e, HoldExercise):
            knobs[f"{e.id}:hold"] = stretch(e.hold) if e.stretch else e.hold
        elif isinstance(e, RepsExercise):
            knobs[f"{e.id}:reps"] = e.reps
            if e.rep_hold:
                knobs[f"{e.id}:rep_hold"] = stretch(e.rep_hold) if e.stretch else e.rep_hold
        elif isinstance(e, PositionsExercise):
            for p in e.positions:
                knobs[f"{e.id}:{p.id}"] = stretch(p.hold) if p.stretch else p.hold
        elif isinstance(e, BreathExercise):
            knobs[f"{e.id}:rounds"] = e.rounds
        elif isinstance(e, WalkExercise):
            knobs[f"{e.id}:duration"] = e.duration
    return knobs


# ---- drafts: steps whose seconds are still a function of the knobs ----------------------


@dataclass(frozen=True)
class Draft:
    step: Step  # seconds, start and reps filled in by _resolve
    seconds: Callable[[Values], int]
    reps: Callable[[Values], int] | None = None
    knobs: tuple[str, ...] = ()


def total(drafts: list[Draft], values: Values) -> int:
    return sum(d.seconds(values) for d in drafts)


def _fixed(seconds: int) -> Callable[[Values], int]:
    return lambda _values: seconds


def _knob(key: str) -> Callable[[Values], int]:
    return lambda values: values[key]


@dataclass
class _Builder:
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
        walk = _base(first, 0, "walk-first", "Easy walk", "walk")
        out.begin_move()
        out.add(Draft(walk, _fixed(settings.walk_minutes * 60)))
    for index, phase in enumerate(routine.phases):
        exercises = [e for e in phase.exercises if e.id not in shape.dropped]
        block: tuple[Side, ...] = ("left", "right") if phase.sides == "both" else ("none",)
        for block_side in block:
            for n, exercise in enumerate(exercises):
                out.begin_move()
                if block_side == "right" and n == 0:
                    base = _base(phase, index, exercise.id, exercise.name, "switch")
                    out.pause("switch", base, "Switch to the right leg", "right")
                _exercise(out, phase, index, exercise, block_side, shape)
    return out.drafts


def _base(phase: Phase, index: int, exercise_id: str, name: str, kind: StepKind) -> Step:
    return Step(kind, 0, 0, index, phase.id, exercise_id, name)


def _exercise(
    out: _Builder, phase: Phase, index: int, e: Exercise, block_side: Side, shape: Shape
) -> None:
    sides: tuple[Side, ...] = ("left", "right") if e.sides == "both" else (block_side,)
    base = _base(phase, index, e.id, e.name, "hold")
    first_side: Side = "none" if _starts_unsided(e) else sides[0]
    out.pause("prepare", base, e.name, first_side)

    if isinstance(e, HoldExercise):
        rounds = shape.rounds_of(e.id)
        key = f"{e.id}:hold"
        for number in range(1, rounds + 1):
            step = replace(base, round=number, rounds=rounds, moving=e.moving)
            if number > 1:
                out.pause("prepare", step, e.name, sides[0])
            for n, side in enumerate(sides):
                if n:
                    out.pause("switch", step, e.name, side)
                out.add(Draft(replace(step, side=side), _knob(key), None, (key,)))
    elif isinstance(e, RepsExercise):
        for n, side in enumerate(sides):
            if n:
                out.pause("switch", base, e.name, side)
            out.add(_reps_draft(replace(base, side=side), e))
    elif isinstance(e, PositionsExercise):
        _positions(out, base, e, sides, shape)
    elif isinstance(e, BreathExercise):
        key = f"{e.id}:rounds"
        step = replace(base, kind="breath", side=block_side, breath=tuple(e.pattern))
        seconds = e.round_seconds
        out.add(Draft(step, lambda v: v[key] * seconds, _knob(key), (key,)))
    else:
        key = f"{e.id}:duration"
        out.add(Draft(replace(base, kind="walk", side=block_side), _knob(key), None, (key,)))


def _starts_unsided(e: Exercise) -> bool:
    return isinstance(e, PositionsExercise) and e.sides == "both" and not e.positions[0].sided


def _reps_draft(base: Step, e: RepsExercise) -> Draft:
    count, hold = f"{e.id}:reps", f"{e.id}:rep_hold"
    keys = (count, hold) if e.rep_hold else (count,)

    def seconds(values: Values) -> int:
        return max(1, round(values[count] * (e.tempo + (values[hold] if e.rep_hold else 0))))

    step = replace(base, kind="reps", paced=e.paced)
    return Draft(step, seconds, _knob(count), keys)


def _positions(
    out: _Builder, base: Step, e: PositionsExercise, sides: tuple[Side, ...], shape: Shape
) -> None:
    kept = [p for p in e.positions if (e.id, p.id) not in shape.dropped_positions]
    two_sided = len(sides) > 1
    done_a_side = False
    for position_group in _runs_by_sidedness(kept):
        group_sides: tuple[Side, ...] = (
            sides if position_group[0].sided or not two_sided else ("none",)
        )
        for side in group_sides:
            if side != "none" and two_sided:
                if done_a_side:
                    out.pause("switch", base, e.name, side)
                done_a_side = True
            for position in position_group:
                key = f"{e.id}:{position.id}"
                step = replace(base, side=side, position=position.name)
                out.add(Draft(step, _knob(key), None, (key,)))


def _runs_by_sidedness(positions: list[Position]) -> list[list[Position]]:
    """Consecutive positions grouped by whether they are done on each side."""
    runs: list[list[Position]] = []
    for position in positions:
        if runs and runs[-1][0].sided == position.sided:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs
