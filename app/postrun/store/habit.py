"""The habit drawn from history: streak, this week against the goal, the last 28 days.

Dates are local: a session belongs to the day it was done where it was done. Only
completed sessions keep a streak and count toward the week; every minute done is charted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from postrun.store.record import Record


@dataclass(frozen=True, slots=True)
class Stats:
    """The habit as history shows it: streak, week and the last 28 days."""

    streak_days: int
    week_sessions: int
    week_minutes: float
    weekly_goal: int
    last_28_days: tuple[float, ...]  # minutes a day, oldest first, ending today
    favourite: str | None
    total_sessions: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def stats(records: Sequence[Record], today: date, weekly_goal: int) -> Stats:
    counted = [r for r in records if r.completed]  # the rule: session.COMPLETED_SHARE
    days = {r.day for r in counted}
    streak = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    week = [r for r in counted if monday <= r.day <= today]
    minutes: defaultdict[date, float] = defaultdict(float)
    for record in records:
        minutes[record.day] += record.done_seconds / 60
    last_28 = tuple(round(minutes[today - timedelta(days=n)], 1) for n in range(27, -1, -1))
    favourite = Counter(r.title for r in counted).most_common(1)
    return Stats(
        streak_days=streak,
        week_sessions=len(week),
        week_minutes=round(sum(r.done_seconds for r in week) / 60, 1),
        weekly_goal=weekly_goal,
        last_28_days=last_28,
        favourite=favourite[0][0] if favourite else None,
        total_sessions=len(records),
    )
