"""Invariants every plan must keep, shared by example tests and property tests."""

from __future__ import annotations

import itertools
from collections import defaultdict

from postrun.models import (
    BreathExercise,
    HoldExercise,
    PositionsExercise,
    RepsExercise,
    WalkExercise,
)
from postrun.plan import LONG_HOLD_SECONDS, Plan, tolerance
from postrun.words import plan_note


def assert_plan_is_sound(plan: Plan) -> None:
    steps = plan.steps
    assert steps, "an empty plan"
    assert all(s.seconds > 0 for s in steps), "a zero or negative step"
    for before, after in itertools.pairwise(steps):
        assert after.start == before.end, "steps must be back to back"
    assert steps[0].start == 0
    _phases_kept_in_order(plan)
    _ranges_kept(plan)
    _sides_equal(plan)
    gap = abs(plan.total_seconds - plan.target_seconds)
    if plan_note(plan) is None:
        assert gap <= tolerance(plan.target_seconds), f"off by {gap} s without a note"
    else:
        assert gap > tolerance(plan.target_seconds)


def _phases_kept_in_order(plan: Plan) -> None:
    order = [e.id for e in plan.routine.exercises()]
    work = [s for s in plan.steps if s.exercise_id != "walk-first"]
    assert {s.phase_index for s in work} == set(range(plan.phase_count)), "a phase went missing"
    phase_indexes = [s.phase_index for s in work]
    assert phase_indexes == sorted(phase_indexes), "phases out of order"
    for phase in plan.routine.phases:
        # Within a phase done on both sides the block runs twice; each pass keeps order.
        seen = [s.exercise_id for s in work if s.phase_id == phase.id and s.kind != "switch"]
        passes = _split_passes(seen)
        for sequence in passes:
            positions = [order.index(x) for x in dict.fromkeys(sequence)]
            assert positions == sorted(positions), f"exercises out of order in {phase.id}"


def _split_passes(ids: list[str]) -> list[list[str]]:
    passes: list[list[str]] = [[]]
    for item in ids:
        if passes[-1] and item in passes[-1] and passes[-1][-1] != item:
            passes.append([])
        passes[-1].append(item)
    return passes


def _ranges_kept(plan: Plan) -> None:
    forty = plan.settings.profile == "40plus"
    by_id = {e.id: e for e in plan.routine.exercises()}
    for step in plan.steps:
        exercise = by_id.get(step.exercise_id)
        if exercise is None or step.kind in ("prepare", "switch"):
            continue
        if isinstance(exercise, HoldExercise):
            _within(step.seconds, exercise.hold, forty and exercise.stretch)
        elif isinstance(exercise, PositionsExercise):
            position = next(p for p in exercise.positions if p.name == step.position)
            _within(step.seconds, position.hold, forty and position.stretch)
        elif isinstance(exercise, RepsExercise):
            assert step.reps is not None
            _within(step.reps, exercise.reps, False)
        elif isinstance(exercise, BreathExercise):
            assert step.reps is not None
            _within(step.reps, exercise.rounds, False)
            assert step.seconds == step.reps * exercise.round_seconds
        elif isinstance(exercise, WalkExercise):
            _within(step.seconds, exercise.duration, False)


def _within(value: int, span: tuple[int, int], long_holds: bool) -> None:
    low, high = span
    assert low <= value <= high, f"{value} outside {span}"
    if long_holds:
        assert value >= min(high, LONG_HOLD_SECONDS), f"40+ hold of {value} s in {span}"


def _sides_equal(plan: Plan) -> None:
    seconds: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for step in plan.steps:
        if step.side != "none" and step.kind not in ("prepare", "switch"):
            seconds[(step.exercise_id, step.position)][step.side] += step.seconds
    for key, sides in seconds.items():
        assert sides["left"] == sides["right"], (
            f"{key}: left {sides['left']} right {sides['right']}"
        )
