"""The session engine, driven by a fake clock: no test here sleeps."""

from __future__ import annotations

import random

import pytest

from postrun.plan import PlanSettings, make_plan
from postrun.session import (
    TRANSITIONS,
    Command,
    Countdown,
    ExerciseStarted,
    Halfway,
    Paused,
    PhaseStarted,
    RepCounted,
    Resumed,
    Session,
    SessionFinished,
    SessionStarted,
    Skipped,
    Status,
    StepStarted,
    SwitchSides,
)

from ..fakes import FakeClock, hold, phase, reps, routine

# prepare 5 | left 40 | switch 5 | right 40 | prepare 5 | reps 10 x 2 s = 20   -> 115 s
SIDED = routine(phase("one", hold("lunge", 40, sides="both")), phase("two", reps("glide", 10, 2)))


def session(r=SIDED, minutes=3, **kwargs):
    clock = FakeClock()
    plan = make_plan(r, minutes, PlanSettings())
    return Session(plan, clock, **kwargs), clock


def run(s: Session, clock: FakeClock, seconds: float, tick: float = 1.0):
    """Let `seconds` pass with a tick every `tick` seconds, as the TUI does."""
    while seconds > 1e-9:
        step = min(tick, seconds)
        clock.advance(step)
        seconds -= step
        snap = s.tick()
    return snap


def in_status(status: Status):
    s, clock = session()
    if status is not Status.READY:
        s.command(Command.START)
    if status is Status.PAUSED:
        s.command(Command.PAUSE)
    if status is Status.FINISHED:
        s.command(Command.FINISH)
    s.drain()
    return s, clock


@pytest.mark.parametrize(("status", "command"), [(s, c) for s in Status for c in Command])
def test_every_row_of_the_transition_table(status, command):
    s, clock = in_status(status)
    assert s.status is status
    clock.advance(1)
    foretold = s.accepts(command)
    accepted = s.command(command)
    assert accepted is foretold, "the footer shows a key exactly when its command does something"
    target = TRANSITIONS[status][command]
    if target is None:
        assert not accepted, f"{command} should be ignored when {status}"
        assert s.status is status
        assert s.drain() == []
    else:
        assert s.status is target
        # The first step is getting into position: every listed command does something
        # there but counting a rep, which only moves done at your own pace take.
        assert accepted is (command is not Command.REP_DONE), f"{command} when {status}"


def test_a_rep_counts_only_on_a_move_done_at_your_own_pace():
    own_pace = routine(phase("one", reps("glide", 3, 2, paced=False)))
    s, clock = session(own_pace)
    s.command(Command.START)
    run(s, clock, 5)  # into the rep step
    assert s.step.kind == "reps" and s.accepts(Command.REP_DONE)
    assert not s.accepts(Command.ADD_TIME)  # its time is its pace
    assert s.command(Command.REP_DONE) and s.tick().rep == 1


def test_a_session_runs_through_a_side_switch_at_the_planned_times():
    s, clock = session()
    s.command(Command.START)
    snap = run(s, clock, 5)  # prepare done
    assert snap.step.kind == "hold" and snap.step.side == "left"
    assert snap.seconds_left == 40
    snap = run(s, clock, 40)
    assert snap.step.kind == "switch" and snap.step.side == "right"
    switch = [e for e in s.drain() if isinstance(e, SwitchSides)]
    assert switch == [SwitchSides(45.0, "right", "Lunge")]
    assert run(s, clock, 5).step.side == "right"


def test_a_jittered_fifteen_minute_session_matches_the_plan_to_the_millisecond(routines):
    plan = make_plan(routines["post-run-reset"], 15)
    clock = FakeClock()
    s = Session(plan, clock)
    s.command(Command.START)
    rng = random.Random(7)
    paused_once = False
    while not s.finished:
        clock.advance(rng.uniform(0.01, 1.9))
        snap = s.tick()
        if not paused_once and snap.done_seconds > 300:
            s.command(Command.PAUSE)
            run(s, clock, 120)  # pause time is not session time
            s.command(Command.RESUME)
            paused_once = True
    events = s.drain()
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.completed
    assert abs(finished.at - plan.total_seconds) < 0.001
    assert abs(s.summary().active_seconds - plan.total_seconds) < 0.001

    times = [e.at for e in events]
    assert times == sorted(times), "events out of time order"
    started = [e for e in events if isinstance(e, StepStarted)]
    assert [e.index for e in started] == list(range(len(plan.steps)))
    # Paused at an active time, then resumed after the lead-in: boundaries stay exact.
    for event in started:
        assert abs(event.at - event.step.start) < 0.001
    switches = [e for e in events if isinstance(e, SwitchSides)]
    assert len(switches) == sum(step.kind == "switch" for step in plan.steps)
    long_holds = [step for step in plan.steps if step.kind == "hold" and step.seconds >= 30]
    assert len([e for e in events if isinstance(e, Halfway)]) == len(long_holds)
    assert [e.remaining for e in events if isinstance(e, Countdown)][:3] == [3, 2, 1]
    assert isinstance(events[0], SessionStarted) and isinstance(events[1], PhaseStarted)
    assert len([e for e in events if isinstance(e, PhaseStarted)]) == 3


def test_one_tick_across_many_boundaries_emits_every_event_in_order():
    s, clock = session()
    s.command(Command.START)
    s.drain()
    run(s, clock, 4.9)
    clock.advance(4.9)  # ticks stay under the gap limit
    for _ in range(30):
        s.tick()
        clock.advance(4.0)
    kinds = [type(e).__name__ for e in s.drain()]
    assert kinds.index("SwitchSides") < kinds.index("PhaseStarted") < kinds.index("SessionFinished")


def test_a_long_gap_between_ticks_pauses_where_the_user_was_last_seen():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 12)
    clock.advance(600)  # the lid was closed
    snap = s.tick()
    assert snap.status is Status.PAUSED
    assert snap.done_seconds == 12
    assert any(isinstance(e, Paused) and e.reason == "gap" for e in s.drain())


def test_pause_freezes_time_and_resume_gives_a_lead_in():
    s, clock = session(lead_in=3.0)
    s.command(Command.START)
    run(s, clock, 10)  # 5 s into the left hold: 35 s left
    s.command(Command.PAUSE)
    run(s, clock, 4)
    assert run(s, clock, 4).seconds_left == 35
    s.command(Command.RESUME)
    snap = run(s, clock, 2)
    assert snap.seconds_left == 35 and snap.lead_in_left == pytest.approx(1)
    assert run(s, clock, 3).seconds_left == pytest.approx(33)
    assert any(isinstance(e, Resumed) for e in s.drain())


def test_back_restarts_a_step_that_has_run_then_goes_to_the_one_before():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 15)  # 10 s into the left hold
    s.command(Command.BACK)
    snap = s.tick()
    assert snap.step.kind == "hold" and snap.seconds_left == 40
    clock.advance(1)
    s.command(Command.BACK)  # within 2 s: to the previous step
    assert s.tick().step.kind == "prepare"


def test_add_time_extends_and_never_leaves_less_than_three_seconds():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 5)
    s.command(Command.ADD_TIME, 10)
    assert s.tick().seconds_left == 50
    for _ in range(6):
        s.command(Command.ADD_TIME, -10)
    assert s.tick().seconds_left == 3
    assert not s.command(Command.ADD_TIME, -10)


def test_next_skips_a_step_and_next_exercise_skips_both_sides():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 6)
    s.command(Command.NEXT)
    assert s.tick().step.kind == "switch"
    s.command(Command.NEXT_EXERCISE)
    snap = s.tick()
    assert snap.step.exercise_id == "glide" and snap.step.kind == "prepare"
    skipped = [e for e in s.drain() if isinstance(e, Skipped)]
    assert [e.index for e in skipped] == [1, 2, 3]


def test_paced_reps_count_themselves_at_their_tempo():
    s, clock = session()
    s.command(Command.START)
    s.command(Command.NEXT_EXERCISE)  # to the glide's prepare
    run(s, clock, 5)
    s.drain()
    snap = run(s, clock, 4.5)
    assert snap.step.kind == "reps" and snap.rep == 2
    assert [e.rep for e in s.drain() if isinstance(e, RepCounted)] == [1, 2]


def test_self_paced_reps_count_on_rep_done_and_end_the_step():
    r = routine(phase("one", reps("bridge", 3, 4, paced=False), hold("plank", 30)))
    s, clock = session(r)
    s.command(Command.START)
    run(s, clock, 5)
    assert run(s, clock, 8).rep == 0
    for _ in range(3):
        assert s.command(Command.REP_DONE)
    snap = s.tick()
    assert snap.step.exercise_id == "plank"
    assert not s.command(Command.REP_DONE)


def test_finishing_early_records_what_was_done():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 25)  # 20 s of the left hold
    s.command(Command.PAUSE)
    s.command(Command.RESUME)
    s.command(Command.FINISH)
    summary = s.summary()
    assert not summary.completed
    assert summary.active_seconds == 25
    assert summary.pauses == 1
    lunge = summary.exercises[0]
    assert (lunge.planned_seconds, lunge.done_seconds) == (80, 20)
    assert summary.moves_skipped == ("Lunge", "Glide")
    assert isinstance(s.drain()[-1], SessionFinished)


def test_the_snapshot_knows_what_comes_next():
    s, _clock = session()
    s.command(Command.START)
    snap = s.tick()
    assert snap.next_step is not None and snap.next_step.exercise_id == "glide"
    assert snap.done_seconds + snap.left_seconds == snap.total_seconds == 115


def test_exercise_started_fires_for_each_pass_of_a_block(routines):
    plan = make_plan(routines["long-run-yoga"], 15)
    clock = FakeClock()
    s = Session(plan, clock)
    s.command(Command.START)
    while not s.finished:
        run(s, clock, 1)
    names = [e.exercise_id for e in s.drain() if isinstance(e, ExerciseStarted)]
    assert names.count("downward-dog") == 2
    assert names.count("knee-to-chest") == 2


def test_the_snapshot_says_when_the_next_thing_is_due():
    s, clock = session()
    s.command(Command.START)
    assert s.tick().next_due == 1.0  # the countdown's next digit
    run(s, clock, 1.5)
    assert s.tick().next_due == pytest.approx(0.5)
    run(s, clock, 24)  # 20.5 s into the 40 s left hold: halfway was at 20
    assert s.tick().next_due == pytest.approx(0.5)
    s.command(Command.PAUSE)
    assert s.tick().next_due == float("inf")


def test_taking_time_off_never_announces_a_moment_it_moved_into_the_past():
    s, clock = session()  # prepare 5 s, then the left lunge for 40 s (halfway at 25)
    s.command(Command.START)
    run(s, clock, 22)  # 17 s into the hold, 23 s left
    s.drain()
    assert s.command(Command.ADD_TIME, -10)  # 13 s left: halfway would now be at 20
    run(s, clock, 14)
    events = s.drain()
    assert not [e for e in events if isinstance(e, Halfway)]
    times = [e.at for e in events]
    assert times == sorted(times) and min(times) >= 22


def test_adding_time_after_the_countdown_began_counts_down_again_at_the_new_end():
    s, clock = session()
    s.command(Command.START)
    run(s, clock, 5 + 36)  # 4 s left of the left lunge
    s.drain()
    run(s, clock, 1.5, tick=0.5)  # 2.5 s left: "three" has sounded, "two" has not
    assert [e.remaining for e in s.drain() if isinstance(e, Countdown)] == [3]
    assert s.command(Command.ADD_TIME, 10)  # 12 s left
    run(s, clock, 12)
    assert [e.remaining for e in s.drain() if isinstance(e, Countdown)] == [3, 2, 1]
