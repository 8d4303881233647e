"""A whole move in a few words, as the plan really does it (Home's preview)."""

from __future__ import annotations

from postrun import words
from postrun.plan import make_plan


def moves(plan):
    """Each move's timed work steps, by name, in plan order (first occurrence)."""
    found: dict[str, list] = {}
    for step in plan.steps:
        if step.is_timed_work:
            found.setdefault(step.name, []).append(step)
    return found


def test_a_move_with_a_centre_held_once_says_so(routines):
    plan = make_plan(routines["post-run-reset"], 10)
    child = moves(plan)["Child's pose with side reach"]
    assert words.move_dose(child) == (
        "centre (40 s), then stretch this side, reach the other way (30 s each side)"
    )


def test_positions_held_alike_are_counted(routines):
    plan = make_plan(routines["post-run-reset"], 10)
    openers = moves(plan)["Supine leg openers"]
    assert words.move_dose(openers) == "3 positions of 35 s each side"


def test_rounds_are_said(routines):
    plan = make_plan(routines["five-key-stretches"], 10)
    found = moves(plan)
    assert words.move_dose(found["Foam roller thoracic extension"]) == "3 rounds, hold 35 s"
    assert words.move_dose(found["Standing quad stretch with rotation"]) == (
        "2 rounds, hold 30 s each side"
    )


def test_counts_on_each_side_read_once(routines):
    plan = make_plan(routines["quick-full-body"], 15)  # every move in (10 drops one)
    found = moves(plan)
    assert words.move_dose(found["Hip circles"]) == "10 circles each way per side"
    assert words.move_dose(found["Wall ankle mobilisation"]) == (
        "10 knee drives per side, hold 5 s each"
    )
    assert words.move_dose(found["Standing quad pull"]) == "hold 30 s each side"


def test_a_one_leg_block_is_one_side_at_a_time(routines):
    plan = make_plan(routines["long-run-yoga"], 10)
    dog = [s for s in moves(plan)["Downward-facing dog"] if s.side == "left"]
    assert words.move_dose(dog) == "hold 20 s"
