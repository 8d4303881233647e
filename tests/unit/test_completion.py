"""What a session counts for: one rule (most of the planned work done), used by the
summary, the record and the streak; previews (--speed) are not recorded."""

from __future__ import annotations

from datetime import UTC, datetime

from postrun.plan import PlanSettings, make_plan
from postrun.session import Command, Session, SessionFinished
from postrun.store import History, Recorder, stats

from ..fakes import FakeClock, hold, phase, reps, routine

# prepare 5 | left 40 | switch 5 | right 40 | prepare 5 | reps 10 x 2 s = 20: 100 s of work
SIDED = routine(phase("one", hold("lunge", 40, sides="both")), phase("two", reps("glide", 10, 2)))
NOW = datetime(2026, 11, 21, 18, tzinfo=UTC)


def started() -> tuple[Session, FakeClock]:
    clock = FakeClock()
    session = Session(make_plan(SIDED, 3, PlanSettings()), clock)
    session.command(Command.START)
    return session, clock


def run(session: Session, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        session.tick()


def test_skipping_through_to_the_end_is_not_completed(tmp_path):
    session, clock = started()
    while not session.finished:
        clock.advance(2)
        session.command(Command.NEXT)
    summary = session.summary()
    assert not summary.completed
    finished = [e for e in session.drain() if isinstance(e, SessionFinished)]
    assert finished and not finished[0].completed  # what is said agrees with the record
    history = History(tmp_path)
    note = Recorder(history, lambda _: "Test", now=lambda: NOW)(summary, 3)
    records = history.load().records
    assert not records[0].completed
    assert stats(records, NOW.date(), 3).streak_days == 0
    assert "Streak: 0 days. This week: 0 of 3." in note


def test_most_of_the_work_done_is_completed_even_when_ended_early():
    session, clock = started()
    run(session, clock, 5 + 40 + 5 + 40 + 5 + 10)  # all but 10 s of the reps: 90 %
    session.command(Command.FINISH)
    summary = session.summary()
    assert summary.completed
    assert (summary.counted_seconds, summary.planned_work_seconds) == (90, 100)


def test_a_step_done_twice_counts_once():
    session, clock = started()
    run(session, clock, 5 + 39)
    for _ in range(3):  # back: restart the left hold, then do it again
        session.command(Command.BACK)
        run(session, clock, 39)
    session.command(Command.FINISH)
    summary = session.summary()
    assert summary.counted_seconds == 40  # not 4 x 39 s of a 40 s hold
    assert not summary.completed


def test_the_summary_screen_says_what_counted():
    from postrun.words import counted

    assert counted(90, 100) == "Counted: 1:30 of 1:40 of the planned work (90 %)"


def test_a_preview_is_not_recorded_and_says_so(cli, isolated_home):
    result = cli(
        "start", "--plain", "--speed", "100", "--minutes", "3", "--routine", "breathe-down",
        "--sound", "off",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.rstrip().endswith("Preview: not recorded")
    assert not (isolated_home / "history").exists()
