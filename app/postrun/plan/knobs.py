"""The adjustable numbers of a routine ("knobs") and the values each may take.

A knob is one number the planner may choose (a hold, a rep count, a per-rep hold, a number
of breaths, a walk), shared by every step that uses it, so both sides of a move and both
blocks of a one-leg phase always get the same. Seconds move in whole multiples of 5 (the
numbers a coach says): a seconds range offers its two ends and every multiple of 5
between them, so [30, 45] gives 30, 35, 40, 45, [12, 18] gives 12, 15, 18 and [3, 4]
gives 3 and 4. Counts (reps, breaths, rounds) take every whole number in their range.
"""

from __future__ import annotations

from dataclasses import dataclass

from postrun.models import (
    BreathExercise,
    Exercise,
    HoldExercise,
    Position,
    PositionsExercise,
    RepsExercise,
    Routine,
    WalkExercise,
)
from postrun.plan.steps import Profile, Step

LONG_HOLD_SECONDS = 60  # the 40+ advice: hold a stretch a full minute
LONGEST_40PLUS_HOLD = 90  # and a stretch that reaches a minute may go on this far
SECONDS_STEP = 5  # holds, per-rep holds and walks move in steps of this many seconds


def seconds_values(low: int, high: int) -> tuple[int, ...]:
    """The seconds a [low, high] range offers: its ends and the multiples of 5 between."""
    first = (low // SECONDS_STEP + 1) * SECONDS_STEP
    inner = range(first, high, SECONDS_STEP)
    return tuple(sorted({low, high, *inner}))


@dataclass(frozen=True, slots=True)
class Knob:
    """A number a plan may choose, and the values it may take."""

    low: int
    high: int
    values: tuple[int, ...]  # sorted, low and high included

    @staticmethod
    def seconds(span: tuple[int, int]) -> Knob:
        return Knob(span[0], span[1], seconds_values(*span))

    @staticmethod
    def count(span: tuple[int, int]) -> Knob:
        return Knob(span[0], span[1], tuple(range(span[0], span[1] + 1)))

    def nearest(self, fraction: float) -> int:
        """The value nearest `fraction` of the way from low to high (ties: the lower)."""
        aim = self.low + fraction * (self.high - self.low)
        return min(self.values, key=lambda v: (abs(v - aim), v))


Knobs = dict[str, Knob]


# One key per knob; ids are lowercase letters, digits and dashes, so these cannot clash.
def hold_key(e: Exercise) -> str:
    return f"{e.id}:hold"


def reps_key(e: Exercise) -> str:
    return f"{e.id}:reps"


def rep_hold_key(e: Exercise) -> str:
    return f"{e.id}:rep_hold"


def rounds_key(e: Exercise) -> str:
    return f"{e.id}:rounds"


def duration_key(e: Exercise) -> str:
    return f"{e.id}:duration"


def position_key(e: Exercise, p: Position) -> str:
    return f"{e.id}/{p.id}"


def make_knobs(routine: Routine, profile: Profile) -> Knobs:
    """Every knob of the routine with its range; 40plus raises stretches toward a minute,
    and lets one whose range reaches a minute go on to 90 s (the time must fit)."""

    def stretch(span: tuple[int, int]) -> Knob:
        low, high = span
        if profile == "40plus":
            low = min(high, max(low, LONG_HOLD_SECONDS))
            if high >= LONG_HOLD_SECONDS:
                high = max(high, LONGEST_40PLUS_HOLD)
        return Knob.seconds((low, high))

    knobs: Knobs = {}
    for e in routine.exercises():
        if isinstance(e, HoldExercise):
            knobs[hold_key(e)] = stretch(e.hold) if e.stretch else Knob.seconds(e.hold)
        elif isinstance(e, RepsExercise):
            knobs[reps_key(e)] = Knob.count(e.reps)
            if e.rep_hold:
                hold = stretch(e.rep_hold) if e.stretch else Knob.seconds(e.rep_hold)
                knobs[rep_hold_key(e)] = hold
        elif isinstance(e, PositionsExercise):
            for p in e.positions:
                knobs[position_key(e, p)] = stretch(p.hold) if p.stretch else Knob.seconds(p.hold)
        elif isinstance(e, BreathExercise):
            knobs[rounds_key(e)] = Knob.count(e.rounds)
        elif isinstance(e, WalkExercise):
            knobs[duration_key(e)] = Knob.seconds(e.duration)
    return knobs


@dataclass(frozen=True, slots=True)
class ShortHold:
    """A stretch a 40plus plan holds under a minute: its range stops short of one."""

    move: str  # 'Figure-four stretch', or 'Supine leg openers (knee out to the side)'
    seconds: int


def under_a_minute(
    routine: Routine, steps: tuple[Step, ...], profile: Profile
) -> tuple[ShortHold, ...]:
    """The stretches of a 40plus plan held under LONG_HOLD_SECONDS, once each, in plan order
    (make_knobs holds a stretch a minute wherever its range allows, so these are the ones
    whose range tops out below); () for the standard profile."""
    if profile != "40plus":
        return ()
    by_id = {e.id: e for e in routine.exercises()}
    found: dict[str, int] = {}
    for step in steps:
        e = by_id.get(step.exercise_id)
        seconds = None
        name = step.name
        if step.kind == "hold" and isinstance(e, HoldExercise) and e.stretch:
            seconds = step.seconds
        elif step.kind == "hold" and isinstance(e, PositionsExercise):
            position = next(p for p in e.positions if p.name == step.position)
            if position.stretch:
                seconds, name = step.seconds, f"{name} ({position.name.lower()})"
        elif step.kind == "reps" and isinstance(e, RepsExercise) and e.rep_hold and e.stretch:
            seconds = step.rep_hold
        if seconds is not None and seconds < LONG_HOLD_SECONDS:
            found.setdefault(name, seconds)
    return tuple(ShortHold(move, seconds) for move, seconds in found.items())
