"""Resuming a session that stopped part way: the engine from a step, both parts counted
once, the record that keeps what a resume needs, and the rule for which one is offered.
Fake clock throughout: nothing here sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from postrun.content import Catalog
from postrun.plan import Composed, PlanSettings, Request, compose, make_plan
from postrun.session import Command, Earlier, PhaseStarted, Session, StepStarted, Summary
from postrun.store import History, Record, Settings, offer
from postrun.words import run_wording

from ..fakes import FakeClock, hold, phase, reps, routine

# 0 prepare 5 | 1 left 40 | 2 switch 5 | 3 right 40 | 4 prepare 5 | 5 reps 10 x 2 s -> 115 s
SIDED = routine(phase("one", hold("lunge", 40, sides="both")), phase("two", reps("glide", 10, 2)))
PLAN = make_plan(SIDED, 3, PlanSettings())
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def run(s: Session, clock: FakeClock, seconds: float) -> None:
    while seconds > 1e-9 and not s.finished:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        s.tick()


def part(seconds: float, earlier: Earlier | None = None, plan=PLAN) -> tuple[Session, Summary]:
    """A session of `plan` run for `seconds` then ended with q (or run to its end)."""
    clock = FakeClock()
    s = Session(plan, clock, lead_in=0, earlier=earlier)
    s.command(Command.START)
    run(s, clock, seconds)
    s.command(Command.FINISH)
    return s, s.summary()


def earlier_of(summary: Summary) -> Earlier:
    return Earlier(summary.stopped_at, summary.step_done, "first")


def test_the_plan_is_what_the_comments_say():
    assert [(s.kind, s.seconds) for s in PLAN.steps] == [
        ("prepare", 5),
        ("hold", 40),
        ("switch", 5),
        ("hold", 40),
        ("prepare", 5),
        ("reps", 20),
    ]


def test_a_session_starts_at_the_step_given_from_its_start():
    clock = FakeClock()
    s = Session(PLAN, clock, lead_in=0, earlier=Earlier(3))
    s.command(Command.START)
    snap = s.tick()
    assert (snap.index, snap.step.side, snap.seconds_left) == (3, "right", 40)
    assert snap.left_seconds == 40 + 5 + 20
    events = s.drain()
    assert any(isinstance(e, PhaseStarted) and e.index == 0 for e in events)
    assert [e.index for e in events if isinstance(e, StepStarted)] == [3]


def test_a_resume_runs_every_step_left_for_its_planned_time():
    clock = FakeClock()
    s = Session(PLAN, clock, lead_in=0, earlier=Earlier(1))
    s.command(Command.START)
    run(s, clock, 200)
    assert s.finished
    summary = s.summary()
    assert summary.step_done == (0.0, 40.0, 0.0, 40.0, 0.0, 20.0)  # a pause step counts no work
    assert summary.active_seconds == 110  # 40 + 5 + 40 + 5 + 20
    assert not summary.ended_early


def test_a_step_outside_the_plan_is_refused():
    for start in (-1, len(PLAN.steps)):
        with pytest.raises(ValueError, match="no step"):
            Session(PLAN, FakeClock(), earlier=Earlier(start))


def test_both_parts_count_toward_completion_each_step_at_most_once():
    _, first = part(5 + 25)  # the prepare, then 25 s of the left side: q
    assert (first.ended_early, first.stopped_at, first.step_done) == (True, 1, (0.0, 25.0))
    assert not first.completed
    _, second = part(200, earlier_of(first))
    # The left side was done again from its start: 25 + 40 done, 40 counted.
    assert second.step_done == (0.0, 40.0, 0.0, 40.0, 0.0, 20.0)
    assert second.counted_seconds == second.planned_work_seconds == 100
    assert second.completed and second.moves_skipped == ()
    assert second.active_seconds == 110  # its own time only: the first part's is its own
    assert second.resumes == "first"


def test_a_resume_that_stops_again_keeps_both_parts_for_the_next():
    _, first = part(30)
    _, second = part(40 + 5 + 10, earlier_of(first))  # the left again, the switch, 10 s right
    assert (second.stopped_at, second.step_done) == (3, (0.0, 40.0, 0.0, 10.0))
    _, third = part(200, earlier_of(second))
    assert third.step_done == (0.0, 40.0, 0.0, 40.0, 0.0, 20.0) and third.completed


def test_alone_a_short_second_part_does_not_complete_the_session():
    _, first = part(5)  # only the prepare
    _, second = part(40, Earlier(3, first.step_done))  # the right side only, from step 3
    assert second.counted_seconds == 40 and not second.completed


# ---- the record ------------------------------------------------------------------------


def _record(summary: Summary, ended_at: datetime = NOW) -> Record:
    return Record.from_summary(summary, "Test routine", ended_at)


def test_a_record_keeps_what_a_resume_needs_through_its_file(tmp_path: Path):
    _, first = part(30)
    history = History(tmp_path)
    history.add(_record(first))
    (loaded,) = history.load().records
    assert loaded == _record(first)
    assert (loaded.stopped_at, loaded.step_done, loaded.ended_early) == (1, [0.0, 25.0], True)
    assert loaded.plan == PLAN.fingerprint and loaded.resumes == ""
    assert loaded.key == NOW.isoformat()


def test_a_record_from_before_resuming_still_loads_and_is_never_offered(tmp_path: Path):
    (tmp_path / "2026-12-07T08-00-00-abcdef.toml").write_text(
        'ended_at = 2026-12-07T08:00:00Z\nroutine = "test"\ntitle = "Test routine"\n'
        'minutes = 3\nprofile = "standard"\nplanned_seconds = 115\ndone_seconds = 30.0\n'
        "completed = false\npauses = 0\nskipped_steps = 1\n"
    )
    loaded = History(tmp_path).load()
    assert loaded.problems == [] and len(loaded.records) == 1
    assert loaded.records[0].step_done == [] and loaded.records[0].plan == ""
    assert offer(loaded.records, _catalog(), Settings(), NOW) is None


def test_a_damaged_resume_field_is_reported(tmp_path: Path):
    _, first = part(30)
    path = History(tmp_path).add(_record(first))
    path.write_text(path.read_text().replace("stopped_at = 1", "stopped_at = -1"))
    loaded = History(tmp_path).load()
    assert loaded.records == [] and "stopped_at" in loaded.problems[0]


# ---- the offer -------------------------------------------------------------------------


def _catalog(r=SIDED) -> Catalog:
    return Catalog(routines={r.id: r})


def test_the_newest_stopped_session_is_offered_at_the_step_it_stopped_in():
    _, first = part(30)
    found = offer([_record(first)], _catalog(), Settings(), NOW + timedelta(hours=1))
    assert found is not None and found.plan == PLAN
    assert found.line == "Resume: Test routine, 0:05 of 1:55 done"
    assert found.earlier == Earlier(1, (0.0, 25.0), NOW.isoformat())


HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("why", "records"),
    [
        ("no history", []),
        ("it finished its plan", [_record(part(200)[1])]),
        ("it stopped over a day ago", [_record(part(30)[1], NOW - 24 * HOUR - HOUR / 60)]),
        ("a newer one finished", [_record(part(30)[1], NOW - HOUR), _record(part(200)[1])]),
    ],
)
def test_no_offer_when(why: str, records: list[Record]):
    assert offer(records, _catalog(), Settings(), NOW) is None


def test_a_session_resumed_is_not_offered_again():
    first = _record(part(30)[1], NOW - 2 * HOUR)
    assert offer([first], _catalog(), Settings(), NOW) is not None
    resumed = _record(part(20, Earlier(1, tuple(first.step_done), first.key))[1], NOW - HOUR)
    assert resumed.resumes == first.key and resumed.ended_early
    # The resume stopped too: it is offered, and the first no longer.
    found = offer([first, resumed], _catalog(), Settings(), NOW)
    assert found is not None and found.record == resumed
    # Even if the clock went back and the first looks newest, it is not offered again.
    assert offer([first, _record_at(resumed, NOW - 3 * HOUR)], _catalog(), Settings(), NOW) is None


def _record_at(record: Record, ended_at: datetime) -> Record:
    return record.model_copy(update={"ended_at": ended_at})


def test_an_offer_says_why_it_cannot_resume():
    first = _record(part(30)[1])
    gone = offer([first], Catalog(), Settings(), NOW)
    assert gone is not None and gone.plan is None
    assert gone.line == "Cannot resume Test routine: its routine is no longer there"
    changed = routine(
        phase("one", hold("lunge", 30, sides="both")), phase("two", reps("glide", 10, 2))
    )
    moved = offer([first], _catalog(changed), Settings(), NOW)
    assert moved is not None and moved.plan is None
    assert moved.line == "Cannot resume Test routine: its routine or plan has changed since"
    longer_prepare = offer([first], _catalog(), Settings(prepare_seconds=10), NOW)
    assert longer_prepare is not None and longer_prepare.plan is None


# ---- a session made for a run (--after) ------------------------------------------------


def _composed(routines) -> Composed:
    settings = Settings()
    request = Request(
        run="tempo",
        focus=frozenset({"calves"}),
        equipment=frozenset({"mat"}),
        left_out=settings.left_out_moves(),
        seed=3,
    )
    plan_settings = settings.plan_settings(profile="40plus", walk_minutes=2)
    return compose(list(routines.values()), request, run_wording("tempo"), plan_settings)


def test_a_session_made_for_a_run_resumes_the_same_plan_where_it_stopped(routines, tmp_path):
    composed = _composed(routines)
    plan = composed.plan
    stop = plan.steps[len(plan.steps) // 2].start + 3  # mid-way, 3 s into a step
    _, first = part(stop, plan=plan)
    history = History(tmp_path)
    history.add(_record(first))
    found = offer(history.load().records, Catalog(routines=routines), Settings(), NOW)
    assert found is not None and found.plan is not None, found and found.line
    assert found.plan.steps == plan.steps and found.plan.fingerprint == plan.fingerprint
    assert found.earlier.start == first.stopped_at > 0
    assert found.line.startswith("Resume: Test routine, ")
    assert found.composed is not None and found.composed.credits == composed.credits
    resumed, second = part(10_000, found.earlier, plan=found.plan)
    assert resumed.finished and not second.ended_early
    # Every step with work in it, done for its planned time over the two parts.
    assert second.step_done == tuple(
        float(s.seconds) if s.is_timed_work else 0.0 for s in plan.steps
    )


def test_a_session_made_for_a_run_keeps_what_it_was_made_of(routines, tmp_path):
    _, first = part(30, plan=_composed(routines).plan)
    history = History(tmp_path)
    history.add(_record(first))
    (loaded,) = history.load().records
    assert (loaded.run, loaded.focus, loaded.equipment, loaded.seed) == (
        "tempo",
        ["calves"],
        ["mat"],
        3,
    )
    assert (loaded.profile, loaded.walk_minutes) == ("40plus", 2)


def test_a_session_made_for_a_run_before_records_kept_that_cannot_be_resumed(routines):
    first = _record(part(30, plan=_composed(routines).plan)[1])
    older = first.model_copy(update={"focus": [], "equipment": [], "seed": -1})
    found = offer([older], Catalog(routines=routines), Settings(), NOW)
    assert found is not None and found.plan is None
    assert found.line.endswith("made for a run before postrun kept what it was made of")


def test_a_session_made_for_a_run_with_other_settings_now_says_so(routines):
    composed = _composed(routines)
    first = _record(part(30, plan=composed.plan)[1])
    used = next(s.exercise_id for s in composed.plan.steps if s.exercise_id in composed.origins)
    now = Settings(left_out=[f"{composed.origins[used]}/{used}"])  # a move it had, left out
    found = offer([first], Catalog(routines=routines), now, NOW)
    assert found is not None and found.plan is None
    assert found.line.endswith("its routine or plan has changed since")
