"""Properties of the planner over generated routines, at every length from 3 to 60."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from postrun.models import Routine
from postrun.plan import MINUTES, PROFILES, PlanSettings, make_plan

from ..plan_checks import assert_plan_is_best, assert_plan_is_sound

PRIORITIES = ["core", "extra", "optional"]
spans = st.tuples(st.integers(1, 90), st.integers(0, 60)).map(lambda t: [t[0], t[0] + t[1]])
small_spans = st.tuples(st.integers(1, 12), st.integers(0, 8)).map(lambda t: [t[0], t[0] + t[1]])


@st.composite
def exercises(
    draw: st.DrawFn, index: int, sided_phase: bool, positions: int = 3, rounds: int = 3
) -> dict[str, object]:
    kind = draw(st.sampled_from(["hold", "reps", "positions", "breath", "walk"]))
    data: dict[str, object] = {
        "id": f"e{index}",
        "name": f"Move {index}",
        "kind": kind,
        "steps": ["Do it."],
        "why": "Because.",
        "priority": draw(st.sampled_from(PRIORITIES)),
        "sides": "none" if sided_phase else draw(st.sampled_from(["none", "both"])),
    }
    if kind == "hold":
        data |= {"hold": draw(spans), "rounds": [1, draw(st.integers(1, rounds))]}
        data["stretch"] = draw(st.booleans())
    elif kind == "reps":
        data |= {"reps": draw(small_spans), "tempo": draw(st.sampled_from([1, 1.5, 2, 4]))}
        if draw(st.booleans()):
            data["rep_hold"] = draw(small_spans)
    elif kind == "positions":
        data["positions"] = [
            {
                "id": f"p{i}",
                "name": f"Position {i}",
                "hold": draw(spans),
                "sided": draw(st.booleans()),
                "priority": draw(st.sampled_from(PRIORITIES)),
            }
            for i in range(draw(st.integers(1, positions)))
        ]
    elif kind == "breath":
        data |= {
            "pattern": [["in", 4], ["out", draw(st.integers(2, 8))]],
            "rounds": draw(small_spans),
        }
    else:
        data["duration"] = draw(spans)
    return data


def build(phases: list[Any]) -> Routine:
    return Routine.model_validate(
        {
            "id": "generated",
            "title": "Generated",
            "summary": "S",
            "focus": ["x"],
            "source": {"title": "T", "publisher": "P"},
            "phases": phases,
        }
    )


@st.composite
def routines_strategy(
    draw: st.DrawFn, phases: int = 4, moves: int = 4, positions: int = 3, rounds: int = 3
) -> Routine:
    out, counter = [], 0
    for p in range(draw(st.integers(1, phases))):
        sided = draw(st.booleans())
        items = []
        for _ in range(draw(st.integers(1, moves))):
            items.append(draw(exercises(counter, sided, positions, rounds)))
            counter += 1
        out.append(
            {
                "id": f"p{p}",
                "title": f"Phase {p}",
                "intent": "I",
                "sides": "both" if sided else "none",
                "exercises": items,
            }
        )
    return build(out)


plan_settings = st.builds(
    PlanSettings,
    profile=st.sampled_from(PROFILES),
    prepare_seconds=st.integers(0, 10),
    switch_seconds=st.integers(0, 10),
    walk_minutes=st.sampled_from([0, 0, 0, 2]),
)


@settings(max_examples=200, deadline=None)
@given(routine=routines_strategy(), minutes=st.sampled_from(MINUTES), plan_settings=plan_settings)
def test_any_plan_keeps_its_invariants(routine, minutes, plan_settings):
    """On time or a true note; sides equal; numbers in range and on the 5 s grid;
    what is left out is said; deterministic."""
    plan = make_plan(routine, minutes, plan_settings)
    assert_plan_is_sound(plan)
    assert make_plan(routine, minutes, plan_settings) == plan, "not deterministic"


@settings(max_examples=120, deadline=None)
@given(
    routine=routines_strategy(phases=3, moves=2, positions=2, rounds=2),
    minutes=st.integers(3, 8),
    plan_settings=plan_settings,
)
def test_small_plans_are_the_best_choice_there_is(routine, minutes, plan_settings):
    """Against every choice of moves, positions and rounds: the plan lands if any choice
    can, keeps the most phases, then core, extra, optional units, then rounds."""
    if len(routine.exercises()) > 4:
        return
    plan = make_plan(routine, minutes, plan_settings)
    assert_plan_is_sound(plan)
    assert_plan_is_best(plan)


def _big_routine(moves: int, seed: int = 14) -> Routine:
    """A user routine of `moves` moves over 30 phases, every kind and priority."""
    rng = random.Random(seed)
    phases: list[dict[str, object]] = [
        {"id": f"p{n}", "title": f"Phase {n}", "intent": "I", "exercises": []} for n in range(30)
    ]
    for i in range(moves):
        move: dict[str, object] = {
            "id": f"m{i}",
            "name": f"Move {i}",
            "steps": ["Do it."],
            "why": "Because.",
            "priority": rng.choice(PRIORITIES),
            "sides": rng.choice(["none", "both"]),
        }
        kind = ["hold", "reps", "positions", "breath"][i % 4]
        low = rng.randint(10, 60)
        if kind == "hold":
            move |= {"kind": kind, "hold": [low, low + 30], "rounds": [1, rng.randint(1, 3)]}
        elif kind == "reps":
            move |= {"kind": kind, "reps": [5, 10], "tempo": 3, "rep_hold": [0 + 5, 10]}
        elif kind == "positions":
            move |= {
                "kind": kind,
                "positions": [
                    {"id": f"q{j}", "name": f"Q{j}", "hold": [low, 60], "sided": j != 1}
                    for j in range(3)
                ],
            }
        else:
            move |= {"kind": kind, "pattern": [["in", 4], ["out", 6]], "rounds": [3, 8]}
        phases[i % 30]["exercises"].append(move)  # type: ignore[attr-defined]
    return build(phases)


def test_a_1500_move_routine_plans_correctly():
    """Today's planner took minutes here (`Shape.rounds_of` was quadratic); the timing is
    in bench/run.py, this checks the plan is right."""
    routine = _big_routine(1500)
    for minutes, settings_ in ((10, PlanSettings(profile="40plus")), (60, PlanSettings())):
        plan = make_plan(routine, minutes, settings_)
        assert_plan_is_sound(plan)
        assert plan.on_time
        assert len(plan.left_out.moves) > 1000
        # 30 phases of moves of 20 s and more: 10 minutes cannot keep one of each.
        assert bool(plan.left_out.phases) == (minutes == 10)
