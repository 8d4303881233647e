"""Routine + minutes + settings -> Plan: every step with exact whole seconds.

Fitting is deterministic and explainable, in this order:
1. every phase stays, in order, with at least one exercise;
2. while even the shortest holds overshoot: drop optional exercises (latest first),
   then extra rounds (latest first), then optional positions;
3. scale holds, rep counts, breaths and walks evenly inside their ranges, then nudge
   them one unit at a time to land on the target.
Both sides of a move share one value, so they always get the same time.
The planner knows nothing of time passing: that is the engine's job.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

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

StepKind = Literal["walk", "prepare", "hold", "reps", "switch", "breath"]
Side = Literal["left", "right", "none"]
Profile = Literal["standard", "40plus"]
PROFILES: tuple[Profile, ...] = ("standard", "40plus")
MIN_MINUTES, MAX_MINUTES = 3, 60
LONG_HOLD_SECONDS = 60  # the 40+ advice: hold a stretch a full minute
Values = Mapping[str, int]


@dataclass(frozen=True)
class PlanSettings:
    profile: Profile = "standard"
    prepare_seconds: int = 5
    switch_seconds: int = 5
    walk_minutes: int = 0


@dataclass(frozen=True)
class Step:
    kind: StepKind
    seconds: int
    start: int
    phase_index: int
    phase_id: str
    exercise_id: str
    name: str
    side: Side = "none"
    position: str | None = None
    round: int = 1
    rounds: int = 1
    reps: int | None = None
    rep_seconds: float | None = None  # one rep's time, its hold included
    paced: bool = True
    moving: bool = False
    breath: tuple[tuple[str, int], ...] = ()

    @property
    def end(self) -> int:
        return self.start + self.seconds

    @property
    def is_timed_work(self) -> bool:
        """A hold-like step the user works through (not a prepare or switch pause)."""
        return self.kind in ("hold", "reps", "breath", "walk")


@dataclass(frozen=True)
class Plan:
    routine: Routine
    minutes: int
    settings: PlanSettings
    steps: tuple[Step, ...]
    note: str | None = None
    dropped: tuple[str, ...] = ()

    @property
    def target_seconds(self) -> int:
        return self.minutes * 60

    @property
    def total_seconds(self) -> int:
        return self.steps[-1].end if self.steps else 0

    @property
    def phase_count(self) -> int:
        return len(self.routine.phases)


def tolerance(target_seconds: int) -> int:
    return max(10, math.ceil(target_seconds * 0.03))


def make_plan(routine: Routine, minutes: int, settings: PlanSettings | None = None) -> Plan:
    """The plan closest to `minutes`; a note says why when the routine cannot reach it."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be {MIN_MINUTES}-{MAX_MINUTES}, got {minutes}")
    settings = settings or PlanSettings()
    target = minutes * 60
    knobs = _knobs(routine, settings.profile)
    lows = {key: low for key, (low, _) in knobs.items()}
    shape, larger = _Shape.full(routine), None
    while _total(_draft(routine, shape, settings), lows) > target:
        smaller = shape.reduce(routine)
        if smaller is None:
            break
        shape, larger = smaller, shape
    # The last cut can overshoot; the shape before it may land closer.
    candidates = [_fitted(routine, s, settings, knobs, target) for s in (shape, larger) if s]
    shape, steps = min(candidates, key=lambda c: abs(c[1][-1].end - target))
    total = steps[-1].end
    return Plan(
        routine=routine,
        minutes=minutes,
        settings=settings,
        steps=steps,
        note=_note(routine, minutes, total, target),
        dropped=shape.dropped_names(routine),
    )


def _fitted(
    routine: Routine,
    shape: _Shape,
    settings: PlanSettings,
    knobs: dict[str, tuple[int, int]],
    target: int,
) -> tuple[_Shape, tuple[Step, ...]]:
    drafts = _draft(routine, shape, settings)
    used = {key: knobs[key] for d in drafts for key in d.knobs}
    return shape, _resolve(drafts, _fit(used, drafts, target))


def duration_range(routine: Routine, settings: PlanSettings | None = None) -> tuple[int, int]:
    """The shortest and longest session (seconds) this routine can make."""
    settings = settings or PlanSettings()
    knobs = _knobs(routine, settings.profile)
    shortest = _Shape.full(routine)
    while (smaller := shortest.reduce(routine)) is not None:
        shortest = smaller
    low = _total(_draft(routine, shortest, settings), {k: lo for k, (lo, _) in knobs.items()})
    high_values = {k: hi for k, (_, hi) in knobs.items()}
    high = _total(_draft(routine, _Shape.full(routine), settings), high_values)
    return low, high


# ---- structure: which exercises, rounds and positions are in ----------------------------


@dataclass(frozen=True)
class _Shape:
    dropped: frozenset[str] = frozenset()  # exercise ids
    rounds: tuple[tuple[str, int], ...] = ()  # exercise id -> rounds
    dropped_positions: frozenset[tuple[str, str]] = frozenset()

    @staticmethod
    def full(routine: Routine) -> _Shape:
        rounds = tuple(
            (e.id, e.rounds[1]) for e in routine.exercises() if isinstance(e, HoldExercise)
        )
        return _Shape(rounds=rounds)

    def rounds_of(self, exercise_id: str) -> int:
        return dict(self.rounds).get(exercise_id, 1)

    def reduce(self, routine: Routine) -> _Shape | None:
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


def _knobs(routine: Routine, profile: Profile) -> dict[str, tuple[int, int]]:
    def stretch(span: tuple[int, int]) -> tuple[int, int]:
        low, high = span
        if profile == "40plus":
            low = min(high, max(low, LONG_HOLD_SECONDS))
        return low, high

    knobs: dict[str, tuple[int, int]] = {}
    for e in routine.exercises():
        if isinstance(e, HoldExercise):
            knobs[f"{e.id}:hold"] = e.hold if e.moving else stretch(e.hold)
        elif isinstance(e, RepsExercise):
            knobs[f"{e.id}:reps"] = e.reps
            if e.rep_hold:
                knobs[f"{e.id}:rep_hold"] = stretch(e.rep_hold)
        elif isinstance(e, PositionsExercise):
            for p in e.positions:
                knobs[f"{e.id}:{p.id}"] = stretch(p.hold)
        elif isinstance(e, BreathExercise):
            knobs[f"{e.id}:rounds"] = e.rounds
        elif isinstance(e, WalkExercise):
            knobs[f"{e.id}:duration"] = e.duration
    return knobs


# ---- drafts: steps whose seconds are still a function of the knobs ----------------------


@dataclass(frozen=True)
class _Draft:
    step: Step  # seconds, start and reps filled in by _resolve
    seconds: Callable[[Values], int]
    reps: Callable[[Values], int] | None = None
    knobs: tuple[str, ...] = ()


def _fixed(seconds: int) -> Callable[[Values], int]:
    return lambda _values: seconds


def _knob(key: str) -> Callable[[Values], int]:
    return lambda values: values[key]


@dataclass
class _Builder:
    settings: PlanSettings
    drafts: list[_Draft] = field(default_factory=list)

    def add(self, draft: _Draft) -> None:
        self.drafts.append(draft)

    def pause(self, kind: StepKind, base: Step, name: str, side: Side) -> None:
        seconds = (
            self.settings.prepare_seconds if kind == "prepare" else self.settings.switch_seconds
        )
        if seconds > 0:
            step = replace(base, kind=kind, name=name, side=side, position=None, reps=None)
            self.add(_Draft(step, _fixed(seconds)))


def _draft(routine: Routine, shape: _Shape, settings: PlanSettings) -> list[_Draft]:
    out = _Builder(settings)
    if settings.walk_minutes > 0:
        first = routine.phases[0]
        walk = _base(first, 0, "walk-first", "Easy walk", "walk")
        out.add(_Draft(walk, _fixed(settings.walk_minutes * 60)))
    for index, phase in enumerate(routine.phases):
        exercises = [e for e in phase.exercises if e.id not in shape.dropped]
        block: tuple[Side, ...] = ("left", "right") if phase.sides == "both" else ("none",)
        for block_side in block:
            if block_side == "right":
                base = _base(phase, index, exercises[0].id, phase.title, "switch")
                out.pause("switch", base, "Switch to the right leg", "right")
            for exercise in exercises:
                _draft_exercise(out, phase, index, exercise, block_side, shape)
    return out.drafts


def _base(phase: Phase, index: int, exercise_id: str, name: str, kind: StepKind) -> Step:
    return Step(kind, 0, 0, index, phase.id, exercise_id, name)


def _draft_exercise(
    out: _Builder, phase: Phase, index: int, e: Exercise, block_side: Side, shape: _Shape
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
                out.add(_Draft(replace(step, side=side), _knob(key), None, (key,)))
    elif isinstance(e, RepsExercise):
        for n, side in enumerate(sides):
            if n:
                out.pause("switch", base, e.name, side)
            out.add(_reps_draft(replace(base, side=side), e))
    elif isinstance(e, PositionsExercise):
        _draft_positions(out, base, e, sides, shape)
    elif isinstance(e, BreathExercise):
        key = f"{e.id}:rounds"
        step = replace(base, kind="breath", side=block_side, breath=tuple(e.pattern))
        seconds = e.round_seconds
        out.add(_Draft(step, lambda v: v[key] * seconds, _knob(key), (key,)))
    else:
        key = f"{e.id}:duration"
        out.add(_Draft(replace(base, kind="walk", side=block_side), _knob(key), None, (key,)))


def _starts_unsided(e: Exercise) -> bool:
    return isinstance(e, PositionsExercise) and e.sides == "both" and not e.positions[0].sided


def _reps_draft(base: Step, e: RepsExercise) -> _Draft:
    count, hold = f"{e.id}:reps", f"{e.id}:rep_hold"
    keys = (count, hold) if e.rep_hold else (count,)

    def seconds(values: Values) -> int:
        return max(1, round(values[count] * (e.tempo + (values[hold] if e.rep_hold else 0))))

    step = replace(base, kind="reps", paced=e.paced)
    return _Draft(step, seconds, _knob(count), keys)


def _draft_positions(
    out: _Builder, base: Step, e: PositionsExercise, sides: tuple[Side, ...], shape: _Shape
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
                out.add(_Draft(step, _knob(key), None, (key,)))


def _runs_by_sidedness(positions: list[Position]) -> list[list[Position]]:
    """Consecutive positions grouped by whether they are done on each side."""
    runs: list[list[Position]] = []
    for position in positions:
        if runs and runs[-1][0].sided == position.sided:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


# ---- fitting -----------------------------------------------------------------------------


def _total(drafts: list[_Draft], values: Values) -> int:
    return sum(d.seconds(values) for d in drafts)


def _fit(knobs: dict[str, tuple[int, int]], drafts: list[_Draft], target: int) -> dict[str, int]:
    def at(t: float) -> dict[str, int]:
        return {k: lo + math.floor(t * (hi - lo) + 0.5) for k, (lo, hi) in knobs.items()}

    low, high = 0.0, 1.0
    if _total(drafts, at(low)) >= target:
        return at(low)
    if _total(drafts, at(high)) <= target:
        return at(high)
    for _ in range(30):
        mid = (low + high) / 2
        if _total(drafts, at(mid)) < target:
            low = mid
        else:
            high = mid
    below, above = at(low), at(high)
    values = below if target - _total(drafts, below) <= _total(drafts, above) - target else above
    # Nudge one unit at a time, round-robin over the knobs, so no single move soaks it up.
    diff = target - _total(drafts, values)
    improved = True
    while diff and improved:
        improved = False
        for key, (lo, hi) in knobs.items():
            candidate = values[key] + (1 if diff > 0 else -1)
            if not lo <= candidate <= hi:
                continue
            trial = values | {key: candidate}
            trial_diff = target - _total(drafts, trial)
            if abs(trial_diff) < abs(diff):
                values, diff, improved = trial, trial_diff, True
                if not diff:
                    break
    return values


def _resolve(drafts: list[_Draft], values: Values) -> tuple[Step, ...]:
    steps: list[Step] = []
    start = 0
    for d in drafts:
        seconds = d.seconds(values)
        reps = d.reps(values) if d.reps else None
        rep_seconds = seconds / reps if reps else None
        steps.append(
            replace(d.step, seconds=seconds, start=start, reps=reps, rep_seconds=rep_seconds)
        )
        start += seconds
    return tuple(steps)


def _note(routine: Routine, minutes: int, total: int, target: int) -> str | None:
    gap = total - target
    if abs(gap) <= tolerance(target):
        return None
    if gap > 0:
        return (
            f"{routine.title} needs at least {clock(total)} even with its shortest holds and "
            f"optional moves left out: {clock(gap)} over {minutes} minutes."
        )
    return (
        f"{routine.title} lasts at most {clock(total)} with every move at its longest: "
        f"{clock(-gap)} short of {minutes} minutes."
    )


def clock(seconds: int) -> str:
    """m:ss, the way the whole app writes a duration."""
    return f"{seconds // 60}:{seconds % 60:02d}"
