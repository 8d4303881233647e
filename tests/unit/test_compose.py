"""The composer: a session for today's run from every bundled move (issue 27's "Done when")."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from postrun.models import Exercise, HoldExercise, PositionsExercise, RepsExercise, Routine
from postrun.plan import (
    LONG_HOLD_SECONDS,
    LONGEST_40PLUS_HOLD,
    PROFILES,
    RUN_TYPES,
    RUNS,
    Composed,
    PlanSettings,
    Request,
    compose,
    seed_of,
    tolerance,
)
from postrun.plan.composer import FOCUS_SHARE
from postrun.plan.library import same_stretch_keys
from postrun.words import composed_credit, run_wording

from ..plan_checks import assert_plan_is_sound

MAT = frozenset({"mat"})
KIT = frozenset({"mat", "wall", "foam roller", "massage ball"})
LEFT_OUT = frozenset({("post-run-reset", "supine-leg-openers"), ("long-run-yoga", "pigeon")})
ROLLING = {"foam roller", "massage ball"}


def make(routines: dict[str, Routine], run: str, minutes: int | None = None, **kw) -> Composed:
    profile = kw.pop("profile", "standard")
    request = Request(run, minutes, **kw)  # type: ignore[arg-type]
    return compose(
        list(routines.values()), request, run_wording(request.run), PlanSettings(profile)
    )


def kept(composed: Composed) -> list[tuple[str, Exercise]]:
    """The moves in the plan, in order, each as its own routine file has it."""
    ids = list(dict.fromkeys(s.exercise_id for s in composed.plan.steps))
    return [(composed.origins[i], _original(composed, i)) for i in ids]


_BUNDLED: dict[str, Routine] = {}


def _original(composed: Composed, exercise_id: str) -> Exercise:
    routine = _BUNDLED[composed.origins[exercise_id]]
    return next(e for e in routine.exercises() if e.id == exercise_id)


@pytest.fixture(autouse=True)
def _bundled(routines):
    _BUNDLED.update(routines)


def test_every_run_length_profile_focus_and_kit_lands_and_keeps_its_promises(routines):
    """The grid: 3 runs x 4 lengths x 2 profiles x 3 focuses x 2 kits, 144 plans."""
    for run, minutes, profile, area, kit in itertools.product(
        RUN_TYPES, (5, 10, 15, 20), PROFILES, ("", "calves", "hips"), (MAT, KIT)
    ):
        focus = frozenset({area} - {""})
        case = f"{run} {minutes} min {profile} focus={area or '-'} {sorted(kit)}"
        composed = make(
            routines, run, minutes, profile=profile, focus=focus, equipment=kit, left_out=LEFT_OUT
        )
        plan = composed.plan
        assert_plan_is_sound(plan)  # sides equal, numbers in range, phases in order
        target = minutes * 60
        assert abs(plan.stretch_seconds - target) <= tolerance(target), case
        moves = kept(composed)
        for routine_id, move in moves:
            assert set(move.equipment) <= kit, f"{case}: {move.id} needs {move.equipment}"
            assert (routine_id, move.id) not in LEFT_OUT, case
        if focus:
            share = composed.focus_seconds() / plan.stretch_seconds
            assert share >= FOCUS_SHARE, f"{case}: {share:.0%} on {area}"


def test_each_move_keeps_its_articles_numbers_and_cautions(routines):
    for run, profile in itertools.product(RUN_TYPES, PROFILES):
        composed = make(routines, run, 15, profile=profile, equipment=KIT)
        by_id = {e.id: e for e in composed.plan.routine.exercises()}
        for _, original in kept(composed):
            assert by_id[original.id].cautions == original.cautions
            assert by_id[original.id].name == original.name
        for step in composed.plan.steps:
            original = _original(composed, step.exercise_id)
            if step.kind == "hold" and isinstance(original, HoldExercise):
                assert _in_range(step.seconds, original.hold, profile, original.stretch)
            if step.position and isinstance(original, PositionsExercise):
                p = next(p for p in original.positions if p.name == step.position)
                assert _in_range(step.seconds, p.hold, profile, p.stretch)
            if step.kind == "reps" and isinstance(original, RepsExercise):
                assert original.reps[0] <= (step.reps or 0) <= original.reps[1]


def _in_range(seconds: int, span: tuple[int, int], profile: str, stretch: bool) -> bool:
    low, high = span
    if profile == "40plus" and stretch:
        low = min(high, max(low, LONG_HOLD_SECONDS))
        high = max(high, LONGEST_40PLUS_HOLD) if high >= LONG_HOLD_SECONDS else high
    return low <= seconds <= high


def test_the_header_credits_every_article_it_draws_on(routines):
    composed = make(routines, "long", 20, equipment=KIT)
    drawn_on = {routine_id for routine_id, _ in kept(composed)}
    assert {c.routine_id for c in composed.credits} == drawn_on and len(drawn_on) >= 3
    line = composed_credit(composed.credits)
    for routine_id in drawn_on:
        assert routines[routine_id].source.title in line
    for credit in composed.credits:  # and each move is credited to its own article
        assert all(composed.origins[move] == credit.routine_id for move in credit.moves)


def test_after_tempo_ends_with_breathing(routines):
    for minutes, profile, kit in itertools.product((5, 10, 15, 20), PROFILES, (MAT, KIT)):
        composed = make(routines, "tempo", minutes, profile=profile, equipment=kit)
        last = kept(composed)[-1][1]
        assert "breathing" in last.focus or last.kind == "breath", (minutes, profile)


@pytest.mark.parametrize("kit", [KIT, MAT | {"foam roller"}, MAT | {"massage ball"}])
def test_after_long_with_a_roller_or_ball_rolls_and_starts_with_feet_or_calves(routines, kit):
    for minutes, profile in itertools.product((5, 10, 15, 20), PROFILES):
        composed = make(routines, "long", minutes, profile=profile, equipment=kit)
        moves = [move for _, move in kept(composed)]
        assert {"feet", "calves"} & set(moves[0].focus), (minutes, profile, moves[0].id)
        assert any(ROLLING & set(move.equipment) for move in moves), (minutes, profile)


def test_after_easy_is_five_to_seven_minutes_and_holds_nothing_over_45_s(routines):
    for profile, seed in itertools.product(PROFILES, range(5)):
        plan = make(routines, "easy", profile=profile, equipment=KIT, seed=seed).plan
        assert 5 * 60 <= plan.stretch_seconds <= 7 * 60
        holds = [s.seconds for s in plan.steps if s.kind == "hold"]
        holds += [s.rep_hold for s in plan.steps if s.rep_hold]
        assert holds and max(holds) <= 45, (profile, seed, max(holds))


def test_run_types_have_their_articles_lengths():
    assert {name: run.minutes for name, run in RUNS.items()} == {"easy": 6, "tempo": 10, "long": 15}
    assert 5 <= RUNS["easy"].minutes <= 7 and 15 <= RUNS["long"].minutes <= 20


def test_the_minutes_asked_for_win_over_the_run_types_length(routines):
    assert make(routines, "long", 5).plan.minutes == 5
    assert make(routines, "easy", 20).plan.minutes == 20


def test_the_same_inputs_and_seed_give_the_same_plan(routines):
    for run in RUN_TYPES:
        first = make(routines, run, 10, equipment=KIT, focus=frozenset({"hips"}), seed=42)
        again = make(routines, run, 10, equipment=KIT, focus=frozenset({"hips"}), seed=42)
        assert first.plan == again.plan and first.credits == again.credits


def test_two_days_give_different_sessions(routines):
    today = date(2026, 12, 7)
    differ = 0
    for run, minutes in itertools.product(RUN_TYPES, (5, 10, 15, 20)):
        plans = [
            make(routines, run, minutes, seed=seed_of(day)).plan
            for day in (today, today + timedelta(days=1))
        ]
        moves = [[(s.exercise_id, s.seconds) for s in plan.steps] for plan in plans]
        differ += moves[0] != moves[1]
    assert differ >= 3, f"only {differ} of 12 run types x lengths changed from one day to the next"


def test_the_same_stretch_from_two_routines_is_used_once(routines):
    # Happy baby (two routines), the standing quad stretch (two), cat-cow (two).
    for run, minutes, seed in itertools.product(RUN_TYPES, (15, 20), range(4)):
        composed = make(routines, run, minutes, equipment=KIT, seed=seed)
        keys = [key for _, move in kept(composed) for key in same_stretch_keys(move)]
        assert len(keys) == len(set(keys)), (run, minutes, seed)


def test_a_move_left_out_never_comes_back(routines):
    everything = frozenset((r.id, e.id) for r in routines.values() for e in r.exercises())
    for run in RUN_TYPES:
        ids = {(rid, move.id) for rid, move in kept(make(routines, run, 10, equipment=KIT))}
        composed = make(routines, run, 10, equipment=KIT, left_out=frozenset(ids))
        assert not ids & {(rid, move.id) for rid, move in kept(composed)}
        assert composed.plan.on_time
    # Leave out all but one routine's moves: only that one is drawn on.
    only = frozenset(x for x in everything if x[0] != "long-run-yoga")
    assert {c.routine_id for c in make(routines, "long", 10, left_out=only).credits} == {
        "long-run-yoga"
    }
