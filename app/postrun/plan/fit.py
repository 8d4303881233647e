"""Routine + minutes + settings -> Plan: every step with exact whole seconds.

`choose` decides what is in (see its docstring for the objective); here the kept knobs are
set to add up to the chosen total exactly, as evenly placed in their ranges as they can
be, and the Plan records the facts a note is made of: what was left out, the shortest and
longest the routine can be. The walk first is extra time, before the minutes asked for.
The planner knows nothing of time passing: that is the engine's job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from postrun.models import HoldExercise, PositionsExercise, Routine
from postrun.plan.choose import choose
from postrun.plan.costs import least_per_phase, shape_layout
from postrun.plan.drafts import WALK_FIRST, Shape, make_drafts, resolve
from postrun.plan.even import even_values
from postrun.plan.knobs import ShortHold, make_knobs, under_a_minute
from postrun.plan.steps import PlanSettings, Step

if TYPE_CHECKING:
    from postrun.plan.composer import Request

MIN_MINUTES, MAX_MINUTES = 3, 60
MINUTES = range(MIN_MINUTES, MAX_MINUTES + 1)  # the lengths a session may be asked for


def check_minutes(minutes: int) -> int:
    """`minutes`, if a session may be that long; else a ValueError that says the range."""
    if minutes not in MINUTES:
        raise ValueError(f"minutes must be {MIN_MINUTES}-{MAX_MINUTES}, got {minutes}")
    return minutes


def tolerance(target_seconds: int) -> int:
    """How far from the minutes asked for a plan may land and still be on time."""
    return max(10, math.ceil(target_seconds * 0.03))


@dataclass(frozen=True, slots=True)
class LeftOut:
    """What a plan leaves out of its routine (facts: `words.left_out` phrases them)."""

    phases: tuple[str, ...] = ()  # titles of phases with no move kept
    moves: tuple[str, ...] = ()  # names of the moves left out
    positions: tuple[tuple[str, str], ...] = ()  # (move, position) of moves kept
    rounds: tuple[tuple[str, int, int], ...] = ()  # (move, rounds kept, rounds it offers)

    def __bool__(self) -> bool:
        return bool(self.moves or self.positions or self.rounds)


@dataclass(frozen=True, slots=True)
class Plan:
    """A routine fitted to the minutes asked for: every step with its exact seconds."""

    routine: Routine
    minutes: int
    settings: PlanSettings
    steps: tuple[Step, ...]
    left_out: LeftOut = LeftOut()
    shortest_seconds: int = 0  # of stretching: the least any plan of this routine can be
    longest_seconds: int = 0  # of stretching: every move in, at its longest
    request: Request | None = None  # what a composed plan was made from (`compose`)
    under_a_minute: tuple[ShortHold, ...] = ()  # 40plus stretches whose range stops short

    @property
    def target_seconds(self) -> int:
        """The stretching asked for (a walk first comes on top)."""
        return self.minutes * 60

    @property
    def total_seconds(self) -> int:
        """The whole session, walk first included."""
        return self.steps[-1].end if self.steps else 0

    @property
    def walk_seconds(self) -> int:
        return sum(s.seconds for s in self.steps if s.exercise_id == WALK_FIRST)

    @property
    def stretch_seconds(self) -> int:
        return self.total_seconds - self.walk_seconds

    @property
    def phase_count(self) -> int:
        return len(self.routine.phases)

    @property
    def dropped(self) -> tuple[str, ...]:
        """The names of the moves left out."""
        return self.left_out.moves

    @property
    def fingerprint(self) -> str:
        """Names this plan, step by step: a changed routine file, setting or planner that
        changes any step changes it (a session stopped part way resumes only the same plan)."""
        from hashlib import sha256

        made = repr((self.routine.id, self.minutes, self.settings, self.steps))
        return sha256(made.encode()).hexdigest()[:16]

    @property
    def on_time(self) -> bool:
        """The stretching lands within tolerance of the minutes asked for."""
        return abs(self.stretch_seconds - self.target_seconds) <= tolerance(self.target_seconds)


def make_plan(routine: Routine, minutes: int, settings: PlanSettings | None = None) -> Plan:
    """The best plan for `minutes` of stretching (`words.plan_note` says why it misses)."""
    check_minutes(minutes)
    settings = settings or PlanSettings()
    target = minutes * 60
    knobs = make_knobs(routine, settings.profile)
    choice = choose(routine, target, tolerance(target), settings, knobs)
    layout = shape_layout(routine, choice.shape, settings, knobs)
    values = even_values(layout.parts, choice.total - layout.fixed, knobs)
    steps = resolve(make_drafts(routine, choice.shape, settings), values)
    plan = Plan(
        routine=routine,
        minutes=minutes,
        settings=settings,
        steps=steps,
        left_out=left_out(routine, choice.shape),
        shortest_seconds=choice.shortest,
        longest_seconds=choice.longest,
        under_a_minute=under_a_minute(routine, steps, settings.profile),
    )
    if plan.stretch_seconds != choice.total:
        raise AssertionError(f"steps add up to {plan.stretch_seconds}, not {choice.total}")
    return plan


def duration_range(routine: Routine, settings: PlanSettings | None = None) -> tuple[int, int]:
    """The shortest session with every phase in, and the longest, in seconds of stretching."""
    settings = settings or PlanSettings()
    knobs = make_knobs(routine, settings.profile)
    longest = shape_layout(routine, Shape.full(routine), settings, knobs).most
    return sum(least_per_phase(routine, settings, knobs)), longest


def left_out(routine: Routine, shape: Shape) -> LeftOut:
    phases = tuple(
        p.title for p in routine.phases if not any(e.id in shape.rounds for e in p.exercises)
    )
    moves, positions, rounds = [], [], []
    for e in routine.exercises():
        if e.id not in shape.rounds:
            moves.append(e.name)
        elif isinstance(e, PositionsExercise):
            positions += [(e.name, p.name) for p in e.positions if p not in shape.kept_positions(e)]
        elif isinstance(e, HoldExercise) and shape.rounds[e.id] < e.rounds[1]:
            rounds.append((e.name, shape.rounds[e.id], e.rounds[1]))
    return LeftOut(phases, tuple(moves), tuple(positions), tuple(rounds))
