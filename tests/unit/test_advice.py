"""The articles' advice where the runner looks (issue 26, defect 1): each move's cautions
on its get-into-position step, the routine's on the first, said once by the voice, and
`--plain` printing the credit, each move's steps and every caution."""

from __future__ import annotations

import pytest

from postrun.plan import PlanSettings, make_plan
from postrun.sound.script import script
from postrun.words import cautions_at, credit

from ..advice_checks import BUNDLED, every_caution, longest_plan, plain_log


def test_the_first_get_into_position_step_shows_the_routine_cautions(routines):
    plan = make_plan(routines["quick-full-body"], 10, PlanSettings(walk_minutes=2))
    shown = cautions_at(plan)
    first = next(i for i, s in enumerate(plan.steps) if s.kind == "prepare")
    assert shown[first] == tuple(routines["quick-full-body"].cautions)
    quad = next(i for i, s in enumerate(plan.steps) if s.exercise_id == "standing-quad-pull")
    assert shown[quad] == ("You're on one leg after a run: rest a hand on a wall or chair.",)
    assert plan.steps[quad].kind == "prepare"


def test_the_voice_says_a_moves_caution_once_as_it_starts(routines):
    plan = make_plan(routines["quick-full-body"], 10, PlanSettings())
    caution = routines["quick-full-body"].exercises()[2].cautions[0]
    lines = script(plan)
    saying = [i for i, line in lines.items() if caution in line]
    assert len(saying) == 1
    step = plan.steps[saying[0]]
    assert step.kind == "prepare" and step.exercise_id == "standing-quad-pull"


@pytest.mark.parametrize("routine_id", BUNDLED)
def test_plain_prints_the_credit_every_step_and_every_caution(routines, routine_id):
    routine = routines[routine_id]
    log = plain_log(longest_plan(routine))
    head = log.splitlines()[:3]
    assert any(credit(routine) in line for line in head)
    for caution in every_caution(routine):
        assert f"Take care: {caution}" in log
    for exercise in routine.exercises():
        for step in exercise.steps:
            assert f"• {step}" in log


def test_plain_prints_a_moves_steps_under_its_get_into_position_line(routines):
    lines = plain_log(longest_plan(routines["quick-full-body"])).splitlines()
    at = next(i for i, line in enumerate(lines) if "Get into position: Standing quad" in line)
    assert lines[at + 1].strip().startswith("• Stand tall")
    assert "Take care: You're on one leg" in lines[at + 3]


# ---- defect 9: credit where people choose and follow --------------------------------


def test_the_runners_world_expert_is_credited_as_the_article_names_her(routines):
    said = credit(routines["five-key-stretches"])
    assert "Jenny McCoy" in said and "Runner's World" in said
    assert "with Carson, a running specialist at Alta Physical Therapy" in said


@pytest.mark.parametrize("routine_id", BUNDLED)
def test_postrun_routines_credits_each_article(cli, routines, routine_id):
    result = cli("routines")
    assert f"    from:      {credit(routines[routine_id])}" in result.out.splitlines()


# ---- defect 3: the figure walks the hands the way the step says ---------------------


def test_childs_side_reach_walks_the_hands_away_from_the_side_on_screen():
    """On LEFT the hands go right and the left side opens: seen from above, the hands lie
    on the other side of the body's line from the left hip and shoulder."""
    from postrun.poses import bundled_library

    pose = bundled_library()["childs-pose-side-reach"]
    axis = pose.joint("pelvis").y
    left = pose.joint("hip_l").y - axis
    for hand in ("hand_l", "hand_r"):
        assert (pose.joint(hand).y - axis) * left < 0, hand


@pytest.mark.parametrize("minutes", [5, 10])
def test_a_plan_that_leaves_the_walk_out_says_walk_first(routines, cli, minutes):
    """cool-down-and-strength's article walks first; 5 and 10 minutes drop its walk."""
    routine = routines["cool-down-and-strength"]
    plan = make_plan(routine, minutes)
    assert "cool-down-walk" not in {s.exercise_id for s in plan.steps}
    first = cautions_at(plan)[min(cautions_at(plan))]
    assert [c for c in first if c.startswith("Walk first, a few easy minutes")]
    text = cli("plan", "--routine", "cool-down-and-strength", "--minutes", str(minutes)).out
    assert "Take care: Walk first, a few easy minutes" in text


def test_no_walk_first_line_when_the_plan_walks(routines, cli):
    routine = routines["cool-down-and-strength"]
    walked = make_plan(routine, 10, PlanSettings(walk_minutes=5))
    kept = make_plan(routine, 20)
    assert "cool-down-walk" in {s.exercise_id for s in kept.steps}
    for plan in (walked, kept):
        shown = [c for cs in cautions_at(plan).values() for c in cs]
        assert not [c for c in shown if c.startswith("Walk first, a few easy minutes")]
    text = cli("plan", "--routine", "cool-down-and-strength", "--minutes", "10", "--walk", "5").out
    assert "Walk first, a few easy minutes" not in text
