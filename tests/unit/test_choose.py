"""What a short plan keeps: the chooser's objective, one tier at a time (choose.py)."""

from __future__ import annotations

from postrun.plan import PlanSettings, make_plan
from postrun.words import plan_note

from ..fakes import hold, phase, routine
from ..plan_checks import assert_plan_is_best, assert_plan_is_sound

BARE = PlanSettings(prepare_seconds=0, switch_seconds=0)  # so the sums are easy to follow


def kept(r, minutes: int) -> list[str]:
    plan = make_plan(r, minutes, BARE)
    assert_plan_is_sound(plan)
    assert_plan_is_best(plan)
    return list(dict.fromkeys(s.exercise_id for s in plan.steps))


def test_it_chooses_among_core_moves_not_by_a_fixed_order():
    # Dropping the latest core move (c) leaves 200 s; dropping b lands on 3:00.
    r = routine(phase("one", hold("a", 100), hold("b", 100), hold("c", 80)))
    assert kept(r, 3) == ["a", "c"]


def test_landing_on_time_comes_first():
    r = routine(
        phase("one", hold("long", 300), hold("b", 60, priority="optional")),
        phase("two", hold("c", 120, priority="optional")),
    )
    assert kept(r, 3) == ["b", "c"]
    assert plan_note(make_plan(r, 3, BARE)) is None


def test_a_move_from_every_phase_before_more_core_moves():
    r = routine(
        phase("one", hold("a", 120), hold("b", 60)),
        phase("two", hold("c", 60, priority="optional")),
    )
    assert kept(r, 3) == ["a", "c"]  # a and b both land with c: the earlier one stays


def test_core_before_extra_before_optional():
    r = routine(
        phase(
            "one",
            hold("x", 90),
            hold("opt", 90, priority="optional"),
            hold("extra", 90, priority="extra"),
        )
    )
    assert kept(r, 3) == ["x", "extra"]
    assert kept(r, 5) == ["x", "opt", "extra"]  # 4:30 with all in: nothing longer exists
    two_extras = routine(
        phase(
            "one",
            hold("core", 180),
            hold("e1", 90, priority="extra"),
            hold("e2", 90, priority="extra"),
        )
    )
    assert kept(two_extras, 3) == ["core"]


def test_extra_rounds_come_last():
    r = routine(phase("one", hold("a", 90, rounds=[1, 2]), hold("b", 90, priority="optional")))
    plan = make_plan(r, 3, BARE)
    assert [s.exercise_id for s in plan.steps] == ["a", "b"]
    assert plan.left_out.rounds == (("A", 1, 2),)


def test_on_a_tie_the_earlier_move_stays():
    r = routine(
        phase(
            "one",
            hold("x", 90),
            hold("b", 90, priority="optional"),
            hold("c", 90, priority="optional"),
        )
    )
    assert kept(r, 3) == ["x", "b"]
