"""Routine + minutes + settings -> Plan: every step with exact whole seconds.

Fitting is deterministic and explainable, in this order:
1. every phase stays, in order, with at least one exercise;
2. while even the shortest holds overshoot: drop optional exercises (latest first),
   then extra rounds (latest first), then optional positions;
3. scale holds, rep counts, breaths and walks evenly inside their ranges, then nudge
   them one unit at a time to land on the target.
The planner knows nothing of time passing: that is the engine's job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from postrun.models import Routine
from postrun.plan.drafts import Draft, Knobs, Shape, Values, make_drafts, make_knobs, total
from postrun.plan.steps import PlanSettings, Step

MIN_MINUTES, MAX_MINUTES = 3, 60
MINUTES = range(MIN_MINUTES, MAX_MINUTES + 1)  # the lengths a session may be asked for


def check_minutes(minutes: int) -> int:
    """`minutes`, if a session may be that long; else a ValueError that says the range."""
    if minutes not in MINUTES:
        raise ValueError(f"minutes must be {MIN_MINUTES}-{MAX_MINUTES}, got {minutes}")
    return minutes


@dataclass(frozen=True)
class Plan:
    routine: Routine
    minutes: int
    settings: PlanSettings
    steps: tuple[Step, ...]
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

    @property
    def on_time(self) -> bool:
        """Within tolerance of the minutes asked for."""
        return abs(self.total_seconds - self.target_seconds) <= tolerance(self.target_seconds)


def tolerance(target_seconds: int) -> int:
    return max(10, math.ceil(target_seconds * 0.03))


def make_plan(routine: Routine, minutes: int, settings: PlanSettings | None = None) -> Plan:
    """The plan closest to `minutes` (`words.plan_note` says why when it cannot reach them)."""
    check_minutes(minutes)
    settings = settings or PlanSettings()
    target = minutes * 60
    knobs = make_knobs(routine, settings.profile)
    lows = {key: low for key, (low, _) in knobs.items()}
    shape, larger = Shape.full(routine), None
    while total(make_drafts(routine, shape, settings), lows) > target:
        smaller = shape.reduce(routine)
        if smaller is None:
            break
        shape, larger = smaller, shape
    # The last cut can overshoot; the shape before it may land closer.
    candidates = [_fitted(routine, s, settings, knobs, target) for s in (shape, larger) if s]
    shape, steps = min(candidates, key=lambda c: abs(c[1][-1].end - target))
    return Plan(
        routine=routine,
        minutes=minutes,
        settings=settings,
        steps=steps,
        dropped=shape.dropped_names(routine),
    )


def duration_range(routine: Routine, settings: PlanSettings | None = None) -> tuple[int, int]:
    """The shortest and longest session (seconds) this routine can make."""
    settings = settings or PlanSettings()
    knobs = make_knobs(routine, settings.profile)
    shortest = Shape.full(routine)
    while (smaller := shortest.reduce(routine)) is not None:
        shortest = smaller
    lows = {k: lo for k, (lo, _) in knobs.items()}
    highs = {k: hi for k, (_, hi) in knobs.items()}
    low = total(make_drafts(routine, shortest, settings), lows)
    high = total(make_drafts(routine, Shape.full(routine), settings), highs)
    return low, high


def _fitted(
    routine: Routine, shape: Shape, settings: PlanSettings, knobs: Knobs, target: int
) -> tuple[Shape, tuple[Step, ...]]:
    drafts = make_drafts(routine, shape, settings)
    used = {key: knobs[key] for d in drafts for key in d.knobs}
    return shape, _resolve(drafts, _fit(used, drafts, target))


def _fit(knobs: Knobs, drafts: list[Draft], target: int) -> dict[str, int]:
    def at(t: float) -> dict[str, int]:
        return {k: lo + math.floor(t * (hi - lo) + 0.5) for k, (lo, hi) in knobs.items()}

    low, high = 0.0, 1.0
    if total(drafts, at(low)) >= target:
        return at(low)
    if total(drafts, at(high)) <= target:
        return at(high)
    for _ in range(30):
        mid = (low + high) / 2
        if total(drafts, at(mid)) < target:
            low = mid
        else:
            high = mid
    below, above = at(low), at(high)
    values = below if target - total(drafts, below) <= total(drafts, above) - target else above
    # Nudge one unit at a time, round-robin over the knobs, so no single move soaks it up.
    diff = target - total(drafts, values)
    improved = True
    while diff and improved:
        improved = False
        for key, (lo, hi) in knobs.items():
            candidate = values[key] + (1 if diff > 0 else -1)
            if not lo <= candidate <= hi:
                continue
            trial = values | {key: candidate}
            trial_diff = target - total(drafts, trial)
            if abs(trial_diff) < abs(diff):
                values, diff, improved = trial, trial_diff, True
                if not diff:
                    break
    return values


def _resolve(drafts: list[Draft], values: Values) -> tuple[Step, ...]:
    steps: list[Step] = []
    start = 0
    for d in drafts:
        seconds = d.seconds(values)
        reps = d.reps(values) if d.reps else None
        rep_seconds = seconds / reps if reps else None
        step = replace(d.step, seconds=seconds, start=start, reps=reps, rep_seconds=rep_seconds)
        steps.append(step)
        start += seconds
    return tuple(steps)
