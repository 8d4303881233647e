"""History records are never lost, and the habit maths holds across boundaries."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postrun.store import History, Record, Recorder, stats


def record(ended_at: datetime, seconds: float = 600, routine: str = "Post-run reset") -> Record:
    return Record(
        ended_at=ended_at,
        routine="post-run-reset",
        title=routine,
        minutes=10,
        profile="standard",
        planned_seconds=600,
        done_seconds=seconds,
        completed=seconds >= 480,  # the rule: 80 % of the planned work
    )


def test_records_round_trip_and_come_back_in_time_order(tmp_path: Path):
    history = History(tmp_path)
    later = record(datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    earlier = record(datetime(2026, 11, 20, 7, 30, tzinfo=UTC), seconds=200)
    history.add(later)
    history.add(earlier)
    loaded = history.load()
    assert loaded.records == [earlier, later] and loaded.problems == []


def test_a_damaged_record_is_reported_kept_and_the_rest_load(tmp_path: Path):
    history = History(tmp_path)
    history.add(record(datetime(2026, 11, 21, 8, 0, tzinfo=UTC)))
    broken = tmp_path / "2026-11-20T07-00-00-abcdef.toml"
    broken.write_text("ended_at = [not a date\n")
    loaded = history.load()
    assert len(loaded.records) == 1
    assert loaded.problems == [
        f"{broken}: damaged history record, left as it is: 1:13: TOML syntax: Invalid value"
    ]
    assert broken.read_text() == "ended_at = [not a date\n"


def _write_many(folder: str, worker: int) -> None:
    history = History(Path(folder))
    for n in range(25):
        history.add(record(datetime(2026, 11, 21, 8, worker, n, tzinfo=UTC)))


def test_two_processes_writing_at_once_keep_every_record(tmp_path: Path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(tmp_path), w)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(History(tmp_path).load().records) == 50


@pytest.mark.parametrize(
    ("days", "today", "streak"),
    [
        ([date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 21)], date(2026, 11, 21), 3),
        ([date(2026, 11, 20)], date(2026, 11, 21), 1),  # not yet today: still alive
        ([date(2026, 11, 19)], date(2026, 11, 21), 0),  # a day missed
        ([date(2026, 10, 31), date(2026, 11, 1)], date(2026, 11, 1), 2),  # month boundary
        ([date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 2)], date(2026, 1, 2), 3),  # year
        ([date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)], date(2028, 3, 1), 3),  # leap
    ],
)
def test_streaks_count_days_in_a_row(days, today, streak):
    records = [record(datetime(d.year, d.month, d.day, 18, tzinfo=UTC)) for d in days]
    assert stats(records, today, 3).streak_days == streak


def test_the_week_starts_on_monday_and_counts_against_the_goal():
    # Sunday 2026-11-29 closes the week that began Monday 2026-11-23.
    days = [date(2026, 11, 22), date(2026, 11, 23), date(2026, 11, 26), date(2026, 11, 29)]
    records = [record(datetime(d.year, d.month, d.day, 18, tzinfo=UTC), 540) for d in days]
    s = stats(records, date(2026, 11, 29), 3)
    assert (s.week_sessions, s.week_minutes, s.weekly_goal) == (3, 27.0, 3)
    assert len(s.last_28_days) == 28 and s.last_28_days[-1] == 9.0
    assert s.favourite == "Post-run reset"


def test_dates_are_local_to_where_the_session_was_done():
    # 23:30 in New York is already the next day in UTC: it counts for the local day.
    new_york = timezone(timedelta(hours=-5))
    late = record(datetime(2026, 12, 31, 23, 30, tzinfo=new_york))
    assert late.day == date(2026, 12, 31)
    assert stats([late], date(2026, 12, 31), 3).streak_days == 1
    tokyo = timezone(timedelta(hours=9))
    early = record(datetime(2027, 1, 1, 6, 0, tzinfo=tokyo))
    assert stats([late, early], date(2027, 1, 1), 3).streak_days == 2


def test_only_a_completed_session_keeps_a_streak():
    cut_short = record(datetime(2026, 11, 21, 8, tzinfo=UTC), seconds=400)  # 67 %
    assert stats([cut_short], date(2026, 11, 21), 3).streak_days == 0
    assert stats([cut_short], date(2026, 11, 21), 3).last_28_days[-1] == 6.7


def test_a_few_seconds_do_not_keep_a_streak():
    brief = record(datetime(2026, 11, 21, 8, tzinfo=UTC), seconds=10)
    assert stats([brief], date(2026, 11, 21), 3).streak_days == 0


def test_the_recorder_saves_and_reports_the_streak(tmp_path: Path):
    from postrun.session import Summary

    summary = Summary("post-run-reset", 10, "standard", 600, 590.0, True, 0, 0, ())
    record_it = Recorder(
        History(tmp_path),
        lambda _: "Post-run reset",
        now=lambda: datetime(2026, 11, 21, 8, tzinfo=UTC),
    )
    assert record_it(summary, 3) == "Saved to your history. Streak: 1 day. This week: 1 of 3."
    assert len(History(tmp_path).load().records) == 1
