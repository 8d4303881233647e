"""Issue 26 defect 6: hip circles as the article says: on each leg 10 big slow circles one
way, then 10 the other (they alternated every circle, 4 s a pair); the turn is shown and
said between the two blocks."""

from __future__ import annotations

from postrun import words
from postrun.plan import PlanSettings, make_plan
from postrun.sound.script import script


def circles(routines):
    plan = make_plan(routines["quick-full-body"], 15, PlanSettings())
    return plan, [(i, s) for i, s in enumerate(plan.steps) if s.exercise_id == "hip-circles"]


def test_each_leg_circles_ten_one_way_then_ten_the_other(routines):
    _, found = circles(routines)
    work = [(s.side, s.way, s.reps) for _, s in found if s.kind == "reps"]
    assert work == [("left", 1, 10), ("left", 2, 10), ("right", 1, 10), ("right", 2, 10)]
    reps = [s for _, s in found if s.kind == "reps"]
    assert all(s.rep_seconds is not None and s.rep_seconds >= 3 for s in reps)  # slow: was 2


def test_the_turn_is_shown_and_said_between_the_blocks(routines):
    plan, found = circles(routines)
    lines = script(plan)
    turns = [i for i, s in found if s.kind == "reps" and s.way == 2]
    assert turns and all(lines[i] == words.OTHER_WAY_SPOKEN for i in turns)
    first, other = (s for _, s in found if s.kind == "reps" and s.side == "left")
    assert words.headline(first) == "Steady reps, one way"
    assert words.headline(other) == "Now the other way"
    assert words.dose(first) == "10 circles one way"
    assert words.dose(other) == "10 circles the other way"
    prepare = next(i for i, s in found if s.kind == "prepare")
    assert lines[prepare].startswith("Hip circles, 10 circles each way, left side")


def test_the_preview_reads_the_move_once(routines):
    _, found = circles(routines)
    work = [s for _, s in found if s.is_timed_work]
    assert words.move_dose(work) == "10 circles each way per side"
