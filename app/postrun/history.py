"""History: one TOML file per session, and the habit stats drawn from them.

A record is written when a session ends, however it ends. Each is its own file, written
atomically, so two postrun processes never lose each other's records and a damaged
file costs only itself: it is reported by name, left untouched, and the rest load.
Dates are local: a session belongs to the day it was done where it was done.
"""

from __future__ import annotations

import secrets
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import tomli_w
from pydantic import BaseModel, ConfigDict, ValidationError

from postrun.store import write_atomic
from postrun.summary import Summary

MIN_SECONDS_FOR_A_DAY = 60  # a session cut off after a few seconds does not keep a streak


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    ended_at: datetime  # local time, with its UTC offset
    routine: str
    title: str
    minutes: int
    profile: str
    planned_seconds: int
    done_seconds: float
    completed: bool
    pauses: int = 0
    skipped_steps: int = 0
    moves_done: list[str] = []
    moves_skipped: list[str] = []

    @property
    def day(self) -> date:
        return self.ended_at.date()

    @classmethod
    def from_summary(cls, summary: Summary, title: str, ended_at: datetime) -> Record:
        return cls(
            ended_at=ended_at,
            routine=summary.routine_id,
            title=title,
            minutes=summary.minutes,
            profile=summary.profile,
            planned_seconds=summary.planned_seconds,
            done_seconds=summary.active_seconds,
            completed=summary.completed,
            pauses=summary.pauses,
            skipped_steps=summary.skipped_steps,
            moves_done=list(summary.moves_done),
            moves_skipped=list(summary.moves_skipped),
        )


@dataclass
class Loaded:
    records: list[Record] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class History:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, record: Record) -> Path:
        stamp = record.ended_at.strftime("%Y-%m-%dT%H-%M-%S")
        path = self.folder / f"{stamp}-{secrets.token_hex(3)}.toml"
        write_atomic(path, tomli_w.dumps(record.model_dump(mode="python")))
        return path

    def load(self) -> Loaded:
        loaded = Loaded()
        if not self.folder.is_dir():
            return loaded
        for path in sorted(self.folder.glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                loaded.records.append(Record.model_validate(data))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError):
                loaded.problems.append(f"{path}: damaged history record, left as it is")
        loaded.records.sort(key=lambda r: r.ended_at)
        return loaded


@dataclass(frozen=True)
class Stats:
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
    counted = [r for r in records if r.done_seconds >= MIN_SECONDS_FOR_A_DAY]
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


def local_now() -> datetime:
    return datetime.now().astimezone()


def recorder(
    history: History,
    title_of: Callable[[str], str],
    weekly_goal: int,
    now: Callable[[], datetime] = local_now,
) -> Callable[[Summary], str]:
    """Records a finished or ended session; returns the line the summary screen shows."""

    def record(summary: Summary) -> str:
        ended = now()
        try:
            history.add(Record.from_summary(summary, title_of(summary.routine_id), ended))
        except OSError as error:
            return f"Could not save to history: {error}"
        s = stats(history.load().records, ended.date(), weekly_goal)
        days = f"{s.streak_days} day{'s' if s.streak_days != 1 else ''}"
        return (
            f"Saved to your history. Streak: {days}. This week: {s.week_sessions} of {weekly_goal}."
        )

    return record
