"""The words for a step and a plan: count nouns, per-rep holds, one-leg blocks, credits."""

from __future__ import annotations

from dataclasses import replace

from postrun import words
from postrun.plan import PlanSettings, Step, make_plan

REPS = Step("reps", 48, 0, 0, "p", "e", "Downward dog", reps=16, unit=("prance", "prances"))


def test_a_count_says_its_own_noun_for_eye_and_ear():
    assert words.count(REPS) == "16 prances"
    assert words.count(replace(REPS, reps=1)) == "1 prance"
    circles = replace(REPS, reps=10, unit=("circle each way", "circles each way"))
    assert words.dose(circles) == "10 circles each way"
    box = replace(REPS, kind="breath", reps=8, unit=("round", "rounds"))
    assert words.dose(box) == words.spoken_dose(box) == "8 rounds"
    assert words.count(replace(box, reps=1, unit=("breath", "breaths"))) == "1 breath"
    assert words.count(replace(REPS, kind="hold")) is None


def test_a_per_rep_hold_is_said():
    hinge = replace(REPS, reps=5, unit=("rep", "reps"), rep_hold=30)
    assert words.dose(hinge) == "5 reps, hold 30 s each"
    assert words.spoken_dose(hinge) == "5 reps, holding each 30 seconds"
    assert words.step_line(hinge) == "5 reps, hold 30 s each: Downward dog"


def test_a_side_from_a_one_leg_block_says_so():
    dog = Step("hold", 30, 0, 1, "flow", "downward-dog", "Downward-facing dog", side="left")
    assert words.side_badge(dog) == "LEFT"
    block = replace(dog, block_side=True)
    assert words.side_badge(block) == "LEFT LEG BLOCK"
    assert words.side_words(block) == "left leg block"
    assert words.step_line(block) == "Hold 30 s: Downward-facing dog (left leg block)"
    assert words.spoken_move(block, block) == "Downward-facing dog, 30 seconds, left leg block"
    assert words.side_badge(replace(dog, side="none")) == ""


def test_the_yoga_flow_steps_know_their_side_is_the_blocks(routines):
    plan = make_plan(routines["long-run-yoga"], 15)
    dog = next(s for s in plan.steps if s.exercise_id == "downward-dog" and s.kind == "hold")
    assert words.side_badge(dog) == "LEFT LEG BLOCK"


def test_the_credit_names_what_our_copy_names(routines):
    assert words.credit(routines["five-key-stretches"]) == (
        "From \u201c5 Best Post-Run Stretches\u201d by Jenny McCoy with Carson, a running "
        "specialist at Alta Physical Therapy; publisher: Runner's World."
    )
    assert words.credit(routines["long-run-yoga"]).endswith("publisher: not named in our copy.")


def test_the_total_shows_a_walk_first_as_extra_time(routines):
    plan = make_plan(routines["post-run-reset"], 10, PlanSettings(walk_minutes=5))
    assert words.plan_total(plan) == (
        "Total 15:00: 5:00 walking + 10:00 stretching for a 10:00 target"
    )
    assert words.plan_header(plan) == "Post-run reset: 10 min, standard holds, after a 5 min walk"


def test_what_was_left_out_is_one_line_with_positions_and_rounds(routines):
    plan = make_plan(routines["five-key-stretches"], 5)
    text = words.left_out(plan)
    assert text is not None and text.startswith("Left out to fit 5 minutes: Hip hinge rock back")
    assert "extra round" in text
    reset = make_plan(routines["post-run-reset"], 5, PlanSettings(profile="40plus"))
    assert "Supine leg openers (knee across the body)" in (words.left_out(reset) or "")
    assert words.left_out(make_plan(routines["post-run-reset"], 15)) is None


def test_a_walk_is_said_in_the_time_it_lasts_not_rounded_to_minutes():
    walk = Step("walk", 30, 0, 0, "p", "march", "Walking in place")
    assert words.spoken_dose(walk) == "30 seconds"  # was "0 minutes"
    assert words.spoken_dose(replace(walk, seconds=90)) == "1 minute 30 seconds"
    assert words.spoken_dose(replace(walk, seconds=60)) == "1 minute"
    assert words.spoken_dose(replace(walk, seconds=300)) == "5 minutes"
    assert words.spoken_dose(replace(walk, seconds=150)) == "2 minutes 30 seconds"
    assert words.spoken_move(walk, walk) == "Walking in place, 30 seconds"
