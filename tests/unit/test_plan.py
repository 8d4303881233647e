"""The planner: bundled routines at 5, 10 and 15 minutes, and properties over any routine."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postrun.models import Routine
from postrun.plan import PROFILES, PlanSettings, make_plan, tolerance
from postrun.words import plan_note

from ..plan_checks import assert_plan_is_sound


@pytest.mark.parametrize("minutes", [5, 10, 15])
@pytest.mark.parametrize("profile", PROFILES)
def test_every_bundled_routine_fits_or_says_why(routines, minutes, profile):
    for routine in routines.values():
        plan = make_plan(routine, minutes, PlanSettings(profile=profile))
        assert_plan_is_sound(plan)


@pytest.mark.parametrize("minutes", [5, 10, 15])
def test_post_run_reset_lands_on_time_with_all_three_phases(cli, minutes):
    result = cli("plan", "--routine", "post-run-reset", "--minutes", str(minutes), "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["target_seconds"] == minutes * 60
    assert abs(data["total_seconds"] - minutes * 60) <= tolerance(minutes * 60)
    assert data["note"] is None
    assert {s["phase"] for s in data["steps"]} == {"lower-chain", "hips", "decompress"}
    work = [s for s in data["steps"] if s["kind"] not in ("prepare", "switch")]
    left = sum(s["seconds"] for s in work if s["side"] == "left")
    right = sum(s["seconds"] for s in work if s["side"] == "right")
    assert left == right > 0
    assert set(data["steps"][0]) == {
        "kind",
        "phase",
        "exercise",
        "name",
        "side",
        "position",
        "seconds",
        "reps",
        "start",
    }


def test_a_five_minute_session_drops_optional_moves_latest_first(routines):
    plan = make_plan(routines["post-run-reset"], 5)
    assert plan.dropped == (
        "Hamstring nerve glide",
        "Happy baby",
        "Standing wall lunge with chest opener",
    )
    assert plan_note(plan) is None


def test_the_40plus_profile_holds_a_full_minute(routines):
    plan = make_plan(routines["five-key-stretches"], 15, PlanSettings(profile="40plus"))
    holds = [s.seconds for s in plan.steps if s.kind == "hold"]
    assert holds and all(seconds == 60 for seconds in holds)


def test_an_unreachable_length_returns_the_closest_plan_and_a_note(routines):
    plan = make_plan(routines["breathe-down"], 15)
    note = plan_note(plan)
    assert note is not None and "short of 15 minutes" in note
    assert plan.total_seconds < 15 * 60


def test_a_walk_first_counts_in_the_total(routines):
    plan = make_plan(routines["post-run-reset"], 15, PlanSettings(walk_minutes=5))
    assert plan.steps[0].kind == "walk" and plan.steps[0].seconds == 300
    assert abs(plan.total_seconds - 900) <= tolerance(900)


def test_multi_position_holds_run_through_one_side_then_the_other(routines):
    plan = make_plan(routines["post-run-reset"], 10)
    openers = [
        (s.kind, s.side, s.position) for s in plan.steps if s.exercise_id == "supine-leg-openers"
    ]
    assert openers == [
        ("prepare", "left", None),
        ("hold", "left", "Knee to chest"),
        ("hold", "left", "Knee out to the side"),
        ("hold", "left", "Knee across the body"),
        ("switch", "right", None),
        ("hold", "right", "Knee to chest"),
        ("hold", "right", "Knee out to the side"),
        ("hold", "right", "Knee across the body"),
    ]
    child = [
        (s.kind, s.side, s.position) for s in plan.steps if s.exercise_id == "child-pose-side-reach"
    ]
    assert child == [
        ("prepare", "none", None),
        ("hold", "none", "Centre"),
        ("hold", "left", "Stretch this side, reach the other way"),
        ("switch", "right", None),
        ("hold", "right", "Stretch this side, reach the other way"),
    ]


def test_a_phase_on_both_sides_repeats_its_whole_block(routines):
    plan = make_plan(routines["long-run-yoga"], 15)
    flow = [s for s in plan.steps if s.phase_id == "one-leg-flow" and s.kind == "hold"]
    half = len(flow) // 2
    assert [s.exercise_id for s in flow[:half]] == [s.exercise_id for s in flow[half:]]
    assert {s.side for s in flow[:half]} == {"left"} and {s.side for s in flow[half:]} == {"right"}


@pytest.mark.parametrize("minutes", range(3, 61))
def test_any_whole_number_of_minutes_works(routines, minutes):
    plan = make_plan(routines["long-run-yoga"], minutes)
    assert_plan_is_sound(plan)


def test_plan_text_shows_phases_and_the_total(cli):
    result = cli("plan", "--routine", "post-run-reset", "--minutes", "10")
    assert "1. Restore the lower chain" in result.out
    assert "Total 10:00 for a 10:00 target" in result.out


@pytest.mark.parametrize(
    "args",
    [("--routine", "nope"), ("--minutes", "2"), ("--minutes", "ten"), ("--profile", "old")],
)
def test_bad_plan_arguments_are_usage_errors(cli, args):
    result = cli("plan", *args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1


# ---- properties over generated routines ---------------------------------------------------

spans = st.tuples(st.integers(1, 90), st.integers(0, 60)).map(lambda t: [t[0], t[0] + t[1]])
small_spans = st.tuples(st.integers(1, 12), st.integers(0, 8)).map(lambda t: [t[0], t[0] + t[1]])


@st.composite
def exercises(draw: st.DrawFn, index: int, sided_phase: bool) -> dict[str, object]:
    kind = draw(st.sampled_from(["hold", "reps", "positions", "breath", "walk"]))
    data: dict[str, object] = {
        "id": f"e{index}",
        "name": f"Move {index}",
        "kind": kind,
        "steps": ["Do it."],
        "why": "Because.",
        "priority": draw(st.sampled_from(["core", "optional"])),
        "sides": "none" if sided_phase else draw(st.sampled_from(["none", "both"])),
    }
    if kind == "hold":
        data |= {"hold": draw(spans), "rounds": draw(st.sampled_from([[1, 1], [1, 2], [1, 3]]))}
    elif kind == "reps":
        data |= {"reps": draw(small_spans), "tempo": draw(st.sampled_from([1, 1.5, 2, 4]))}
        if draw(st.booleans()):
            data["rep_hold"] = draw(small_spans)
    elif kind == "positions":
        count = draw(st.integers(1, 3))
        data["positions"] = [
            {
                "id": f"p{i}",
                "name": f"Position {i}",
                "hold": draw(spans),
                "sided": draw(st.booleans()),
                "optional": draw(st.booleans()),
            }
            for i in range(count)
        ]
    elif kind == "breath":
        data |= {
            "pattern": [["in", 4], ["out", draw(st.integers(2, 8))]],
            "rounds": draw(small_spans),
        }
    else:
        data["duration"] = draw(spans)
    return data


@st.composite
def routines_strategy(draw: st.DrawFn) -> Routine:
    phases = []
    counter = 0
    for p in range(draw(st.integers(1, 4))):
        sided = draw(st.booleans())
        moves = []
        for _ in range(draw(st.integers(1, 4))):
            moves.append(draw(exercises(counter, sided)))
            counter += 1
        phases.append(
            {
                "id": f"p{p}",
                "title": "P",
                "intent": "I",
                "sides": "both" if sided else "none",
                "exercises": moves,
            }
        )
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


plan_settings = st.builds(
    PlanSettings,
    profile=st.sampled_from(PROFILES),
    prepare_seconds=st.integers(0, 10),
    switch_seconds=st.integers(1, 10),
    walk_minutes=st.sampled_from([0, 0, 0, 2]),
)


@settings(max_examples=150, deadline=None)
@given(routine=routines_strategy(), minutes=st.integers(3, 60), plan_settings=plan_settings)
def test_any_plan_keeps_its_invariants(routine, minutes, plan_settings):
    plan = make_plan(routine, minutes, plan_settings)
    assert_plan_is_sound(plan)
    assert make_plan(routine, minutes, plan_settings) == plan, "not deterministic"
