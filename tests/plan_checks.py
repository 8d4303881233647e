"""Invariants every plan must keep, shared by example tests and property tests.

The facts behind a note (the shortest and longest a routine can be) are worked out here
again from the steps the planner builds, not from its cost arithmetic, and
`assert_plan_is_best` compares a plan with every choice a small routine allows.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace

from postrun.models import (
    BreathExercise,
    Exercise,
    HoldExercise,
    PositionsExercise,
    RepsExercise,
    WalkExercise,
)
from postrun.plan import (
    LONG_HOLD_SECONDS,
    LONGEST_40PLUS_HOLD,
    WALK_FIRST,
    Plan,
    seconds_values,
    tolerance,
)
from postrun.plan.drafts import Shape, make_drafts, resolve
from postrun.plan.knobs import make_knobs
from postrun.words import left_out, plan_note

RANK = {"core": 0, "extra": 1, "optional": 2}


def assert_plan_is_sound(plan: Plan) -> None:
    steps = plan.steps
    assert steps, "an empty plan"
    assert all(s.seconds > 0 for s in steps), "a zero or negative step"
    for before, after in itertools.pairwise(steps):
        assert after.start == before.end, "steps must be back to back"
    assert steps[0].start == 0
    walk = plan.settings.walk_minutes * 60
    assert plan.walk_seconds == walk, "the walk first is extra time, exactly as asked"
    if walk:
        assert steps[0].exercise_id == WALK_FIRST and steps[0].seconds == walk
    _phases_kept_in_order(plan)
    _ranges_kept(plan)
    _sides_equal(plan)
    _left_out_is_true(plan)
    _note_is_true(plan)


def _work(plan: Plan) -> list:
    return [s for s in plan.steps if s.exercise_id != WALK_FIRST]


def _phases_kept_in_order(plan: Plan) -> None:
    order = [e.id for e in plan.routine.exercises()]
    work = _work(plan)
    phase_indexes = [s.phase_index for s in work]
    assert phase_indexes == sorted(phase_indexes), "phases out of order"
    for phase in plan.routine.phases:
        # Within a phase done on both sides the block runs twice; each pass keeps order.
        seen = [s.exercise_id for s in work if s.phase_id == phase.id and s.kind != "switch"]
        for sequence in _split_passes(seen):
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
    """Every number inside its range; seconds on the 5 s grid (or a range's own ends)."""
    forty = plan.settings.profile == "40plus"
    by_id = {e.id: e for e in plan.routine.exercises()}
    for step in _work(plan):
        exercise = by_id[step.exercise_id]
        if step.kind in ("prepare", "switch"):
            continue
        if isinstance(exercise, HoldExercise):
            _seconds_within(step.seconds, exercise.hold, forty and exercise.stretch)
            assert step.rounds <= exercise.rounds[1] and step.rounds >= exercise.rounds[0]
        elif isinstance(exercise, PositionsExercise):
            position = next(p for p in exercise.positions if p.name == step.position)
            _seconds_within(step.seconds, position.hold, forty and position.stretch)
        elif isinstance(exercise, RepsExercise):
            assert step.reps is not None
            _within(step.reps, exercise.reps)
            assert step.unit == exercise.rep_word
            if exercise.rep_hold:
                assert step.rep_hold is not None
                _seconds_within(step.rep_hold, exercise.rep_hold, forty and exercise.stretch)
            else:
                assert step.rep_hold is None
        elif isinstance(exercise, BreathExercise):
            assert step.reps is not None
            _within(step.reps, exercise.rounds)
            assert step.seconds == step.reps * exercise.round_seconds
        elif isinstance(exercise, WalkExercise):
            _seconds_within(step.seconds, exercise.duration, False)


def _within(value: int, span: tuple[int, int]) -> None:
    assert span[0] <= value <= span[1], f"{value} outside {span}"


def _seconds_within(value: int, span: tuple[int, int], long_hold: bool) -> None:
    low, high = span
    if long_hold:
        low = min(high, max(low, LONG_HOLD_SECONDS))
        if high >= LONG_HOLD_SECONDS:  # a stretch that reaches a minute may go on to 90 s
            high = max(high, LONGEST_40PLUS_HOLD)
    _within(value, (low, high))
    assert value in (low, high) or value % 5 == 0, f"{value} s: not a multiple of 5 in {span}"
    assert value in seconds_values(low, high)


def _sides_equal(plan: Plan) -> None:
    seconds: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for step in plan.steps:
        if step.side != "none" and step.kind not in ("prepare", "switch"):
            seconds[(step.exercise_id, step.position)][step.side] += step.seconds
    for key, sides in seconds.items():
        assert sides["left"] == sides["right"], (
            f"{key}: left {sides['left']} right {sides['right']}"
        )


def kept_shape(plan: Plan) -> Shape:
    """What the plan's steps keep, read back from them."""
    rounds = {s.exercise_id: s.rounds for s in _work(plan) if s.kind != "switch"}
    positions = {
        (e.id, p.id)
        for e in plan.routine.exercises()
        if isinstance(e, PositionsExercise)
        for p in e.positions
        if any(s.exercise_id == e.id and s.position == p.name for s in plan.steps)
    }
    return Shape(rounds, frozenset(positions))


def _left_out_is_true(plan: Plan) -> None:
    shape, out, routine = kept_shape(plan), plan.left_out, plan.routine
    assert out.moves == tuple(e.name for e in routine.exercises() if e.id not in shape.rounds)
    assert out.phases == tuple(
        p.title for p in routine.phases if not any(e.id in shape.rounds for e in p.exercises)
    )
    positions = tuple(
        (e.name, p.name)
        for e in routine.exercises()
        if isinstance(e, PositionsExercise) and e.id in shape.rounds
        for p in e.positions
        if (e.id, p.id) not in shape.positions
    )
    assert out.positions == positions
    rounds = tuple(
        (e.name, shape.rounds[e.id], e.rounds[1])
        for e in routine.exercises()
        if isinstance(e, HoldExercise) and e.id in shape.rounds and shape.rounds[e.id] < e.rounds[1]
    )
    assert out.rounds == rounds
    assert (left_out(plan) is None) == (not out)


def _stretching(plan: Plan, shapes: list[Shape], at: str) -> list[int]:
    """The seconds each shape takes with every knob at its low or high end, from its steps."""
    settings = replace(plan.settings, walk_minutes=0)
    knobs = make_knobs(plan.routine, settings.profile)
    values = {k: (knob.low if at == "low" else knob.high) for k, knob in knobs.items()}
    return [resolve(make_drafts(plan.routine, s, settings), values)[-1].end for s in shapes]


def _single_moves(plan: Plan) -> list[Shape]:
    shapes = []
    for e in plan.routine.exercises():
        if isinstance(e, PositionsExercise):
            shapes += [Shape({e.id: 1}, frozenset({(e.id, p.id)})) for p in e.positions]
        else:
            shapes.append(Shape({e.id: e.rounds[0] if isinstance(e, HoldExercise) else 1}))
    return shapes


def _note_is_true(plan: Plan) -> None:
    longest = _stretching(plan, [Shape.full(plan.routine)], "high")[0]
    shortest = min(_stretching(plan, _single_moves(plan), "low"))
    assert (plan.longest_seconds, plan.shortest_seconds) == (longest, shortest)
    gap = plan.stretch_seconds - plan.target_seconds
    note = plan_note(plan)
    if note is None:
        assert abs(gap) <= tolerance(plan.target_seconds), f"off by {gap} s without a note"
        return
    assert abs(gap) > tolerance(plan.target_seconds), "a note on a plan that is on time"
    if "at most" in note:
        assert gap < 0 and plan.stretch_seconds == longest, note
    elif "at least" in note:
        assert gap > 0 and plan.stretch_seconds == shortest, note
    else:
        assert "nearest" in note and shortest <= plan.stretch_seconds <= longest, note


# ---- the best plan, by trying every choice (small routines only) -----------------------


def _forms(e: Exercise) -> list[tuple[int, frozenset[str]] | None]:
    """Every way a move can be in a plan (rounds, positions kept), or left out."""
    if isinstance(e, PositionsExercise):
        ids = [p.id for p in e.positions]
        subsets = [
            frozenset(c) for n in range(1, len(ids) + 1) for c in itertools.combinations(ids, n)
        ]
        return [None, *((1, s) for s in subsets)]
    low, high = e.rounds if isinstance(e, HoldExercise) else (1, 1)
    return [None, *((r, frozenset()) for r in range(low, high + 1))]


def _reach(plan: Plan, shape: Shape) -> set[int]:
    settings = replace(plan.settings, walk_minutes=0)
    knobs = make_knobs(plan.routine, settings.profile)
    groups: dict[tuple[str, ...], list] = defaultdict(list)
    for draft in make_drafts(plan.routine, shape, settings):
        groups[draft.knobs].append(draft)
    totals = {0}
    for keys, drafts in groups.items():
        sums = set()
        for chosen in itertools.product(*(knobs[k].values for k in keys)):
            values = dict(zip(keys, chosen, strict=True))
            sums.add(sum(d.seconds(values) for d in drafts))
        totals = {t + s for t in totals for s in sums}
    return totals


def _value(plan: Plan, shape: Shape) -> tuple[object, ...]:
    counts = [0, 0, 0, 0]  # core, extra, optional, rounds
    mask: list[int] = []
    for e in plan.routine.exercises():
        if isinstance(e, PositionsExercise):
            for p in e.positions:
                kept = (e.id, p.id) in shape.positions
                mask.append(int(kept))
                counts[max(RANK[e.priority], RANK[p.priority])] += kept
            continue
        kept = e.id in shape.rounds
        mask.append(int(kept))
        counts[RANK[e.priority]] += kept
        if isinstance(e, HoldExercise):
            extra = shape.rounds[e.id] - e.rounds[0] if kept else 0
            mask += [int(n < extra) for n in range(e.rounds[1] - e.rounds[0])]
            counts[3] += extra
    phases = sum(any(e.id in shape.rounds for e in p.exercises) for p in plan.routine.phases)
    return (phases, *counts, tuple(mask))


def assert_plan_is_best(plan: Plan) -> None:
    """No other choice of moves, positions and rounds beats the plan's (choose's objective)."""
    target, tol = plan.target_seconds, tolerance(plan.target_seconds)
    exercises = plan.routine.exercises()
    best: tuple[object, ...] | None = None
    for forms in itertools.product(*(_forms(e) for e in exercises)):
        kept = [(e, f) for e, f in zip(exercises, forms, strict=True) if f is not None]
        if not kept:
            continue
        shape = Shape(
            {e.id: f[0] for e, f in kept},
            frozenset((e.id, p) for e, f in kept for p in f[1]),
        )
        for total in _reach(plan, shape):
            miss = max(0, target - tol - total, total - target - tol)
            key = (-miss, _value(plan, shape), -abs(total - target), -total)
            if best is None or key > best:
                best = key
    mine = plan.stretch_seconds
    miss = max(0, target - tol - mine, mine - target - tol)
    assert best == (-miss, _value(plan, kept_shape(plan)), -abs(mine - target), -mine)
